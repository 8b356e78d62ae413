/**
 * Rendering an analysed radar into a static site. {@link
 * eu.sovereignradar.generator.render.SiteRenderer} walks the pages {@code render.page} lists and
 * writes each with a template of {@code render.theme}; {@code render.safety} makes content safe to
 * print, {@code render.output} owns the output folder, {@code render.files} writes the files beside
 * the pages, and {@code render.view} holds the records templates see. Uses {@code analysis}, {@code
 * model}, {@code diagnostic} and {@code layout}; nothing here reads content files or computes what
 * the content means.
 */
@NullMarked
package eu.sovereignradar.generator.render;

import org.jspecify.annotations.NullMarked;
