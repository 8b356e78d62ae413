def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] content/blips/jitsi.md:4:11: error [blip.unknown-quadrant] quadrant 'tool' is not defined in radar.yaml")
assert log.contains("[ERROR] content/blips/nextcloud.md:3:7: error [blip.unknown-ring] ring 'adpot' is not defined in radar.yaml")
assert log.contains("hint: use one of adopt, hold (did you mean 'adopt'?)")
assert log.contains('The radar content has 2 errors, 0 warnings in 3 files')
assert log.contains('BUILD FAILURE')
// A content mistake is a failure of the build, not a stack trace.
assert !log.contains('Exception:') || log.contains('MojoFailureException')
true
