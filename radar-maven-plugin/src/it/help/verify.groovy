def log = new File(basedir, 'build.log').text
assert log.contains('radar:validate')
assert log.contains('radar:help')
true
