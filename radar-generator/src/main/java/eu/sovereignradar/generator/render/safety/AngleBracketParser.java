package eu.sovereignradar.generator.render.safety;

import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.Link;
import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Parses what follows a {@code <} in Markdown text: an autolink such as {@code
 * <https://example.org>} or {@code <radar@example.org>}, or else a plain {@code <}.
 *
 * <p>It replaces CommonMark's own inline HTML and autolink parsers, which look for the closing
 * {@code >} up to the end of the paragraph: a body made of many {@code <} without a {@code >} costs
 * time quadratic in its length (40,000 of them took four seconds, a 1 MiB body would take many
 * minutes), so one pull request could stall every build. An autolink holds no space and no {@code
 * <}, so this parser stops at the first of those and every {@code <} costs at most the length of
 * one word. Inline HTML needs no parser of its own: the renderer escapes raw HTML anyway, and as
 * plain text it reads the same. Stateless and thread-safe.
 */
public final class AngleBracketParser implements InlineContentParser {
  /** CommonMark's autolink grammar (spec 0.31, section 6.5). */
  private static final Pattern URI =
      Pattern.compile("[a-zA-Z][a-zA-Z0-9.+-]{1,31}:[^<>\\u0000-\\u0020]*");

  private static final Pattern EMAIL =
      Pattern.compile(
          "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9]"
              + "(?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*");

  private static final AngleBracketParser INSTANCE = new AngleBracketParser();

  /** The factory to register with {@code Parser.Builder.customInlineContentParserFactory}. */
  public static final InlineContentParserFactory FACTORY =
      new InlineContentParserFactory() {
        @Override
        public Set<Character> getTriggerCharacters() {
          return Set.of('<');
        }

        @Override
        public InlineContentParser create() {
          return INSTANCE;
        }
      };

  private AngleBracketParser() {}

  @Override
  public ParsedInline tryParse(InlineParserState state) {
    Scanner scanner = state.scanner();
    scanner.next();
    Position textStart = scanner.position();
    char c = scanner.peek();
    while (c != Scanner.END && c != '>' && c != '<' && c > ' ') {
      scanner.next();
      c = scanner.peek();
    }
    if (c == '>') {
      String content = scanner.getSource(textStart, scanner.position()).getContent();
      scanner.next();
      String destination =
          URI.matcher(content).matches()
              ? content
              : EMAIL.matcher(content).matches() ? "mailto:" + content : null;
      if (destination != null) {
        Link link = new Link(destination, null);
        link.appendChild(new Text(content));
        return ParsedInline.of(link, scanner.position());
      }
    }
    // Never "none": CommonMark would then try its own quadratic parsers on this '<'.
    return ParsedInline.of(new Text("<"), textStart);
  }
}
