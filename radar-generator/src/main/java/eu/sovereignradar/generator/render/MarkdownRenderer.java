package eu.sovereignradar.generator.render;

import eu.sovereignradar.generator.render.view.Html;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Renders Markdown bodies (blips, products, about.md) to HTML and to plain text for the search
 * index. CommonMark with tables, strikethrough, autolinks, footnotes and heading anchors.
 *
 * <p>Content arrives in pull requests, so nothing in it may run in a reader's browser: raw HTML is
 * escaped and shown as text ({@code escapeHtml}), and every link and image URL passes {@link
 * UrlPolicy}. CommonMark's own sanitiser is not enough: it lets {@code data:} through. Immutable and
 * thread-safe; build one per generator and share it.
 */
public final class MarkdownRenderer {
  /**
   * Deeper nesting is read as text. Rendering recurses once per level, so a body of ten thousand
   * nested block quotes would otherwise overflow the stack.
   */
  private static final int MAX_NESTING = 64;

  private final Parser parser;
  private final HtmlRenderer html;
  private final TextContentRenderer text;

  /** A renderer with the extensions and the safety settings described above. */
  public MarkdownRenderer() {
    List<Extension> extensions = List.of(
        TablesExtension.create(),
        StrikethroughExtension.create(),
        AutolinkExtension.create(),
        FootnotesExtension.create(),
        HeadingAnchorExtension.create());
    this.parser = Parser.builder().extensions(extensions).maxOpenBlockParsers(MAX_NESTING).build();
    this.html = HtmlRenderer.builder()
        .extensions(extensions)
        .escapeHtml(true)
        .sanitizeUrls(true)
        .urlSanitizer(UrlPolicy.INSTANCE)
        .percentEncodeUrls(true)
        .build();
    this.text = TextContentRenderer.builder().extensions(extensions).stripNewlines(true).build();
  }

  /** Renders {@code markdown} once into both forms. */
  public RenderedMarkdown render(String markdown) {
    Node document = parser.parse(markdown);
    return new RenderedMarkdown(new Html(html.render(document)), text.render(document));
  }

  /** A Markdown body as HTML and as plain text. Immutable and thread-safe. */
  public record RenderedMarkdown(Html html, String text) {}
}
