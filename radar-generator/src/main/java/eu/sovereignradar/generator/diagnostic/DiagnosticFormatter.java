package eu.sovereignradar.generator.diagnostic;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Turns diagnostics into text: the one place that decides what a diagnostic looks like to a person,
 * shared by every command and the Maven plugin (the machine formats are in {@code report}). Paths
 * in reports are {@code pathPrefix} + the content-relative path, so that a CI system can match them
 * to files in the repository. Immutable and thread-safe.
 */
public final class DiagnosticFormatter {
  private final String pathPrefix;

  /**
   * @param pathPrefix prepended to every content-relative path, e.g. {@code "content/"}; empty for
   *     none. A missing trailing slash is added.
   */
  public DiagnosticFormatter(String pathPrefix) {
    String p = pathPrefix.replace('\\', '/');
    if (p.equals(".") || p.equals("./")) {
      p = "";
    }
    if (p.startsWith("./")) {
      p = p.substring(2);
    }
    this.pathPrefix = p.isEmpty() || p.endsWith("/") ? p : p + "/";
  }

  /**
   * The formatter every command and the Maven plugin use for a content folder, so that paths read
   * the same everywhere: the folder as given when relative, and relative to the working directory
   * when it is an absolute path inside it ({@code $GITHUB_WORKSPACE/content}), because GitHub,
   * GitLab and SARIF viewers match report paths against the repository's files.
   */
  public static DiagnosticFormatter forContent(Path contentDirectory) {
    return forContent(contentDirectory, Path.of("").toAbsolutePath());
  }

  /** As {@link #forContent(Path)} for a command run in {@code workingDirectory} (absolute). */
  public static DiagnosticFormatter forContent(Path contentDirectory, Path workingDirectory) {
    return new DiagnosticFormatter(displayPrefix(contentDirectory, workingDirectory));
  }

  /** The path prefix {@link #forContent} uses, for a given working directory. */
  public static String displayPrefix(Path content, Path workingDirectory) {
    if (!content.isAbsolute()) {
      return content.normalize().toString();
    }
    Path normal = content.normalize();
    return normal.startsWith(workingDirectory)
        ? workingDirectory.relativize(normal).toString()
        : normal.toString();
  }

  /** The path of a diagnostic as shown in reports. */
  public String path(Diagnostic d) {
    return path(d.position().path());
  }

  /** A content-relative path ({@code blips/x.md}) as reports show it. */
  public String path(String contentRelative) {
    return pathPrefix + contentRelative;
  }

  /** {@code path:line:col}, leaving out zero parts, with the prefix. */
  public String location(Diagnostic d) {
    SourcePosition p = d.position();
    String s = path(d);
    if (p.line() > 0) {
      s += ":" + p.line();
      if (p.column() > 0) {
        s += ":" + p.column();
      }
    }
    return s;
  }

  /**
   * The main line of the text format, e.g. {@code content/blips/x.md:4:7: error [blip.unknown-ring]
   * ring 'trail' is not defined}.
   */
  public String headline(Diagnostic d) {
    return printable(
        location(d) + ": " + d.severity().label() + " [" + d.code() + "] " + d.message());
  }

  /** Headline plus an indented {@code hint:} line when there is a hint. */
  public String text(Diagnostic d) {
    return d.hint() == null ? headline(d) : headline(d) + "\n  hint: " + printable(d.hint());
  }

  /**
   * {@code s} with line breaks, other control characters and invisible format characters (bidi
   * overrides, zero-width characters) written as {@code \n}, {@code \r} or {@code \}{@code uXXXX}.
   * Messages quote content values and file names, which come from pull requests: printed raw, a
   * line break could forge a report line that CI obeys (GitHub Actions runs {@code ::error}, {@code
   * ::add-mask} or {@code ::stop-commands} found anywhere in a step's output), an escape sequence
   * could rewrite the terminal, and a bidi override could make a reviewer misread a name.
   */
  public static String printable(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int type = Character.getType(cp);
      boolean hidden =
          cp != '\t'
              && (type == Character.CONTROL
                  || type == Character.FORMAT
                  || type == Character.LINE_SEPARATOR
                  || type == Character.PARAGRAPH_SEPARATOR
                  || type == Character.SURROGATE);
      if (hidden && sb == null) {
        sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (hidden) {
        sb.append(
            cp == '\n' ? "\\n" : cp == '\r' ? "\\r" : String.format(Locale.ROOT, "\\u%04X", cp));
      } else if (sb != null) {
        sb.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return sb == null ? s : sb.toString();
  }

  /** The whole text report, one diagnostic after another, then a summary line. */
  public String textReport(List<Diagnostic> diagnostics, int filesChecked) {
    StringBuilder sb = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      sb.append(text(d)).append('\n');
    }
    sb.append(summary(diagnostics, filesChecked)).append('\n');
    return sb.toString();
  }

  /** E.g. {@code 2 errors, 1 warning in 57 files.} */
  public static String summary(List<Diagnostic> diagnostics, int filesChecked) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.size() - errors;
    return plural(errors, "error")
        + ", "
        + plural(warnings, "warning")
        + " in "
        + plural(filesChecked, "file")
        + ".";
  }

  private static String plural(long n, String word) {
    return n + " " + (n == 1 ? word : word + "s");
  }
}
