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

class BuildCommandTest {
  @TempDir Path dir;
  private Path content;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void writeRadar() throws IOException {
    content = Files.createDirectories(dir.resolve("content/blips"));
    content = content.getParent();
    Files.writeString(
        content.resolve("radar.yaml"),
        """
        title: T
        quadrants: [{id: tools, title: Tools}]
        rings: [{id: adopt, title: Adopt}, {id: hold, title: Hold}]
        """);
  }

  private int run(String... args) {
    return RadarCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private void blip(String id, String yaml) throws IOException {
    Files.writeString(content.resolve("blips/" + id + ".md"), "---\n" + yaml + "---\nBody.\n");
  }

  @Test
  void buildsTheSiteAndExitsZero() throws IOException {
    blip("x", "title: X\nring: adopt\nquadrant: tools\n");
    Path site = dir.resolve("site");
    assertThat(run("build", content.toString(), "-o", site.toString())).isZero();
    assertThat(site.resolve("index.html")).exists();
    assertThat(site.resolve("blips/x.html")).exists();
    assertThat(out.toString()).contains("0 errors, 0 warnings", "Site written to " + site);
  }

  @Test
  void contentErrorsExitOneAndWriteNothing() throws IOException {
    blip("x", "title: X\nring: adpt\nquadrant: tools\n");
    Path site = dir.resolve("site");
    assertThat(run("build", content.toString(), "--output", site.toString())).isEqualTo(1);
    assertThat(out.toString()).contains("error [blip.unknown-ring]", "No site written.");
    assertThat(site).doesNotExist();
  }

  @Test
  void warningsBuildNothingWithStrict() throws IOException {
    blip("x", "title: X\nring: adopt\nquadrant: tools\ncolour: red\n");
    assertThat(run("build", content.toString(), "-o", dir.resolve("strict").toString(), "--strict"))
        .isEqualTo(1);
    assertThat(dir.resolve("strict")).doesNotExist();
    assertThat(run("build", content.toString(), "-o", dir.resolve("lenient").toString())).isZero();
  }

  @Test
  void anUnsafeOutputFolderIsAUsageProblem() throws IOException {
    blip("x", "title: X\nring: adopt\nquadrant: tools\n");
    assertThat(run("build", content.toString(), "-o", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("the output folder contains the content folder");
  }

  @Test
  void aMissingTemplateFolderIsAnIoProblem() throws IOException {
    blip("x", "title: X\nring: adopt\nquadrant: tools\n");
    assertThat(
            run(
                "build",
                content.toString(),
                "-o",
                dir.resolve("site").toString(),
                "--templates",
                dir.resolve("nope").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("the template folder does not exist");
  }

  @Test
  void isListedInTheHelp() {
    run("--help");
    assertThat(out.toString()).contains("build");
  }
}
