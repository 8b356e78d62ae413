def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] content/blips/nextcloud.md:3:7: error [blip.unknown-ring] ring 'adpot' is not defined in radar.yaml")
assert log.contains('The radar content has 1 error, 0 warnings in 2 files')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/site').exists()
true
