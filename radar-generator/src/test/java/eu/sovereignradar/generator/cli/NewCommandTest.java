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
  void langCreatesATranslationWithTheSourceTextsThatValidates() throws IOException {
    Files.writeString(
        dir.resolve("radar.yaml"),
        Files.readString(dir.resolve("radar.yaml"))
            .replace("title: T\n", "title: T\nlanguages: [en, fr]\n"));
    Files.createDirectories(dir.resolve("blips"));
    Files.writeString(
        dir.resolve("blips/x.md"),
        """
        ---
        title: X
        ring: adopt
        quadrant: tools
        summary: "Files: shared, with \\"quotes\\"."
        links:
          - title: Docs
            url: https://x.example/docs
        history:
          - date: 2025-01-01
            ring: adopt
            note: In production.
        reviewed: 2026-11-01
        ---
        ## Body

        Text.
        """);

    int code = run("new", dir.toString(), "--lang", "fr", "x");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("Created ").contains("blips/x.fr.md");
    String draft = Files.readString(dir.resolve("blips/x.fr.md"));
    assertThat(draft)
        .contains("translatedFrom: 2026-11-01\n")
        .contains("summary: \"Files: shared, with \\\"quotes\\\".\"\n")
        .contains("  - url: \"https://x.example/docs\"\n    title: \"Docs\"\n")
        .contains("  - date: \"2025-01-01\"\n    note: \"In production.\"\n")
        .doesNotContain("ring:")
        .endsWith("---\n## Body\n\nText.\n");
    // The draft is a valid translation: only the missing one of radar.yaml is left to do.
    assertThat(run("validate", dir.toString())).isZero();
    assertThat(out.toString())
        .contains("0 errors, 1 warning")
        .contains("radar.yaml:1: warning [translation.missing]");
    // Never overwritten; a language radar.yaml does not list is refused.
    assertThat(run("new", dir.toString(), "--lang", "fr", "x")).isEqualTo(RadarCommand.USAGE_OR_IO);
    assertThat(err.toString()).contains("blips/x.fr.md exists already");
    assertThat(run("new", dir.toString(), "--lang", "de", "x")).isEqualTo(RadarCommand.USAGE_OR_IO);
    assertThat(err.toString()).contains("'de' is not one of radar.yaml's languages");
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
