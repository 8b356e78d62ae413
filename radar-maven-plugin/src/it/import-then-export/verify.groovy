def log = new File(basedir, 'build.log').getText('UTF-8')
def nextcloud = new File(basedir, 'content/blips/nextcloud-hub.md').getText('UTF-8')
assert new File(basedir, 'content/radar.yaml').getText('UTF-8').contains('  - id: collaboration')
assert nextcloud.contains('ring: adopt')
assert !nextcloud.contains('<script>')
// The editor's blip is left exactly as it was.
assert new File(basedir, 'content/blips/matrix.md').getText('UTF-8').contains('Written by the editor.')
assert log.contains('Left ') && log.contains('matrix.md as it was: the file exists (-Dradar.force=true overwrites)')
assert log.contains('4 file(s) written, 1 left as they were, 0 entries not imported.')
assert log.contains('Radar content checked: 0 errors')
def json = new File(basedir, 'target/techradar.json').getText('UTF-8')
assert json.contains('"id" : "jitsi-meet"') && json.contains('"ringId" : "hold"')
assert log.contains('BUILD SUCCESS')
true
