package eu.sovereignradar.generator.content;

import eu.sovereignradar.generator.content.YamlNode.Scalar.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A fast path for the YAML that front matter almost always is: block maps and lists indented with
 * spaces, one-line plain or quoted values, flow lists of plain words ({@code [files, mail]}) and
 * folded texts of evenly indented lines ({@code summary: >-}, as the translations write them). It
 * builds the same tree, with the same positions and scalar kinds, as {@link YamlTreeReader}'s full
 * parse, and gives up (returns null) on anything else: comments, anchors, tags, multi-line or
 * escaped values, duplicate keys, odd indentation, unusual characters. The full parse then reads it
 * and reports what is wrong.
 *
 * <p>Why: SnakeYAML reads a few hundred bytes of front matter at a cost, and with an amount of code
 * for the JIT to compile, out of proportion to the rest of checking a blip. On a radar of ten
 * thousand blips this path takes a third off the CPU time of {@code radar validate} and a tenth off
 * {@code radar build}. Tests compare it with the full parse on generated and mutated YAML. Not
 * thread-safe: one per parse.
 */
final class SimpleYamlReader {
  /** Deeper than this is left to the full parse, which reports too-deep nesting itself. */
  private static final int MAX_DEPTH = 8;

  /** SnakeYAML does not read a longer key before ':' as a key (YAML's limit on implicit keys). */
  private static final int MAX_KEY_LENGTH = 1024;

  /** Characters that cannot start a plain value (or that this reader does not handle there). */
  private static final String INDICATORS = "?:,[]{}#&*!|>'\"%@`";

  private final YamlLines lines;
  private final String text;
  private final ScalarKinds kinds;
  private int nodes;

  private SimpleYamlReader(YamlLines lines, ScalarKinds kinds) {
    this.lines = lines;
    this.text = lines.text();
    this.kinds = kinds;
  }

  /**
   * The tree of {@code yaml}, which starts on line {@code lineOffset + 1} of its file, or null when
   * it is not in the simple form (then the full parse must be used).
   */
  static @Nullable YamlNode read(String yaml, int lineOffset, ScalarKinds kinds) {
    if (!plainCharacters(yaml)) {
      return null;
    }
    YamlLines lines = new YamlLines(yaml, lineOffset);
    lines.skipBlankLines();
    if (lines.atEnd() || lines.indent() != 0) {
      return null;
    }
    YamlNode root = new SimpleYamlReader(lines, kinds).map(0, 0, 0);
    lines.skipBlankLines();
    return root != null && lines.atEnd() ? root : null;
  }

