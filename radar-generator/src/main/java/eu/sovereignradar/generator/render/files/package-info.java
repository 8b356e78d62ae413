/**
 * The site's files beside its pages: the theme's assets and the JSON schemas, the search index,
 * radar.json (the public radar as data, also {@code radar export json}) and sitemap.xml.
 */
@NullMarked
package eu.sovereignradar.generator.render.files;

import org.jspecify.annotations.NullMarked;
