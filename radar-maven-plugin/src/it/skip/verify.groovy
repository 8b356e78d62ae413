def log = new File(basedir, 'build.log').text
assert log.contains('Skipping validate: radar.skip is true.')
assert log.contains('BUILD SUCCESS')
true
