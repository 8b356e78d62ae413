def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] radar.ring: ring 'trail' is not defined in radar.yaml; use one of adopt, trial (did you mean 'trial'?)")
assert log.contains("[ERROR] radar.quadrant: a blip needs a quadrant; one of tools")
assert log.contains('radar:new wrote nothing: fix the 2 problem(s) above')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'content/blips').exists()
true
