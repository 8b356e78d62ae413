/**
 * Import from and export to other radar tools: Thoughtworks Build Your Own Radar (CSV and JSON),
 * the Zalando tech radar, the Backstage tech-radar plugin, the AOE technology radar, an application
 * spreadsheet for {@code inventory/}, and a JSON dump of the whole radar. Readers turn a source
 * into an {@link eu.sovereignradar.generator.interop.ImportedRadar}, which {@link
 * eu.sovereignradar.generator.interop.ContentWriter} writes as content files; writers take a
 * validated {@link eu.sovereignradar.generator.model.Radar} (the JSON dump is {@code
 * render.files.RadarJsonWriter}, which every site also writes as radar.json). Imported text is
 * untrusted: HTML is turned into Markdown by {@link
 * eu.sovereignradar.generator.interop.HtmlToMarkdown} and raw HTML left in Markdown is escaped by
 * {@link eu.sovereignradar.generator.interop.InertMarkdown}, so nothing in a source can become
 * markup on a page. Every mapping, and what each format loses, is documented in docs/interop.md.
 * Uses {@code validation} (ids, settings), {@code model} and {@code render.safety}; only the façade
 * ({@code RadarGenerator.importFrom}, {@code exportTo}) uses it.
 */
@NullMarked
package eu.sovereignradar.generator.interop;

import org.jspecify.annotations.NullMarked;
