def log = new File(basedir, 'build.log').getText('UTF-8')
def identity = new File(basedir, 'content/roadmap/identity.md')
def files = new File(basedir, 'content/roadmap/files.md')
assert identity.isFile() && files.isFile()
assert identity.getText('UTF-8').contains('title: "Move Identity to Keycloak"')
assert files.getText('UTF-8').contains('dependsOn: [identity]')
// The editor's own step is untouched, and chat (which it moves) gets no draft.
assert new File(basedir, 'content/roadmap/chat.md').getText('UTF-8').contains('Written by the editor.')
assert log.contains('2 of 2 drafts written.')
assert log.contains('Radar content checked: 0 errors')
assert log.contains('BUILD SUCCESS')
true
