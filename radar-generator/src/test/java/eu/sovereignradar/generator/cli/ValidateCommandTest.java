package eu.sovereignradar.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void writeRadar() throws IOException {
    Files.writeString(
        dir.resolve("radar.yaml"),
        """
        title: T
        quadrants: [{id: tools, title: Tools}]
        rings: [{id: adopt, title: Adopt}, {id: hold, title: Hold}]
        """);
    Files.createDirectories(dir.resolve("blips"));
  }

  private int run(String... args) {
    return RadarCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private void blip(String id, String yaml, String body) throws IOException {
    Files.writeString(dir.resolve("blips/" + id + ".md"), "---\n" + yaml + "---\n" + body);
  }

  @Test
  void validContentExitsZero() throws IOException {
    blip("x", "title: X\nring: adopt\nquadrant: tools\n", "Body.\n");
    assertThat(run("validate", dir.toString())).isZero();
    assertThat(out.toString()).contains("0 errors, 0 warnings in 2 files.");
  }

  @Test
  void contentErrorsExitOneWithFileAndLine() throws IOException {
    blip("x", "title: X\nring: adpt\nquadrant: tools\n", "Body.\n");
    assertThat(run("validate", dir.toString())).isEqualTo(1);
    assertThat(out.toString())
        .contains(
            "blips/x.md:3:7: error [blip.unknown-ring] ring 'adpt' is not defined",
            "hint: use one of adopt, hold (did you mean 'adopt'?)");
  }

  @Test
  void warningsFailOnlyWithStrict() throws IOException {
    blip("x", "title: X\nring: adopt\nquadrant: tools\ncolour: red\n", "Body.\n");
    assertThat(run("validate", dir.toString())).isZero();
    assertThat(run("validate", "--strict", dir.toString())).isEqualTo(1);
  }

  @Test
  void missingFolderIsAnIoProblem() {
    assertThat(run("validate", dir.resolve("nope").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("no such file or folder").doesNotContain("Exception");
  }

  @Test
  void unknownOptionIsAUsageProblem() {
    assertThat(run("validate", "--frmat", "json")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown option '--frmat' (did you mean '--format'?)");
  }

  @Test
  void jsonGoesToStandardOutputAndTextToStandardError() throws IOException {
    blip("x", "title: X\nring: hold\nquadrant: nowhere\n", "Body.\n");
    assertThat(run("validate", "--format", "json", dir.toString())).isEqualTo(1);
    assertThat(out.toString()).startsWith("{").contains("\"code\" : \"blip.unknown-quadrant\"");
    assertThat(err.toString()).contains("error [blip.unknown-quadrant]");
  }

  @Test
  void githubFormatAlsoPrintsTheTextReport() throws IOException {
    blip("x", "title: X\nring: hold\nquadrant: nowhere\n", "Body.\n");
    assertThat(run("validate", "--format", "github", dir.toString())).isEqualTo(1);
    assertThat(out.toString())
        .contains(
            "::error file=",
            ",line=4,col=11,title=blip.unknown-quadrant::",
            "1 error, 0 warnings in 2 files.");
  }
}
