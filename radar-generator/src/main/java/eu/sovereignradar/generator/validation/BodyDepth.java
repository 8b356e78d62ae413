package eu.sovereignradar.generator.validation;

import eu.sovereignradar.generator.diagnostic.DiagnosticCollector;
import eu.sovereignradar.generator.diagnostic.SourcePosition;

/**
 * Refuses Markdown whose inline markup nests so deep that the Markdown parser or renderer would
 * recurse to the stack limit: the renderer first failed at about 2,000 nested emphasis levels. The
 * depth is estimated per paragraph (a block between blank lines) by matching openers with closers:
 * {@code [} with {@code ]}, and runs of {@code * _ ~} that open (followed, not preceded, by a
 * non-space) with runs that close, counting every kind still open at a closer. Only closed markup
 * counts, so thousands of unclosed openers, which CommonMark handles as plain text, stay allowed.
 * Checked in validation so that {@code validate} and {@code build} agree, and so that the preview
 * never meets such a body.
 */
final class BodyDepth {
  /** The deepest nesting allowed, well below the depth at which rendering failed. */
  static final int MAX_DEPTH = 500;

  private static final String EMPHASIS = "*_~";

  private BodyDepth() {}

  /** Kinds nest inside each other, so the depth at a closer counts every kind still open. */
  private static int sum(int[] open) {
    int total = 0;
    for (int n : open) {
      total += n;
    }
    return total;
  }

  /**
   * How many characters of the body could open or close markup. The depth counts open markers, so
   * it never exceeds this: a body with few of them (every real one) is settled by this plain loop,
   * several times cheaper than the walk below, which runs over every body of the content.
   */
  private static int markCount(String body) {
    int marks = 0;
    for (int i = 0, n = body.length(); i < n; i++) {
      char c = body.charAt(i);
      if (c == '[' || c == '*' || c == '_' || c == '~') {
        marks++;
      }
    }
    return marks;
  }

  static void check(String path, String body, int bodyLine, DiagnosticCollector out) {
    if (markCount(body) <= MAX_DEPTH) {
      return;
    }
    int line = bodyLine;
    int paragraphLine = bodyLine;
    boolean inParagraph = false;
    boolean lineBlank = true;
    int brackets = 0;
    int[] open = new int[EMPHASIS.length()];
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == '\n') {
        if (lineBlank) {
          inParagraph = false;
          brackets = 0;
          java.util.Arrays.fill(open, 0);
        }
        line++;
        lineBlank = true;
        i++;
        continue;
      }
      if (!Character.isWhitespace(c)) {
        if (!inParagraph) {
          paragraphLine = line;
          inParagraph = true;
        }
        lineBlank = false;
      }
      int depth = 0;
      int kind = EMPHASIS.indexOf(c);
      if (c == '[') {
        brackets++;
      } else if (c == ']' && brackets > 0) {
        depth = brackets + sum(open);
        brackets--;
      } else if (kind >= 0) {
        int end = i;
        while (end < body.length() && body.charAt(end) == c) {
          end++;
        }
        int run = end - i;
        boolean spaceBefore = i == 0 || Character.isWhitespace(body.charAt(i - 1));
        boolean spaceAfter = end >= body.length() || Character.isWhitespace(body.charAt(end));
        if (spaceBefore && !spaceAfter) {
          open[kind] += run;
        } else if (!spaceBefore && spaceAfter && open[kind] > 0) {
          depth = brackets + sum(open);
          open[kind] -= Math.min(run, open[kind]);
        }
        i = end - 1;
      }
      if (depth > MAX_DEPTH) {
        out.error(
            "body.too-deep",
            SourcePosition.line(path, paragraphLine),
            "the paragraph starting here nests emphasis, strikethrough or links more than "
                + MAX_DEPTH
                + " levels deep, too deep to render",
            "flatten the markup, or write the characters inside `code`");
        return;
      }
      i++;
    }
  }
}
