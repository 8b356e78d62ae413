def log = new File(basedir, 'build.log').getText('UTF-8')
// The prefix resolved: no "No plugin found for prefix 'radar'".
assert !log.contains('No plugin found for prefix')
assert log.contains('radar:help')
assert log.contains('radar:serve')
assert log.contains('radar:new')
def blip = new File(basedir, 'blips/readme-hub.md')
assert blip.isFile()
assert blip.getText('UTF-8').contains('title: Readme Hub')
assert log.contains('Radar content checked: 0 errors')
assert log.contains('BUILD SUCCESS')
// Only the project's own artifacts were installed into the invoker's local repository: the rest
// came from the stand-in for Central, as on a clean machine.
def own = new File(basedir, '../../local-repo/eu/sovereignradar')
assert new File(own, 'radar-maven-plugin').isDirectory()
assert new File(own, 'sovereign-radar-parent').isDirectory()
true
