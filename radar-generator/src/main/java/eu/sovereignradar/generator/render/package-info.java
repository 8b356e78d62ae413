/**
 * Rendering a valid radar into a static site. {@link eu.sovereignradar.generator.render.SiteRenderer}
 * writes the pages with FreeMarker templates from a {@link eu.sovereignradar.generator.render.Theme}
 * (the default theme on the classpath, optionally overridden by a folder); {@link
 * eu.sovereignradar.generator.render.OutputFolder} checks the output folder and swaps a staging
 * folder in on success; {@link eu.sovereignradar.generator.render.MarkdownRenderer} and {@link
 * eu.sovereignradar.generator.render.UrlPolicy} make content safe to print. View models, the only
 * data templates see, are in {@code render.view}. Uses {@code model}, {@code diagnostic} and {@code
 * layout}; nothing here reads content files.
 */
@NullMarked
package eu.sovereignradar.generator.render;

import org.jspecify.annotations.NullMarked;
