package eu.sovereignradar.generator.content;

/**
 * A cursor over the lines of a YAML text for {@link SimpleYamlReader}: where the current line
 * starts and ends, its indentation, and its line and column numbers in the file. Not thread-safe.
 */
final class YamlLines {
  private final String text;
  private final int lineOffset;

  /** Where each line starts, then {@code length + 1}, where one more line would start. */
  private final int[] starts;

  private int line;

  /**
   * @param lineOffset the number of file lines before the YAML's first line
   */
  YamlLines(String text, int lineOffset) {
    this.text = text;
    this.lineOffset = lineOffset;
    int lines = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      lines++;
    }
    starts = new int[lines + 1];
    int n = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      starts[n++] = i + 1;
    }
    starts[n] = text.length() + 1;
  }

  String text() {
    return text;
  }

  boolean atEnd() {
    return line >= starts.length - 1;
  }

  /** Index in the text where the current line starts. */
  int start() {
    return starts[line];
  }

  /** Index in the text where the current line ends, before its '\n'. */
  int end() {
    return Math.min(starts[line + 1] - 1, text.length());
  }

  int indent() {
    int i = start();
    while (i < end() && text.charAt(i) == ' ') {
      i++;
    }
    return i - start();
  }

  void advance() {
    line++;
  }

  void skipBlankLines() {
    while (!atEnd() && indent() == end() - start()) {
      line++;
    }
  }

  /** The indentation of the next non-blank line after the current one, or -1 when there is none. */
  int nextIndent() {
    int saved = line;
    line++;
    skipBlankLines();
    int next = atEnd() ? -1 : indent();
    line = saved;
    return next;
  }

  /**
   * Whether the current, non-blank line is a list item: "- " or a lone "-" after its indentation.
   */
  boolean startsItem() {
    int i = start() + indent();
    return text.charAt(i) == '-' && (i + 1 == end() || text.charAt(i + 1) == ' ');
  }

  /** The current line's number in the file, from 1. */
  int fileLine() {
    return line + 1 + lineOffset;
  }

  /**
   * The column, from 1, of {@code index} in the current line. Characters and code points count
   * alike here, since the reader refuses surrogate pairs.
   */
  int column(int index) {
    return index - start() + 1;
  }
}
