package eu.sovereignradar.generator.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.diagnostic.DiagnosticFormatter;
import eu.sovereignradar.generator.diagnostic.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report format, produced from a small broken radar, read back the way its consumer reads it:
 * GitHub's workflow-command syntax with its escapes, GitLab's Code Quality array, SARIF 2.1.0's
 * documented structure (checked field by field; no schema is fetched from the network).
 */
class ReportFormatsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private List<Diagnostic> diagnostics;
  private final DiagnosticFormatter formatter = new DiagnosticFormatter("site/content");
  private final MachineReports reports = new MachineReports(formatter);

  /**
   * Errors with line and column, a whole-file error whose path holds a comma, a space and a colon
   * (the characters GitHub properties and URIs must escape), a warning, and messages with '%'.
   */
  @BeforeEach
  void validateBrokenRadar() throws IOException {
    write(
        "radar.yaml",
        """
        title: T
        quadrants: [{id: tools, title: Tools}]
        rings: [{id: adopt, title: Adopt}, {id: trial, title: Trial}]
        """);
    write("blips/ring.md", "---\ntitle: R\nring: trail\nquadrant: tools\n---\nBody.\n");
    write(
        "blips/percent.md",
        "---\ntitle: P\nring: adopt\nquadrant: tools\nlicence: 100% free\n---\nBody.\n");
    write("blips/empty.md", "---\ntitle: E\nring: adopt\nquadrant: tools\n---\n");
    write("blips/Mail, Chat: 2.md", "---\ntitle: M\nring: adopt\nquadrant: tools\n---\nBody.\n");
    diagnostics =
        new RadarGenerator(GeneratorOptions.builder(dir).build()).validate().diagnostics();
    assertThat(diagnostics)
        .extracting(Diagnostic::code)
        .containsExactly(
            "file.invalid-name", "blip.empty-body", "field.invalid-licence", "blip.unknown-ring");
  }

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void textReportHasOneHeadlinePerDiagnosticInTheDocumentedShape() {
    String report = formatter.textReport(diagnostics, 5);
    Pattern headline =
        Pattern.compile("(\\S.*?)(?::(\\d+)(?::(\\d+))?)?: (error|warning) \\[([a-z.-]+)\\] (.+)");
    List<String> headlines = report.lines().filter(l -> !l.startsWith("  hint: ")).toList();
    assertThat(headlines).hasSize(diagnostics.size() + 1);
    for (int i = 0; i < diagnostics.size(); i++) {
      Diagnostic d = diagnostics.get(i);
      Matcher m = headline.matcher(headlines.get(i));
      assertThat(m.matches()).as(headlines.get(i)).isTrue();
      assertThat(m.group(1)).isEqualTo("site/content/" + d.position().path());
      assertThat(m.group(5)).isEqualTo(d.code());
    }
    assertThat(headlines.get(diagnostics.size())).isEqualTo("3 errors, 1 warning in 5 files.");
  }

  /** One parsed {@code ::command key=value,...::message} line, unescaped as GitHub does. */
  record Command(String name, Map<String, String> properties, String message) {
    static Command parse(String line) {
      Matcher m = Pattern.compile("::(\\w+)(?: ([^:]*))?::(.*)").matcher(line);
      assertThat(m.matches()).as("workflow command: %s", line).isTrue();
      Map<String, String> properties = new LinkedHashMap<>();
      if (m.group(2) != null) {
        for (String p : m.group(2).split(",")) {
          int eq = p.indexOf('=');
          properties.put(p.substring(0, eq), unescapeProperty(p.substring(eq + 1)));
        }
      }
      return new Command(m.group(1), properties, unescapeData(m.group(3)));
    }

    private static String unescapeData(String s) {
      return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
    }

    private static String unescapeProperty(String s) {
      return unescapeData(s.replace("%3A", ":").replace("%2C", ","));
    }
  }

  @Test
  void githubReportIsOneWorkflowCommandPerDiagnosticThatParsesBackToTheDiagnostic() {
    List<String> lines = reports.githubReport(diagnostics).lines().toList();

    assertThat(lines).hasSize(diagnostics.size());
    for (int i = 0; i < lines.size(); i++) {
      Diagnostic d = diagnostics.get(i);
      Command c = Command.parse(lines.get(i));
      assertThat(c.name()).isEqualTo(d.isError() ? "error" : "warning");
      assertThat(c.properties().get("file")).isEqualTo("site/content/" + d.position().path());
      assertThat(c.properties().get("title")).isEqualTo(d.code());
      assertThat(c.properties().get("line"))
          .isEqualTo(d.position().line() == 0 ? null : "" + d.position().line());
      assertThat(c.properties().get("col"))
          .isEqualTo(d.position().column() == 0 ? null : "" + d.position().column());
      assertThat(c.message())
          .isEqualTo(d.hint() == null ? d.message() : d.message() + "\n" + d.hint());
    }
  }

  @Test
  void githubReportEscapesTheCharactersThatWouldEndAPropertyOrTheCommand() {
    String report = reports.githubReport(diagnostics);

    assertThat(report)
        .contains("::error file=site/content/blips/Mail%2C Chat%3A 2.md,title=file.invalid-name::");
    assertThat(report).contains("'100%25 free'");
    assertThat(report).doesNotContain("100% free");
    assertThat(report.lines())
        .allMatch(l -> l.startsWith("::error ") || l.startsWith("::warning "));
  }

  @Test
  void jsonReportCountsAndListsEveryDiagnostic() throws IOException {
    JsonNode root = JSON.readTree(reports.jsonReport(diagnostics));

    assertThat(root.get("errors").asInt()).isEqualTo(3);
    assertThat(root.get("warnings").asInt()).isEqualTo(1);
    assertThat(root.get("diagnostics")).hasSize(4);
    JsonNode ring = root.get("diagnostics").get(3);
    assertThat(ring.get("file").asText()).isEqualTo("site/content/blips/ring.md");
    assertThat(ring.get("line").asInt()).isEqualTo(3);
    assertThat(ring.get("column").asInt()).isEqualTo(7);
    assertThat(ring.get("severity").asText()).isEqualTo("error");
    assertThat(ring.get("hint").asText()).contains("did you mean 'trial'?");
  }

  @Test
  void gitlabReportHasTheCodeQualityShape() throws IOException {
    JsonNode report = JSON.readTree(reports.gitlabReport(diagnostics));

    assertThat(report.isArray()).isTrue();
    assertThat(report).hasSize(diagnostics.size());
    Set<String> fingerprints = new HashSet<>();
    for (int i = 0; i < report.size(); i++) {
      JsonNode issue = report.get(i);
      Diagnostic d = diagnostics.get(i);
      assertThat(fieldNames(issue))
          .containsExactlyInAnyOrder(
              "description", "check_name", "fingerprint", "severity", "location");
      assertThat(issue.get("description").asText()).startsWith(d.message());
      assertThat(issue.get("check_name").asText()).isEqualTo(d.code());
      assertThat(issue.get("severity").asText())
          .isIn("info", "minor", "major", "critical", "blocker")
          .isEqualTo(d.isError() ? "major" : "minor");
      assertThat(fingerprints.add(issue.get("fingerprint").asText()))
          .as("unique fingerprint")
          .isTrue();
      JsonNode location = issue.get("location");
      assertThat(fieldNames(location)).containsExactlyInAnyOrder("path", "lines");
      assertThat(location.get("path").asText()).isEqualTo("site/content/" + d.position().path());
      assertThat(fieldNames(location.get("lines"))).containsExactly("begin");
      assertThat(location.get("lines").get("begin").isInt()).isTrue();
      assertThat(location.get("lines").get("begin").asInt())
          .isEqualTo(Math.max(1, d.position().line()));
    }
  }

  @Test
  void gitlabFingerprintsAreStableAndIgnoreTheLine() throws IOException {
    Diagnostic here =
        Diagnostic.error(
            "blip.unknown-ring", new SourcePosition("blips/x.md", 3, 7), "ring 'a'", null);
    Diagnostic moved =
        Diagnostic.error(
            "blip.unknown-ring", new SourcePosition("blips/x.md", 9, 7), "ring 'a'", null);
    Diagnostic other =
        Diagnostic.error(
            "blip.unknown-ring", new SourcePosition("blips/y.md", 3, 7), "ring 'a'", null);

    assertThat(fingerprint(here))
        .isEqualTo(fingerprint(moved))
        .isNotEqualTo(fingerprint(other))
        .isEqualTo(fingerprint(here))
        .matches("[0-9a-f]{32}");
  }

  private String fingerprint(Diagnostic d) throws IOException {
    return JSON.readTree(reports.gitlabReport(List.of(d))).get(0).get("fingerprint").asText();
  }

  @Test
  void sarifReportHasTheSarif21Structure() throws IOException {
    JsonNode log = JSON.readTree(reports.sarifReport(diagnostics, "1.2.3"));

    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    assertThat(log.get("$schema").asText()).endsWith("sarif-2.1.0.json");
    assertThat(log.get("runs")).hasSize(1);
    JsonNode run = log.get("runs").get(0);
    JsonNode driver = run.get("tool").get("driver");
    assertThat(driver.get("name").asText()).isEqualTo("sovereign-radar");
    assertThat(driver.get("version").asText()).isEqualTo("1.2.3");
    List<String> ruleIds = new ArrayList<>();
    driver.get("rules").forEach(r -> ruleIds.add(r.get("id").asText()));
    assertThat(ruleIds)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(
            diagnostics.stream().map(Diagnostic::code).distinct().toList());

    JsonNode results = run.get("results");
    assertThat(results).hasSize(diagnostics.size());
    for (int i = 0; i < results.size(); i++) {
      JsonNode r = results.get(i);
      Diagnostic d = diagnostics.get(i);
      assertThat(r.get("ruleId").asText()).isEqualTo(d.code());
      assertThat(ruleIds.get(r.get("ruleIndex").asInt()))
          .as("rules[ruleIndex].id")
          .isEqualTo(d.code());
      assertThat(r.get("level").asText())
          .isIn("none", "note", "warning", "error")
          .isEqualTo(d.isError() ? "error" : "warning");
      assertThat(r.get("message").get("text").asText()).startsWith(d.message());
      assertThat(r.get("locations")).hasSize(1);
      JsonNode physical = r.get("locations").get(0).get("physicalLocation");
      String uri = physical.get("artifactLocation").get("uri").asText();
      assertThat(java.net.URI.create(uri).isAbsolute())
          .as("relative URI reference: %s", uri)
          .isFalse();
      assertThat(java.net.URI.create(uri).getPath())
          .isEqualTo("site/content/" + d.position().path());
      if (d.position().line() == 0) {
        assertThat(physical.has("region")).as("a whole-file result has no region").isFalse();
      } else {
        assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(d.position().line());
        assertThat(physical.get("region").path("startColumn").asInt())
            .isEqualTo(d.position().column());
      }
    }
  }

  @Test
  void sarifUrisArePercentEncoded() {
    assertThat(MachineReports.uri("content/blips/Mail, Chat: 2.md"))
        .isEqualTo("content/blips/Mail%2C%20Chat%3A%202.md");
    assertThat(MachineReports.uri("content/blips/zürich_1~x.md"))
        .isEqualTo("content/blips/z%C3%BCrich_1~x.md");
    assertThat(MachineReports.uri("c:/x%y")).isEqualTo("c%3A/x%25y");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
