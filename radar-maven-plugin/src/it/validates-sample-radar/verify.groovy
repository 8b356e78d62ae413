def log = new File(basedir, 'build.log').text
assert log.contains('Radar content checked: 0 errors, 0 warnings in ')
assert !log.contains('[ERROR]')
assert !log.contains('[WARNING] content')
true
