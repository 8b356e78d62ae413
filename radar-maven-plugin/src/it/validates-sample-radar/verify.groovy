def log = new File(basedir, 'build.log').text
// The sample is published in German only in part: its warnings are the missing German translations.
assert log =~ /Radar content checked: 0 errors, \d+ warnings in /
def warnings = log.readLines().findAll { it.startsWith('[WARNING] ') && it.contains('warning [') }
assert !warnings.isEmpty()
assert warnings.every { it.contains('[translation.missing]') && it.contains('German') }
assert !log.contains('[ERROR]')
assert !log.contains('[WARNING] content')
true
