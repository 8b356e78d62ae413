/**
 * Reading content from disk: {@link eu.sovereignradar.generator.content.ContentScanner} finds the
 * files, {@link eu.sovereignradar.generator.content.SourceReader} decodes them, {@link
 * eu.sovereignradar.generator.content.FrontMatterSplitter} separates YAML from Markdown, and {@link
 * eu.sovereignradar.generator.content.YamlTreeReader} parses the YAML into a tree that remembers
 * line numbers (simple front matter through a fast path, {@link
 * eu.sovereignradar.generator.content.SimpleYamlReader}, anything else through SnakeYAML). Nothing
 * here knows what a blip is; {@code validation} does.
 */
@NullMarked
package eu.sovereignradar.generator.content;

import org.jspecify.annotations.NullMarked;
