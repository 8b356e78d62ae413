package eu.sovereignradar.generator.diagnostic;

import static java.util.Objects.requireNonNull;

/**
 * A place in a content file: the path relative to the content folder (always with {@code /}
 * separators), and a 1-based line and column. Line 0 means "the whole file"; column 0 means "the
 * whole line". Immutable and thread-safe.
 */
public record SourcePosition(String path, int line, int column)
    implements Comparable<SourcePosition> {

  public SourcePosition {
    requireNonNull(path, "path");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
    }
  }

  /** A position naming a whole file. */
  public static SourcePosition file(String path) {
    return new SourcePosition(path, 0, 0);
  }

  /** A position at the start of a line. */
  public static SourcePosition line(String path, int line) {
    return new SourcePosition(path, line, 0);
  }

  @Override
  public int compareTo(SourcePosition o) {
    int c = path.compareTo(o.path);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }

  /** {@code path:line:col}, leaving out zero parts. */
  @Override
  public String toString() {
    if (line == 0) {
      return path;
    }
    return column == 0 ? path + ":" + line : path + ":" + line + ":" + column;
  }
}
