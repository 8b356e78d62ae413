/**
 * Making untrusted content safe to print: Markdown rendered with raw HTML escaped ({@link
 * eu.sovereignradar.generator.render.safety.MarkdownRenderer}) and the one URL policy that decides
 * which links may become active ({@link eu.sovereignradar.generator.render.safety.UrlPolicy}).
 */
@NullMarked
package eu.sovereignradar.generator.render.safety;

import org.jspecify.annotations.NullMarked;
