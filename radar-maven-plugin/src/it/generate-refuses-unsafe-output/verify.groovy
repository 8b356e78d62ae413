def log = new File(basedir, 'build.log').text
assert log.contains('the output folder contains the content folder')
assert log.contains('BUILD FAILURE')
// The project folder was refused before anything was written: its files are all still there.
assert new File(basedir, 'pom.xml').isFile()
assert new File(basedir, 'content/radar.yaml').isFile()
assert !new File(basedir, 'index.html').exists()
true
