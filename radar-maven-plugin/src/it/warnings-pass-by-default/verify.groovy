def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] content/blips/x.md:5:1: warning [field.unknown-key] unknown key 'colour' in blip front matter")
assert log.contains('Radar content checked: 0 errors, 1 warning in 2 files.')
assert log.contains('BUILD SUCCESS')
true
