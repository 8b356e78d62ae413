package eu.sovereignradar.generator.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.diagnostic.DiagnosticFormatter;
import eu.sovereignradar.generator.diagnostic.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The machine reports CI systems read: GitHub workflow commands, JSON, GitLab Code Quality and
 * SARIF. Paths come from the same {@link DiagnosticFormatter} as the text report, so every format
 * names a file the same way. Immutable and thread-safe.
 */
public final class MachineReports {
  /**
   * Built on first use: most runs print only text, and a mapper costs a few hundred classes to load
   * (a tenth of a second at the end of every build).
   */
  private static final class Json {
    static final ObjectMapper MAPPER =
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  private final DiagnosticFormatter paths;

  public MachineReports(DiagnosticFormatter paths) {
    this.paths = paths;
  }

  /**
   * GitHub Actions workflow commands ({@code ::error file=...,line=...::message}). GitHub shows
   * only a limited number of annotations per step, so callers print the text report as well.
   */
  public String githubReport(List<Diagnostic> diagnostics) {
    StringBuilder sb = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      SourcePosition p = d.position();
      sb.append("::")
          .append(d.isError() ? "error" : "warning")
          .append(" file=")
          .append(githubProperty(paths.path(d)));
      if (p.line() > 0) {
        sb.append(",line=").append(p.line());
        if (p.column() > 0) {
          sb.append(",col=").append(p.column());
        }
      }
      sb.append(",title=").append(githubProperty(d.code())).append("::");
      String message =
          d.hint() == null
              ? DiagnosticFormatter.printable(d.message())
              : DiagnosticFormatter.printable(d.message())
                  + "\n"
                  + DiagnosticFormatter.printable(d.hint());
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
      n.put("file", paths.path(d));
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
      n.put("fingerprint", fingerprint(paths.path(d) + "\n" + d.code() + "\n" + d.message()));
      n.put("severity", d.isError() ? "major" : "minor");
      ObjectNode location = n.putObject("location");
      location.put("path", paths.path(d));
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
      r.putObject("message")
          .put("text", d.hint() == null ? d.message() : d.message() + " Hint: " + d.hint());
      ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", uri(paths.path(d)));
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
  public static String uri(String path) {
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
