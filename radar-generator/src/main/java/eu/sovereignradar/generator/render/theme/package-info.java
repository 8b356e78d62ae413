/**
 * The theme and FreeMarker: the default theme on the classpath or a folder overriding it ({@link
 * eu.sovereignradar.generator.render.theme.Theme}), its parsed templates, its UI strings per
 * language, the object wrapper that shows templates only records, and {@link
 * eu.sovereignradar.generator.render.theme.PageWriter}, which prints one template into one page and
 * turns template errors into diagnostics.
 */
@NullMarked
package eu.sovereignradar.generator.render.theme;

import org.jspecify.annotations.NullMarked;
