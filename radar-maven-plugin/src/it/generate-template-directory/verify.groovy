def site = new File(basedir, 'target/public')
assert new File(site, 'assets/site.css').text == 'body { color: teal; }\n'
assert new File(site, 'index.html').text.contains('>About us</a>')
assert new File(site, 'blips/nextcloud.html').isFile()
true
