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

/** {@code radar new} as a user runs it. Tests have no terminal, as in CI: nothing is asked. */
class NewCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void writeRadar() throws IOException {
    Files.writeString(
        dir.resolve("radar.yaml"),
        """
        title: T
        quadrants: [{id: tools, title: Tools}, {id: platforms, title: Platforms}]
        rings: [{id: adopt, title: Adopt}, {id: trial, title: Trial}, {id: hold, title: Hold}]
        """);
  }

  private int run(String... args) {
    return RadarCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void createsABlipThatValidates() throws IOException {
    int code =
        run(
            "new",
            dir.toString(),
            "--title",
            "Nextcloud Hub",
            "--ring",
            "trial",
            "--quadrant",
            "tools");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .startsWith("Created " + dir.toString().replace('\\', '/') + "/blips/nextcloud-hub.md\n")
        .contains(
            "Next: fill in the empty fields and the text, then run 'radar validate " + dir + "'.");
    assertThat(Files.readString(dir.resolve("blips/nextcloud-hub.md")))
        .contains("title: Nextcloud Hub");
    // Valid, but its guidance text is still there: a warning, so --strict refuses it.
    assertThat(run("validate", dir.toString())).isZero();
    assertThat(out.toString())
        .contains("[blip.placeholder-text]")
        .contains("0 errors, 1 warning in 2 files.");
    assertThat(run("validate", "--strict", dir.toString())).isEqualTo(RadarCommand.CONTENT_ERRORS);
  }

  @Test
  void createsAProductAndSaysToReplaceIt() throws IOException {
    int code =
        run(
            "new",
            dir.toString(),
            "--product",
            "--title",
            "Microsoft Teams",
            "--vendor",
            "Microsoft Corporation",
            "--origin",
            "US",
            "--category",
            "tools");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains(
            "/products/microsoft-teams.md",
            "add 'microsoft-teams' to the replaces list of the blips that replace it");
    assertThat(run("validate", dir.toString())).isZero();
  }

  @Test
  void withoutATerminalMissingOptionsAreNamedWithAnExample() {
    int code = run("new", dir.toString(), "--title", "X");

    assertThat(code).isEqualTo(RadarCommand.USAGE_OR_IO);
    assertThat(err.toString())
        .contains(
            "radar new: --ring: a blip needs a ring\n  hint: one of adopt, trial, hold\n",
            "radar new: --quadrant: a blip needs a quadrant\n",
            "there is no terminal to ask for the missing values",
            "--title \"Example Tool\" --ring adopt --quadrant tools",
            "Nothing was written.");
    assertThat(dir.resolve("blips")).doesNotExist();
  }

  @Test
  void unknownRingIsAUsageErrorWithASuggestion() {
    int code = run("new", dir.toString(), "--title", "X", "--ring", "trail", "--quadrant", "tools");

    assertThat(code).isEqualTo(RadarCommand.USAGE_OR_IO);
    assertThat(err.toString())
        .contains(
            "radar new: --ring: ring 'trail' is not defined in radar.yaml\n"
                + "  hint: use one of adopt, trial, hold (did you mean 'trial'?)")
        .doesNotContain("no terminal");
  }

  @Test
  void neverOverwrites() throws IOException {
    Files.createDirectories(dir.resolve("blips"));
    Files.writeString(dir.resolve("blips/x.md"), "keep me");

    assertThat(run("new", dir.toString(), "--title", "X", "--ring", "adopt", "--quadrant", "tools"))
        .isEqualTo(RadarCommand.USAGE_OR_IO);
    assertThat(err.toString())
        .contains("--id: blips/x.md already exists; radar new never overwrites a file");
    assertThat(Files.readString(dir.resolve("blips/x.md"))).isEqualTo("keep me");
  }

  @Test
  void brokenRadarYamlIsReportedLikeValidateDoes() throws IOException {
    Files.writeString(
        dir.resolve("radar.yaml"), "title: T\nquadrants: [{id: tools, title: Tools}]\n");

    assertThat(run("new", dir.toString(), "--title", "X", "--ring", "adopt", "--quadrant", "tools"))
        .isEqualTo(RadarCommand.CONTENT_ERRORS);
    assertThat(err.toString())
        .contains(
            "radar.yaml",
            "error [field.required] radar.yaml needs 'rings'",
            "radar new: radar.yaml must declare the quadrants and rings first.");
  }

  @Test
  void missingContentFolderIsAnIoProblem() {
    assertThat(run("new", dir.resolve("nope").toString(), "--title", "X"))
        .isEqualTo(RadarCommand.USAGE_OR_IO);
    assertThat(err.toString()).contains("no such file or folder").doesNotContain("Exception");
  }

  @Test
  void helpListsTheCommand() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("new", "validate");
  }
}
