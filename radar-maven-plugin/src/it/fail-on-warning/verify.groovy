def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] content/blips/x.md:5:1: warning [field.unknown-key]")
assert log.contains('The radar content has 0 errors, 1 warning in 2 files (radar.failOnWarning is true)')
true
