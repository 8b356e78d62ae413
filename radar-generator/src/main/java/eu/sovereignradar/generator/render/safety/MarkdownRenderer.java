package eu.sovereignradar.generator.render.safety;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders Markdown bodies (blips, products, about.md) to HTML and to plain text for the search
 * index, parsing each body once. CommonMark with tables, strikethrough, autolinks, footnotes and
 * heading anchors.
 *
 * <p>Content arrives in pull requests, so nothing in it may run in a reader's browser: raw HTML is
 * escaped and shown as text ({@code escapeHtml}), and every link and image URL passes {@link
 * UrlPolicy}. CommonMark's own sanitiser is not enough: it lets {@code data:} through. Immutable
 * and thread-safe; build one per generator and share it.
 */
public final class MarkdownRenderer {
  /**
   * Deeper nesting is read as text. Rendering recurses once per level, so a body of ten thousand
   * nested block quotes would otherwise overflow the stack.
   */
  private static final int MAX_NESTING = 64;

  private final Parser parser;
  private final HtmlRenderer html;

  /** A renderer with the extensions and the safety settings described above. */
  public MarkdownRenderer() {
    List<Extension> extensions =
        List.of(
            TablesExtension.create(),
            StrikethroughExtension.create(),
            AutolinkExtension.create(),
            FootnotesExtension.create(),
            HeadingAnchorExtension.create());
    this.parser =
        Parser.builder()
            .extensions(extensions)
            .maxOpenBlockParsers(MAX_NESTING)
            .customInlineContentParserFactory(AngleBracketParser.FACTORY)
            .build();
    this.html =
        HtmlRenderer.builder()
            .extensions(extensions)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(UrlPolicy.INSTANCE)
            .percentEncodeUrls(true)
            .build();
  }

  /** Renders {@code markdown} once into both forms. */
  public RenderedMarkdown render(String markdown) {
    Node document = parser.parse(markdown);
    TextCollector text = new TextCollector();
    document.accept(text);
    return new RenderedMarkdown(new Html(html.render(document)), text.sb.toString());
  }

  /**
   * Renders a short text that sits inside a line (a history note, a reason): one paragraph comes
   * back without its {@code <p>}, anything longer as it is.
   */
  public Html renderInline(String markdown) {
    String out = html.render(parser.parse(markdown));
    String body = out.endsWith("\n") ? out.substring(0, out.length() - 1) : out;
    if (body.startsWith("<p>") && body.endsWith("</p>") && body.indexOf("<p>", 3) < 0) {
      return new Html(body.substring(3, body.length() - 4));
    }
    return new Html(out);
  }

  /**
   * The words a reader sees, for search: text and code, without link targets or markup. Cheaper
   * than a text renderer, and it also reaches footnotes and table cells.
   */
  private static final class TextCollector extends AbstractVisitor {
    private final StringBuilder sb = new StringBuilder();

    private void add(String literal) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(literal);
    }

    @Override
    public void visit(Text text) {
      add(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
      add(code.getLiteral());
    }

    @Override
    public void visit(FencedCodeBlock block) {
      add(block.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock block) {
      add(block.getLiteral());
    }
  }

  /** A Markdown body as HTML and as plain text. Immutable and thread-safe. */
  public record RenderedMarkdown(Html html, String text) {}
}
