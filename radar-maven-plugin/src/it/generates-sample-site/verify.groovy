def log = new File(basedir, 'build.log').text
def site = new File(basedir, 'target/site')
// The sample is published in German only in part: its warnings are the missing German translations.
assert log =~ /Radar content checked: 0 errors, \d+ warnings in /
def warnings = log.readLines().findAll { it.startsWith('[WARNING] ') && it.contains('warning [') }
assert !warnings.isEmpty()
assert warnings.every { it.contains('[translation.missing]') && it.contains('German') }
assert log.contains('Radar site written to ')
assert new File(site, 'index.html').isFile()
assert new File(site, 'assets/search-index.js').isFile()
assert new File(site, 'blips').listFiles().length > 100
assert new File(site, 'index.html').text.contains('<svg')
assert !log.contains('[ERROR]')
true
