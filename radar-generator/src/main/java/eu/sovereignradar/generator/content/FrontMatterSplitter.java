package eu.sovereignradar.generator.content;

import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.diagnostic.SourcePosition;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Splits a Markdown file (already decoded, LF line endings) into front matter and body. The front
 * matter must start on the first line with a line holding only {@code ---} and end with the next
 * such line; trailing spaces on the delimiter lines are tolerated because editors add them
 * invisibly. Never throws for any input.
 */
public final class FrontMatterSplitter {
  /** Front matter larger than this is refused before YAML parsing: a blip needs a few KiB. */
  public static final int MAX_FRONT_MATTER_CHARS = 64 * 1024;

  private FrontMatterSplitter() {}

  /**
   * @param optional when true (about.md), a file without front matter is all body
   */
  public static Optional<FrontMatter> split(
      String path, String text, boolean optional, Consumer<Diagnostic> report) {
    int firstEnd = lineEnd(text, 0);
    if (!isDelimiter(text, 0, firstEnd)) {
      if (optional) {
        return Optional.of(new FrontMatter("", 1, text, 1));
      }
      report.accept(
          Diagnostic.error(
              "front-matter.missing",
              SourcePosition.line(path, 1),
              "the file does not start with front matter",
              "begin the file with a line '---', then the YAML fields (title, ring, quadrant, ...),"
                  + " then another line '---', then the Markdown text"));
      return Optional.empty();
    }
    int line = 2;
    int pos = Math.min(firstEnd + 1, text.length());
    int yamlStart = pos;
    while (pos < text.length()) {
      int end = lineEnd(text, pos);
      if (isDelimiter(text, pos, end)) {
        String yaml = text.substring(yamlStart, pos);
        if (yaml.length() > MAX_FRONT_MATTER_CHARS) {
          report.accept(
              Diagnostic.error(
                  "front-matter.too-large",
                  SourcePosition.line(path, 2),
                  "the front matter has "
                      + yaml.length()
                      + " characters, more than the limit of "
                      + MAX_FRONT_MATTER_CHARS,
                  "keep long text in the Markdown body below the closing '---'"));
          return Optional.empty();
        }
        String body = end >= text.length() ? "" : text.substring(end + 1);
        return Optional.of(new FrontMatter(yaml, 2, body, line + 1));
      }
      pos = end + 1;
      line++;
    }
    report.accept(
        Diagnostic.error(
            "front-matter.unclosed",
            SourcePosition.line(path, 1),
            "the front matter that starts on line 1 is never closed",
            "add a line containing only '---' after the last YAML field"));
    return Optional.empty();
  }

  private static int lineEnd(String text, int from) {
    int nl = text.indexOf('\n', from);
    return nl < 0 ? text.length() : nl;
  }

  private static boolean isDelimiter(String text, int start, int end) {
    if (end - start < 3 || !text.startsWith("---", start)) {
      return false;
    }
    for (int i = start + 3; i < end; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }
}
