package eu.sovereignradar.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's promise: a content folder with ten different mistakes gives ten diagnostics, each at
 * the right file, line and column, in one run, whatever the report format.
 */
class TenMistakesTest {
  /** {@code path:line:col code}, in the report's order (by file, then line). */
  private static final List<String> EXPECTED =
      List.of(
          "blips/a.md:3:7 blip.unknown-ring",
          "blips/b.md:4:11 blip.unknown-quadrant",
          "blips/c.md:5:10 field.invalid-licence",
          "blips/d.md:5:9 field.invalid-country",
          "blips/e.md:5:11 field.invalid-hosting",
          "blips/f.md:5:10 field.invalid-url",
          "blips/g.md:5:11 field.invalid-date",
          "blips/h.md:2:1 field.required",
          "blips/i.md:7:12 blip.unknown-product",
          // Column 14 is the ': ' after "Mail", where YAML stops making sense of the line.
          "blips/j.md:5:14 yaml.syntax");

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void writeTenMistakes() throws IOException {
    write(
        "radar.yaml",
        """
        title: T
        quadrants: [{id: tools, title: Tools}]
        rings: [{id: adopt, title: Adopt}, {id: trial, title: Trial}]
        """);
    blip("a", "title: A\nring: trail\nquadrant: tools\n");
    blip("b", "title: B\nring: adopt\nquadrant: tols\n");
    blip("c", "title: C\nring: adopt\nquadrant: tools\nlicence: GPL-3\n");
    blip("d", "title: D\nring: adopt\nquadrant: tools\norigin: UK\n");
    blip("e", "title: E\nring: adopt\nquadrant: tools\nhosting: [cloud]\n");
    blip("f", "title: F\nring: adopt\nquadrant: tools\nwebsite: javascript:alert(1)\n");
    blip("g", "title: G\nring: adopt\nquadrant: tools\nreviewed: 2026-13-01\n");
    blip("h", "ring: adopt\nquadrant: tools\n");
    blip(
        "i",
        "title: I\nring: adopt\nquadrant: tools\nlicence: MIT\norigin: DE\nreplaces: [zoom]\n");
    blip("j", "title: J\nring: adopt\nquadrant: tools\nsummary: Mail: self-hosted\n");
  }

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private void blip(String id, String yaml) throws IOException {
    write("blips/" + id + ".md", "---\n" + yaml + "---\nAssessment.\n");
  }

  private int run(String... args) {
    return RadarCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private String relative(String path) {
    String prefix = dir.toString().replace('\\', '/') + "/";
    assertThat(path).startsWith(prefix);
    return path.substring(prefix.length());
  }

  @Test
  void textReportListsTenDiagnosticsAtTheirPlaces() {
    assertThat(run("validate", dir.toString())).isEqualTo(RadarCommand.CONTENT_ERRORS);

    Pattern headline = Pattern.compile("(.+?):(\\d+):(\\d+): error \\[([a-z.-]+)\\] .+");
    List<String> found = new ArrayList<>();
    for (String line : out.toString().lines().toList()) {
      Matcher m = headline.matcher(line);
      if (m.matches()) {
        found.add(relative(m.group(1)) + ":" + m.group(2) + ":" + m.group(3) + " " + m.group(4));
      }
    }
    assertThat(found).containsExactlyElementsOf(EXPECTED);
    assertThat(out.toString()).endsWith("10 errors, 0 warnings in 11 files.\n");
  }

  @Test
  void githubReportAnnotatesTenLinesAndStillPrintsTheText() {
    assertThat(run("validate", "--format", "github", dir.toString()))
        .isEqualTo(RadarCommand.CONTENT_ERRORS);

    Pattern command =
        Pattern.compile("::error file=([^,]+),line=(\\d+),col=(\\d+),title=([a-z.-]+)::.+");
    List<String> found = new ArrayList<>();
    for (String line : out.toString().lines().toList()) {
      Matcher m = command.matcher(line);
      if (m.matches()) {
        found.add(relative(m.group(1)) + ":" + m.group(2) + ":" + m.group(3) + " " + m.group(4));
      }
    }
    assertThat(found).containsExactlyElementsOf(EXPECTED);
    assertThat(out.toString()).contains("10 errors, 0 warnings in 11 files.");
  }

  @Test
  void jsonReportHoldsTenDiagnosticsAtTheirPlaces() throws IOException {
    assertThat(run("validate", "--format", "json", dir.toString()))
        .isEqualTo(RadarCommand.CONTENT_ERRORS);

    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertThat(root.get("errors").asInt()).isEqualTo(10);
    List<String> found = new ArrayList<>();
    for (JsonNode d : root.get("diagnostics")) {
      found.add(
          relative(d.get("file").asText())
              + ":"
              + d.get("line").asInt()
              + ":"
              + d.get("column").asInt()
              + " "
              + d.get("code").asText());
    }
    assertThat(found).containsExactlyElementsOf(EXPECTED);
    assertThat(err.toString())
        .as("people still get the text report")
        .contains("10 errors, 0 warnings in 11 files.");
  }

  @Test
  void absoluteContentPathsInsideTheWorkingDirectoryAreShownRelative() {
    Path work = dir.resolve("repo");
    assertThat(
            eu.sovereignradar.generator.diagnostic.DiagnosticFormatter.displayPrefix(
                work.resolve("content"), work))
        .isEqualTo("content");
    assertThat(
            eu.sovereignradar.generator.diagnostic.DiagnosticFormatter.displayPrefix(
                work.resolve("a/../site/content"), work))
        .isEqualTo(Path.of("site", "content").toString());
    assertThat(
            eu.sovereignradar.generator.diagnostic.DiagnosticFormatter.displayPrefix(
                dir.resolve("elsewhere"), work))
        .isEqualTo(dir.resolve("elsewhere").toString());
    assertThat(
            eu.sovereignradar.generator.diagnostic.DiagnosticFormatter.displayPrefix(
                Path.of("content"), work))
        .isEqualTo("content");
  }

  @Test
  void gitlabReportFileHoldsTenIssuesAtTheirLines() throws IOException {
    Path report = dir.resolve("gl-code-quality-report.json");
    assertThat(
            run(
                "validate",
                "--format",
                "gitlab",
                "--report-file",
                report.toString(),
                dir.toString()))
        .isEqualTo(RadarCommand.CONTENT_ERRORS);

    List<String> found = new ArrayList<>();
    for (JsonNode issue : new ObjectMapper().readTree(Files.readString(report))) {
      found.add(
          relative(issue.at("/location/path").asText())
              + ":"
              + issue.at("/location/lines/begin").asInt()
              + " "
              + issue.get("check_name").asText());
    }
    assertThat(found)
        .containsExactlyElementsOf(
            EXPECTED.stream().map(e -> e.replaceFirst(":\\d+ ", " ")).toList());
    assertThat(out.toString()).contains("gitlab report written to " + report);
  }
}
