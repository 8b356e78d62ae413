package eu.sovereignradar.generator.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Makes untrusted Markdown (an AOE item, a Backstage description) safe to keep as a blip body:
 * every {@code <} that CommonMark would read as the start of raw HTML, inline or as a block, is
 * backslash-escaped, so the file itself holds no HTML and the tags show as text. The rest is kept
 * as written. The site renders bodies with raw HTML escaped and every URL checked (render.safety),
 * so a {@code javascript:} link in Markdown is made inert there; escaping here as well means the
 * imported file stays inert even for another tool that renders raw HTML. Thread-safe.
 */
public final class InertMarkdown {
  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          // As for the site's renderer: deeper nesting is read as text, so that a hostile body
          // of thousands of nested quotes cannot overflow the stack of the visitor.
          .maxOpenBlockParsers(64)
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private InertMarkdown() {}

  /** {@code markdown} with line endings normalised and every raw-HTML {@code <} escaped. */
  public static String of(String markdown) {
    String text = markdown.replace("\r\n", "\n").replace('\r', '\n');
    List<Integer> lineStarts = new ArrayList<>();
    lineStarts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lineStarts.add(i + 1);
      }
    }
    TreeSet<Integer> escapes = new TreeSet<>();
    PARSER
        .parse(text)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(HtmlInline html) {
                mark(html);
              }

              @Override
              public void visit(HtmlBlock html) {
                mark(html);
              }

              private void mark(Node node) {
                for (SourceSpan span : node.getSourceSpans()) {
                  int from = lineStarts.get(span.getLineIndex()) + span.getColumnIndex();
                  for (int i = from; i < from + span.getLength() && i < text.length(); i++) {
                    if (text.charAt(i) == '<' && (i == 0 || text.charAt(i - 1) != '\\')) {
                      escapes.add(i);
                    }
                  }
                }
              }
            });
    if (escapes.isEmpty()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + escapes.size());
    for (int i = 0; i < text.length(); i++) {
      if (escapes.contains(i)) {
        sb.append('\\');
      }
      sb.append(text.charAt(i));
    }
    // Escaping can turn what followed an HTML block into a new one; repeat until nothing is left.
    String once = sb.toString();
    return once.equals(markdown) ? once : of(once);
  }
}
