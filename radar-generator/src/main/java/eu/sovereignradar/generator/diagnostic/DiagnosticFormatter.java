package eu.sovereignradar.generator.diagnostic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Turns diagnostics into reports. The one place that decides what a diagnostic looks like, shared
 * by the CLI and the Maven plugin. Paths in reports are {@code pathPrefix} + the content-relative
 * path, so that a CI system can match them to files in the repository. Immutable and thread-safe.
 */
public final class DiagnosticFormatter {
  /**
   * Built on first use: most runs print only text, and a mapper costs a few hundred classes to
   * load (a tenth of a second at the end of every build).
   */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

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

  /** The path of a diagnostic as shown in reports. */
  public String path(Diagnostic d) {
    return pathPrefix + d.position().path();
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
    return printable(location(d) + ": " + d.severity().label() + " [" + d.code() + "] " + d.message());
  }

  /** Headline plus an indented {@code hint:} line when there is a hint. */
  public String text(Diagnostic d) {
    return d.hint() == null ? headline(d) : headline(d) + "\n  hint: " + printable(d.hint());
  }

  /**
   * {@code s} with line breaks, other control characters and invisible format characters (bidi
   * overrides, zero-width characters) written as {@code \n}, {@code \r} or {@code \}{@code uXXXX}.
   * Messages quote content values and file names, which come from pull requests: printed raw, a
   * line break could forge a report line that CI obeys (GitHub Actions runs {@code ::error},
   * {@code ::add-mask} or {@code ::stop-commands} found anywhere in a step's output), an escape
   * sequence could rewrite the terminal, and a bidi override could make a reviewer misread a name.
   */
  public static String printable(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int type = Character.getType(cp);
      boolean hidden = cp != '\t'
          && (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
              || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE);
      if (hidden && sb == null) {
        sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (hidden) {
        sb.append(cp == '\n' ? "\\n" : cp == '\r' ? "\\r" : String.format(Locale.ROOT, "\\u%04X", cp));
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
    return plural(errors, "error") + ", " + plural(warnings, "warning") + " in "
        + plural(filesChecked, "file") + ".";
  }

  private static String plural(long n, String word) {
    return n + " " + (n == 1 ? word : word + "s");
  }

  /**
   * GitHub Actions workflow commands ({@code ::error file=...,line=...::message}). GitHub shows
   * only a limited number of annotations per step, so callers print the text report as well.
   */
  public String githubReport(List<Diagnostic> diagnostics) {
    StringBuilder sb = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      SourcePosition p = d.position();
      sb.append("::").append(d.isError() ? "error" : "warning").append(" file=")
          .append(githubProperty(path(d)));
      if (p.line() > 0) {
        sb.append(",line=").append(p.line());
        if (p.column() > 0) {
          sb.append(",col=").append(p.column());
        }
      }
      sb.append(",title=").append(githubProperty(d.code())).append("::");
      String message = d.hint() == null ? printable(d.message()) : printable(d.message()) + "\n" + printable(d.hint());
      sb.append(githubData(message)).append('\n');
    }
    return sb.toString();
  }

  private static String githubData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String githubProperty(String s) {
    return githubData(s).replace(":", "%3A").replace(",", "%2C");
  }

  /** A JSON document: {@code {"errors": n, "warnings": n, "diagnostics": [...]}}. */
  public String jsonReport(List<Diagnostic> diagnostics) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("errors", diagnostics.stream().filter(Diagnostic::isError).count());
    root.put("warnings", diagnostics.stream().filter(d -> !d.isError()).count());
    ArrayNode list = root.putArray("diagnostics");
    for (Diagnostic d : diagnostics) {
      ObjectNode n = list.addObject();
      n.put("severity", d.severity().label());
      n.put("code", d.code());
      n.put("message", d.message());
      if (d.hint() != null) {
        n.put("hint", d.hint());
      }
      n.put("file", path(d));
      n.put("line", d.position().line());
      n.put("column", d.position().column());
    }
    return write(root);
  }

  /**
   * A GitLab Code Quality report: a JSON array of {@code {description, check_name, fingerprint,
   * severity, location: {path, lines: {begin}}}}. Fingerprints hash code, path and message so they
   * stay stable when unrelated lines move.
   */
  public String gitlabReport(List<Diagnostic> diagnostics) {
    ArrayNode list = Json.MAPPER.createArrayNode();
    for (Diagnostic d : diagnostics) {
      ObjectNode n = list.addObject();
      n.put("description", d.hint() == null ? d.message() : d.message() + " (" + d.hint() + ")");
      n.put("check_name", d.code());
      n.put("fingerprint", fingerprint(path(d) + "\n" + d.code() + "\n" + d.message()));
      n.put("severity", d.isError() ? "major" : "minor");
      ObjectNode location = n.putObject("location");
      location.put("path", path(d));
      location.putObject("lines").put("begin", Math.max(1, d.position().line()));
    }
    return write(list);
  }

  /** A SARIF 2.1.0 log with one run, one rule per diagnostic code. */
  public String sarifReport(List<Diagnostic> diagnostics, String toolVersion) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("version", "2.1.0");
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "sovereign-radar");
    driver.put("version", toolVersion);
    ArrayNode rules = driver.putArray("rules");
    List<String> codes = diagnostics.stream().map(Diagnostic::code).distinct().sorted().toList();
    for (String code : codes) {
      rules.addObject().put("id", code);
    }
    ArrayNode results = run.putArray("results");
    for (Diagnostic d : diagnostics) {
      ObjectNode r = results.addObject();
      r.put("ruleId", d.code());
      r.put("ruleIndex", codes.indexOf(d.code()));
      r.put("level", d.isError() ? "error" : "warning");
      r.putObject("message").put("text", d.hint() == null ? d.message() : d.message() + " Hint: " + d.hint());
      ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", uri(path(d)));
      if (d.position().line() > 0) {
        ObjectNode region = physical.putObject("region");
        region.put("startLine", d.position().line());
        if (d.position().column() > 0) {
          region.put("startColumn", d.position().column());
        }
      }
    }
    return write(root);
  }

  /**
   * A path as a relative URI reference, which SARIF requires: every byte outside the unreserved
   * characters and {@code /} percent-encoded. A file name with a space, a comma or a colon (which
   * would read as a scheme) is still reported, and viewers decode it back.
   */
  static String uri(String path) {
    StringBuilder sb = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
        sb.append(c);
      } else {
        sb.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
      }
    }
    return sb.toString();
  }

  private static String write(Object node) {
    try {
      return Json.MAPPER.writeValueAsString(node) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a JSON tree we built ourselves", e);
    }
  }

  private static String fingerprint(String s) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash).substring(0, 32).toLowerCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
