def log = new File(basedir, 'build.log').getText('UTF-8')
assert new File(basedir, 'content/blips/airflow.md').isFile()
assert !new File(basedir, 'content/blips/zmon.md').exists()
assert log.contains('[ERROR] Not imported: ') && log.contains("config.json:5: 'ZMON': ring 9 is not an index from 0 to 3; not imported")
assert log.contains('1 entry was not imported (listed above); the others were written.')
assert log.contains('BUILD FAILURE')
true
