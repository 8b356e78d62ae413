def log = new File(basedir, 'build.log').text
def site = new File(basedir, 'target/site')
assert log.contains('Radar content checked: 0 errors, 0 warnings in ')
assert log.contains('Radar site written to ')
assert new File(site, 'index.html').isFile()
assert new File(site, 'assets/search-index.js').isFile()
assert new File(site, 'blips').listFiles().length > 100
assert new File(site, 'index.html').text.contains('<svg')
assert !log.contains('[ERROR]')
true
