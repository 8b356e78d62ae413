package eu.sovereignradar.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code radar import} and {@code radar export} as a user runs them: messages and exit codes. */
class ImportExportCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return RadarCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void unknownFormatIsAUsageErrorWithASuggestion() {
    assertThat(run("import", "byor-cvs", "x.csv", "-o", dir.toString())).isEqualTo(2);
    assertThat(err.toString())
        .contains("'byor-cvs' is not an import format")
        .contains("did you mean 'byor-csv'?");
  }

  @Test
  void missingSourceIsAnIoError() {
    assertThat(run("import", "zalando", dir.resolve("nope.json").toString(), "-o", dir.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("radar import: ").contains("nope.json");
    assertThat(err.toString()).doesNotContain("Exception");
  }

  @Test
  void brokenJsonNamesFileAndLineAndWritesNothing() throws IOException {
    Path source = dir.resolve("techradar.json");
    Files.writeString(source, "{\n  \"entries\": [\n    {\"title\": \"A\",,}\n  ]\n}\n");
    Path content = dir.resolve("content");
    assertThat(run("import", "backstage", source.toString(), "-o", content.toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains(source + ":3: not valid JSON");
    assertThat(content).doesNotExist();
  }

  @Test
  void entriesThatCannotBeMappedAreListedAndExitWithOne() throws IOException {
    Path source = dir.resolve("radar.csv");
    Files.writeString(
        source,
        "name,ring,quadrant,isNew,description\nA,Adopt,Tools,FALSE,x\n,Hold,Tools,FALSE,y\n");
    Path content = dir.resolve("content");
    assertThat(run("import", "byor-csv", source.toString(), "-o", content.toString())).isEqualTo(1);
    assertThat(out.toString()).contains("Wrote " + content + "/blips/a.md");
    assertThat(err.toString()).contains("Not imported: " + source + ":3: the entry has no name");
    assertThat(run("validate", content.toString())).isZero();
  }

  @Test
  void exportRefusesInvalidContentAndWritesNothing() throws IOException {
    Path content = dir.resolve("content");
    Files.createDirectories(content.resolve("blips"));
    Files.writeString(
        content.resolve("radar.yaml"),
        "title: T\nquadrants: [{id: tools, title: Tools}]\nrings: [{id: adopt, title: Adopt}]\n");
    Files.writeString(
        content.resolve("blips/x.md"), "---\ntitle: X\nring: adpot\nquadrant: tools\n---\nx\n");
    Path file = dir.resolve("out.json");
    assertThat(run("export", "json", content.toString(), "-o", file.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("blips/x.md:3").contains("nothing was written");
    assertThat(file).doesNotExist();
  }

  @Test
  void exportJsonOfTheSampleHasNoInventory() throws IOException {
    Path file = dir.resolve("radar.json");
    assertThat(run("export", "json", "../content", "-o", file.toString())).isZero();
    String json = Files.readString(file);
    assertThat(json)
        .contains("\"format\" : \"sovereign-radar/1\"")
        .contains("\"id\" : \"nextcloud\"");
    assertThat(json)
        .doesNotContain("Example Region")
        .doesNotContain("exchange-online")
        .doesNotContain("wave-1");
  }

  @Test
  void inventoryMapToAnUnknownFieldIsAUsageError() throws IOException {
    Path content = dir.resolve("content");
    Files.createDirectories(content);
    Files.writeString(
        content.resolve("radar.yaml"),
        "title: T\nquadrants: [{id: tools, title: Tools}]\nrings: [{id: adopt, title: Adopt}]\n");
    Path source = dir.resolve("apps.csv");
    Files.writeString(source, "Tool\nSlack\n");
    assertThat(
            run(
                "import",
                "inventory-csv",
                source.toString(),
                "-o",
                content.toString(),
                "--map",
                "Tool=titel"))
        .isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "radar import: --map 'Tool=titel': 'titel' is not an inventory field (did you mean"
                + " 'title'?)");
    assertThat(content.resolve("inventory")).doesNotExist();
  }

  @Test
  void internalIsForJsonOnly() {
    assertThat(
            run(
                "export",
                "byor-csv",
                "../content",
                "-o",
                dir.resolve("x.csv").toString(),
                "--internal"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--internal works with the json format only");
    assertThat(dir.resolve("x.csv")).doesNotExist();
  }
}
