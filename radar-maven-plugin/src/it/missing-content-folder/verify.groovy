def log = new File(basedir, 'build.log').text
assert log.contains('radar:validate cannot read or write files')
assert log.contains('no such file') || log.contains('NoSuchFile') || log.contains('does not exist')
true