  /** No tabs, control characters, unusual line breaks, byte-order marks or surrogate pairs. */
  private static boolean plainCharacters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < ' ' && c != '\n')
          || (c >= 0x7F && c <= 0x9F)
          || c == '\u2028'
          || c == '\u2029'
          || c == '\uFEFF'
          || Character.isSurrogate(c)
          || c == '\uFFFE'
          || c == '\uFFFF') {
        return false;
      }
    }
    return true;
  }

  /**
   * A block map whose keys start at column {@code indent} (from 0) of their lines; its first key
   * starts at {@code firstIndent} of the current line, after "- " when the map is a list item.
   */
  private @Nullable YamlNode map(int indent, int firstIndent, int depth) {
    if (depth > MAX_DEPTH || ++nodes > YamlTreeReader.MAX_NODES) {
      return null;
    }
    List<YamlNode.Entry> entries = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    int mapLine = lines.fileLine();
    int keyStart = lines.start() + firstIndent;
    while (true) {
      int colon = keyEnd(keyStart);
      if (colon < 0) {
        return null;
      }
      String key = text.substring(keyStart, colon);
      if (!keys.add(key)) {
        return null;
      }
      int keyLine = lines.fileLine();
      int keyColumn = lines.column(keyStart);
      YamlNode value = valueAfter(colon, indent, depth);
      if (value == null) {
        return null;
      }
      entries.add(new YamlNode.Entry(key, keyLine, keyColumn, value));
      lines.skipBlankLines();
      if (lines.atEnd() || lines.indent() < indent) {
        return new YamlNode.Map(entries, mapLine, firstIndent + 1);
      }
      if (lines.indent() > indent) {
        return null;
      }
      keyStart = lines.start() + indent;
    }
  }

  /**
   * Where the simple key starting at {@code from} ends, at a ':' followed by a space or the end of
   * the line; -1 when there is none.
   */
  private int keyEnd(int from) {
    int end = lines.end();
    int i = from;
    while (i < end && text.charAt(i) != ':') {
      char c = text.charAt(i);
      if (!(c < 0x80 && Character.isLetterOrDigit(c)) && c != '-' && c != '_' && c != '.') {
        return -1;
      }
      i++;
    }
    // Not a key either: nothing before the ':', "a:b", or a start that YAML reads as a marker
    // ("- " list items, "..." document ends).
    if (i == from
        || i == end
        || (i + 1 < end && text.charAt(i + 1) != ' ')
        || text.charAt(from) == '-'
        || text.charAt(from) == '.'
        || i - from > MAX_KEY_LENGTH) {
      return -1;
    }
    return i;
  }

  /** The value of the map entry whose ':' is at {@code colon}; moves past the lines it takes. */
  private @Nullable YamlNode valueAfter(int colon, int indent, int depth) {
    int end = lines.end();
    int start = colon + 1;
    while (start < end && text.charAt(start) == ' ') {
      start++;
    }
    if (start < end && text.charAt(start) == '>') {
      return folded(start, end, indent);
    }
    if (start < end) {
      // A one-line value; a more indented next line would continue it, which is not simple.
      YamlNode value = inline(start, end, depth + 1);
      if (value == null || lines.nextIndent() > indent) {
        return null;
      }
      lines.advance();
      return value;
    }
    int next = lines.nextIndent();
    int emptyLine = lines.fileLine();
    int emptyColumn = lines.column(colon + 1);
    lines.advance();
    lines.skipBlankLines();
    if (next >= indent && lines.startsItem()) {
      // YAML lets a map's list value start at the map's own indentation.
      return list(next, depth + 1);
    }
    if (next > indent) {
      return map(next, next, depth + 1);
    }
    // No value: null, as the full parse reads it (EMPTY_STRING_AS_NULL), placed just after the ':'.
    return scalar("", Kind.NULL, emptyLine, emptyColumn);
  }

  /**
   * A folded block scalar, {@code >-} or {@code >}, as translations write long texts: its lines
   * joined by single spaces (with a final line break for {@code >}). Only the plain case: every
   * line indented alike and more than the key, no blank or more indented line inside, no spaces at
   * a line's end, nothing after the indicator. The full parse reads the rest (kept lines, chomping
   * "+", indentation digits, comments).
   */
  private @Nullable YamlNode folded(int start, int end, int indent) {
    int header = end;
    while (header > start && text.charAt(header - 1) == ' ') {
      header--;
    }
    boolean strip = header - start == 2 && text.charAt(start + 1) == '-';
    if (!strip && header - start != 1) {
      return null;
    }
    int line = lines.fileLine();
    int column = lines.column(start);
    int contentIndent = lines.nextIndent();
    lines.advance();
    if (contentIndent <= indent || lines.atEnd() || lines.indent() != contentIndent) {
      return null; // an empty scalar, or a blank first line
    }
    StringBuilder value = new StringBuilder();
    while (!lines.atEnd() && lines.indent() == contentIndent) {
      int lineEnd = lines.end();
      if (lineEnd == lines.start() + contentIndent
          || text.charAt(lineEnd - 1) == ' '
          || lineEnd == text.length()) {
        return null; // (without a line break after the last line, ">" would not add one)
      }
      if (value.length() > 0) {
        value.append(' ');
      }
      value.append(text, lines.start() + contentIndent, lineEnd);
      lines.advance();
    }
    lines.skipBlankLines();
    if (!lines.atEnd() && lines.indent() > indent) {
      return null; // a blank line followed by more of the scalar, or a more indented line
    }
    if (!strip) {
      value.append('\n');
    }
    return scalar(value.toString(), Kind.STRING, line, column);
  }

  /**
   * A block list whose "- " markers are at column {@code indent} of the current and following
   * lines.
   */
  private @Nullable YamlNode list(int indent, int depth) {
    if (depth > MAX_DEPTH || ++nodes > YamlTreeReader.MAX_NODES) {
      return null;
    }
    List<YamlNode> items = new ArrayList<>();
    int listLine = lines.fileLine();
    while (!lines.atEnd() && lines.indent() == indent && lines.startsItem()) {
      int end = lines.end();
      int start = lines.start() + indent + 1;
      while (start < end && text.charAt(start) == ' ') {
        start++;
      }
      if (start == end) {
        return null;
      }
      YamlNode item;
      if (keyEnd(start) >= 0) {
        int itemIndent = start - lines.start();
        item = map(itemIndent, itemIndent, depth + 1);
      } else {
        item = inline(start, end, depth + 1);
        if (item == null || lines.nextIndent() > indent) {
          return null;
        }
        lines.advance();
      }
      if (item == null) {
        return null;
      }
      items.add(item);
      lines.skipBlankLines();
    }
    // What follows must belong to an enclosing map: less indented, or a key at the list's column.
    if (!lines.atEnd()
        && (lines.indent() > indent || (lines.indent() == indent && lines.startsItem()))) {
      return null;
    }
    return new YamlNode.Sequence(items, listLine, indent + 1);
  }

  /**
   * A one-line value from {@code start} to {@code end} (spaces after it ignored) of the current
   * line.
   */
  private @Nullable YamlNode inline(int start, int end, int depth) {
    while (end > start && text.charAt(end - 1) == ' ') {
      end--;
    }
    char first = text.charAt(start);
    if (first == '[') {
      return flowList(start, end, depth);
    }
    if (first == '"' || first == '\'') {
      return quoted(start, end, first);
    }
    return isPlain(start, end, false) ? plain(start, end) : null;
  }

  /** {@code [a, b, c]} of plain values; nothing may follow the ']'. */
  private @Nullable YamlNode flowList(int start, int end, int depth) {
    if (depth > MAX_DEPTH || ++nodes > YamlTreeReader.MAX_NODES || text.charAt(end - 1) != ']') {
      return null;
    }
    List<YamlNode> items = new ArrayList<>();
    int close = end - 1;
    int i = skipSpaces(start + 1, close);
    while (i < close) {
      int comma = i;
      while (comma < close && text.charAt(comma) != ',') {
        comma++;
      }
      int itemEnd = comma;
      while (itemEnd > i && text.charAt(itemEnd - 1) == ' ') {
        itemEnd--;
      }
      if (itemEnd == i || !isPlain(i, itemEnd, true)) {
        return null;
      }
      YamlNode item = plain(i, itemEnd);
      if (item == null) {
        return null;
      }
      items.add(item);
      i = skipSpaces(comma + 1, close);
      if (comma < close && i == close) {
        return null; // a comma before the ']'
      }
    }
    return new YamlNode.Sequence(items, lines.fileLine(), lines.column(start));
  }

  private int skipSpaces(int from, int end) {
    int i = from;
    while (i < end && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /**
   * Whether {@code text[start, end)} reads as one plain value: it does not start with an indicator,
   * holds no ": " or " #" and does not end with ':'; in a flow list it also holds no ':' and no
   * ',', '?' or bracket.
   */
  private boolean isPlain(int start, int end, boolean flow) {
    char first = text.charAt(start);
    if (INDICATORS.indexOf(first) >= 0
        || (first == '-' && (start + 1 == end || text.charAt(start + 1) == ' '))) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if ((c == ':' && (flow || i + 1 == end || text.charAt(i + 1) == ' '))
          || (c == '#' && text.charAt(i - 1) == ' ')
          || (flow && ",?[]{}".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A quoted value that closes at the end of the line: no escapes, and '' for ' in single quotes.
   */
  private @Nullable YamlNode quoted(int start, int end, char quote) {
    if (end - start < 2 || text.charAt(end - 1) != quote) {
      return null;
    }
    StringBuilder value = new StringBuilder(end - start);
    for (int i = start + 1; i < end - 1; i++) {
      char c = text.charAt(i);
      if (quote == '"' && (c == '"' || c == '\\')) {
        return null;
      }
      if (quote == '\'' && c == '\'') {
        if (i + 1 == end - 1 || text.charAt(i + 1) != '\'') {
          return null;
        }
        i++;
      }
      value.append(c);
    }
    return scalar(value.toString(), Kind.STRING, lines.fileLine(), lines.column(start));
  }

  private @Nullable YamlNode plain(int start, int end) {
    String value = text.substring(start, end);
    Kind kind = kinds.kindOfPlain(value);
    return scalar(kind == Kind.NULL ? "" : value, kind, lines.fileLine(), lines.column(start));
  }

  private @Nullable YamlNode scalar(String value, Kind kind, int line, int column) {
    return ++nodes > YamlTreeReader.MAX_NODES
        ? null
        : new YamlNode.Scalar(value, kind, line, column);
  }
}
