package eu.sovereignradar.generator.interop;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.GenerationResult;
import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.ImportResult;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.ValidationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each format's import, from fixtures written after its project's own example files (named on each
 * test), never fetched: what lands in radar.yaml and the blips, that the folder validates without
 * errors, what is reported as not imported, and that hostile text lands inert on the built page.
 */
class ImportFormatsTest {
  @TempDir Path dir;

  private ImportResult.Done importFile(String format, String name, String text, Path content)
      throws IOException {
    Path source = dir.resolve(name);
    Files.writeString(source, text, StandardCharsets.UTF_8);
    return (ImportResult.Done)
        new RadarGenerator(GeneratorOptions.builder(content).build())
            .importFrom(format, source, false);
  }

  private static ValidationResult validate(Path content) throws IOException {
    return new RadarGenerator(GeneratorOptions.builder(content).build()).validate();
  }

  private Document builtPage(Path content, String id) throws IOException {
    Path site = dir.resolve("site-" + content.getFileName());
    GenerationResult r =
        new RadarGenerator(GeneratorOptions.builder(content).outputDirectory(site).build())
            .generate();
    assertThat(r.errorCount()).isZero();
    return Jsoup.parse(site.resolve("blips/" + id + ".html").toFile(), "UTF-8");
  }

  private static void assertInert(Document page) {
    assertThat(page.select("main script, main iframe, main img[onerror], main [onclick]"))
        .isEmpty();
    assertThat(page.select("a[href^=javascript], a[href^=JaVaScRiPt], a[href^=' javascript']"))
        .isEmpty();
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** thoughtworks/build-your-own-radar spec/end_to_end_tests/resources/localfiles/radar.csv. */
  static final String BYOR_CSV =
      """
      "name","ring","quadrant","isNew","description"
      Dependency drift fitness function,Adopt,Techniques,FALSE,"<p>Fitness functions introduced by <a href=""/radar/Techniques/evolutionary-architecture"">evolutionary architecture</a>, see <a href=""https://example.org/a"">a</a>.</p>"
      "Use ""remote native"" processes",Trial,Techniques,FALSE,"<p>Two
      lines.</p>"
      Zürich Straße,Assess,Tools,TRUE,"<p>Hi<script>alert(1)</script> <a href=""javascript:alert(2)"">x</a></p>"
      ,Hold,Tools,FALSE,no name
      Gradle,Adpot,Tools,FALSE,typo
      Dependency drift fitness function,Hold,Tools,FALSE,duplicate
      """;

  @Test
  void byorCsv() throws IOException {
    Path content = dir.resolve("c");
    ImportResult.Done done = importFile("byor-csv", "radar.csv", BYOR_CSV, content);
    assertThat(done.written())
        .containsExactly(
            content + "/radar.yaml",
            content + "/blips/dependency-drift-fitness-function.md",
            content + "/blips/use-remote-native-processes.md",
            content + "/blips/zuerich-strasse.md",
            content + "/blips/gradle.md");
    // The typo'd ring became a ring of its own: without a radar.yaml, the sheet's rings are the
    // radar's.
    assertThat(read(content.resolve("radar.yaml")))
        .contains("  - id: techniques\n    title: \"Techniques\"")
        .contains("  - id: adopt\n")
        .contains("  - id: adpot\n");
    assertThat(done.problems())
        .containsExactly(
            dir.resolve("radar.csv") + ":6: the entry has no name; not imported",
            dir.resolve("radar.csv")
                + ":8: 'Dependency drift fitness function' is a duplicate of the entry at "
                + dir.resolve("radar.csv")
                + ":2; not imported");
    assertThat(read(content.resolve("blips/dependency-drift-fitness-function.md")))
        .isEqualTo(
            """
            ---
            title: "Dependency drift fitness function"
            ring: adopt
            quadrant: techniques
            ---
            Fitness functions introduced by evolutionary architecture, see [a](https://example.org/a).
            """);
    assertThat(validate(content).errorCount()).isZero();
    Document page = builtPage(content, "zuerich-strasse");
    assertInert(page);
    assertThat(read(content.resolve("blips/zuerich-strasse.md"))).doesNotContain("script");
  }

  @Test
  void byorCsvIntoAnExistingRadarMatchesItsRingsAndReportsUnknownOnes() throws IOException {
    Path content = dir.resolve("existing");
    Files.createDirectories(content);
    Files.writeString(
        content.resolve("radar.yaml"),
        "title: T\nquadrants: [{id: tools, title: Tools}, {id: techniques, title: Techniques}]\n"
            + "rings: [{id: adopt, title: Adopt}, {id: trial, title: Trial}, {id: assess, title:"
            + " Assess}, {id: hold, title: Hold}]\n");
    ImportResult.Done done = importFile("byor-csv", "radar.csv", BYOR_CSV, content);
    assertThat(done.written()).doesNotContain(content + "/radar.yaml").hasSize(3);
    assertThat(done.problems())
        .contains(
            dir.resolve("radar.csv")
                + ":7: 'Gradle': ring 'Adpot' is not one of adopt, trial, assess, hold; not"
                + " imported");
    assertThat(validate(content).errorCount()).isZero();
  }

  @Test
  void importNeverOverwritesWithoutForce() throws IOException {
    Path content = dir.resolve("twice");
    importFile("byor-csv", "radar.csv", BYOR_CSV, content);
    Path blip = content.resolve("blips/gradle.md");
    Files.writeString(blip, read(blip).replace("ring: adpot", "ring: hold"));
    String edited = read(blip);
    ImportResult.Done again = importFile("byor-csv", "radar.csv", BYOR_CSV, content);
    assertThat(again.written()).isEmpty();
    assertThat(again.kept()).contains(content + "/blips/gradle.md");
    assertThat(read(blip)).isEqualTo(edited);
    ImportResult.Done forced =
        (ImportResult.Done)
            new RadarGenerator(GeneratorOptions.builder(content).build())
                .importFrom("byor-csv", dir.resolve("radar.csv"), true);
    assertThat(forced.written()).contains(content + "/blips/gradle.md");
    assertThat(read(blip)).contains("ring: adpot");
  }

  /** The same rows as BYOR's JSON source (README, "Using a JSON file"). */
  @Test
  void byorJson() throws IOException {
    Path content = dir.resolve("j");
    ImportResult.Done done =
        importFile(
            "byor-json",
            "radar.json",
            """
            [
              {"name": "Composer", "ring": "adopt", "quadrant": "tools", "isNew": "TRUE",
               "description": "<p>Hostile <b>bold</b><script>alert(1)</script></p>"},
              {"name": "Canary builds", "ring": "trial", "quadrant": "techniques", "isNew": "FALSE",
               "description": "<a href='javascript:alert(1)'>x</a>"},
              "not an object"
            ]
            """,
            content);
    assertThat(done.written()).hasSize(3);
    assertThat(done.problems())
        .containsExactly(
            dir.resolve("radar.json") + ":6: an entry must be an object; not imported");
    assertThat(read(content.resolve("blips/composer.md"))).endsWith("---\nHostile **bold**\n");
    assertThat(validate(content).errorCount()).isZero();
    assertInert(builtPage(content, "canary-builds"));
  }

  /** zalando/tech-radar docs/config.json: {date, entries} with integer indices. */
  @Test
  void zalando() throws IOException {
    Path content = dir.resolve("z");
    ImportResult.Done done =
        importFile(
            "zalando",
            "config.json",
            """
            {
              "date": "2023.10",
              "entries": [
                {
                  "quadrant": 3,
                  "ring": 1,
                  "label": "Flink",
                  "link": "https://engineering.zalando.com/tags/apache-flink.html",
                  "active": true,
                  "moved": 0
                },
                {"quadrant": 2, "ring": 0, "label": "<script>alert(1)</script>", "link": "javascript:alert(1)", "active": true, "moved": 0},
                {"quadrant": 7, "ring": 0, "label": "Out of range", "active": true, "moved": 0}
              ]
            }
            """,
            content);
    assertThat(read(content.resolve("radar.yaml")))
        .contains("title: \"Languages\"")
        .contains("id: data-management")
        .contains("id: adopt\n    title: \"ADOPT\"\n    color: \"#5ba300\"");
    assertThat(read(content.resolve("blips/flink.md")))
        .contains("ring: trial\nquadrant: data-management\n")
        .contains("website: \"https://engineering.zalando.com/tags/apache-flink.html\"");
    assertThat(done.problems())
        .containsExactly(
            dir.resolve("config.json")
                + ":13: 'Out of range': quadrant 7 is not an index from 0 to 3; not imported");
    String hostile = read(content.resolve("blips/script-alert-1-script.md"));
    assertThat(hostile).doesNotContain("website");
    assertThat(validate(content).errorCount()).isZero();
    assertInert(builtPage(content, "script-alert-1-script"));
  }

  /** backstage/backstage plugins/tech-radar/src/techradar.json. */
  @Test
  void backstage() throws IOException {
    Path content = dir.resolve("b");
    importFile(
        "backstage",
        "techradar.json",
        """
        {
          "title": "Our radar",
          "rings": [
            {"id": "use", "name": "USE", "color": "#93c47d", "description": "Use it"},
            {"id": "trial", "name": "TRIAL", "color": "#93d2c2"},
            {"id": "hold", "name": "HOLD", "color": "#efafa9"}
          ],
          "quadrants": [{"id": "infrastructure", "name": "Infrastructure"}, {"id": "methodsprocess", "name": "Methods & Process"}],
          "entries": [
            {
              "key": "accessibility", "id": "accessibility", "title": "Accessibility",
              "quadrant": "methodsprocess", "url": "#",
              "timeline": [
                {"moved": 1, "ringId": "use", "date": "2021-03-01",
                 "description": "<p><b>Accessibility</b> is a practice. <a href=\\"https://developer.mozilla.org/x\\">More</a></p>"},
                {"moved": 0, "ringId": "trial", "date": "2020-01-15", "description": "First look"}
              ]
            },
            {
              "key": "apachekafka", "id": "apachekafka", "title": "Apache Kafka",
              "quadrant": "infrastructure", "url": "https://kafka.apache.org/",
              "description": "Markdown **body** with <img src=x onerror=alert(1)> and [x](javascript:alert(2))",
              "timeline": [{"moved": 0, "ringId": "hold", "date": "2021-04-02"}]
            }
          ]
        }
        """,
        content);
    assertThat(read(content.resolve("radar.yaml")))
        .contains("title: \"Our radar\"")
        .contains(
            "  - id: use\n    title: \"USE\"\n    description: \"Use it\"\n    color: \"#93c47d\"");
    assertThat(read(content.resolve("blips/accessibility.md")))
        .isEqualTo(
            """
            ---
            title: "Accessibility"
            ring: use
            quadrant: methodsprocess
            history:
              - date: 2020-01-15
                ring: trial
                note: "First look"
              - date: 2021-03-01
                ring: use
                note: "Accessibility is a practice. More"
            ---
            """);
    String kafka = read(content.resolve("blips/apachekafka.md"));
    assertThat(kafka)
        .contains("website: \"https://kafka.apache.org/\"")
        .contains("with \\<img src=x")
        .contains("**body**");
    assertThat(validate(content).errorCount()).isZero();
    assertInert(builtPage(content, "apachekafka"));
  }

  /**
   * AOEpeople/aoe_technology_radar: data/config.default.json (quadrants, rings) and
   * data/radar/2017-03-01/demo-1.md (front matter title, ring, quadrant, tags; Markdown body).
   */
  @Test
  void aoe() throws IOException {
    Path aoe = dir.resolve("aoe");
    Files.createDirectories(aoe.resolve("radar/2017-03-01"));
    Files.createDirectories(aoe.resolve("radar/2018-03-01"));
    Files.createDirectories(aoe.resolve("radar/notadate"));
    Files.writeString(
        aoe.resolve("config.json"),
        """
        {"quadrants": [{"id": "methods-and-patterns", "title": "Methods & Patterns", "description": "How", "color": "#588157"},
                       {"id": "tools", "title": "Tools", "description": "", "color": "#40713f"}],
         "rings": [{"id": "adopt", "title": "Adopt", "description": "", "color": "#588157", "radius": 0.5},
                   {"id": "assess", "title": "Assess", "description": "", "color": "#bc6c25", "radius": 0.85}],
         "labels": {"title": "Technology Radar"}}
        """);
    Files.writeString(
        aoe.resolve("radar/2017-03-01/demo-1.md"),
        "---\ntitle: \"Demo 1\"\nring: assess\nquadrant: methods-and-patterns\ntags: [coding]\n---\n\n"
            + "This is a demo entry.\n");
    Files.writeString(
        aoe.resolve("radar/2018-03-01/demo-1.md"),
        "---\nring: adopt\n---\n\nNow adopted. <script>alert(1)</script>\n\n"
            + "<img src=x onerror=alert(2)>\n");
    Files.writeString(aoe.resolve("radar/2018-03-01/broken.md"), "no front matter\n");
    Path content = dir.resolve("a");
    ImportResult.Done done =
        (ImportResult.Done)
            new RadarGenerator(GeneratorOptions.builder(content).build())
                .importFrom("aoe", aoe, false);
    assertThat(done.problems())
        .containsExactly(
            aoe
                + "/radar/2018-03-01/broken.md:1: an AOE item starts with front matter between"
                + " '---' lines; not imported",
            aoe
                + "/radar/notadate: a release folder is named by its date, YYYY-MM-DD; not imported");
    assertThat(read(content.resolve("radar.yaml")))
        .contains("title: \"Technology Radar\"")
        .contains(
            "edition:\n  id: \"2018-03-01\"\n  date: 2018-03-01\n  previousDate: 2017-03-01\n");
    String blip = read(content.resolve("blips/demo-1.md"));
    assertThat(blip)
        .startsWith(
            """
            ---
            title: "Demo 1"
            ring: adopt
            quadrant: methods-and-patterns
            tags: [coding]
            history:
              - date: 2017-03-01
                ring: assess
                note: "This is a demo entry."
              - date: 2018-03-01
                ring: adopt
            ---
            Now adopted. \\<script>alert(1)\\</script>
            """);
    assertThat(validate(content).errorCount()).isZero();
    assertInert(builtPage(content, "demo-1"));
  }

  /** Two names with the same derived id: the later gets -2, and a note says so. */
  @Test
  void idCollisionsAreResolvedVisibly() throws IOException {
    Path content = dir.resolve("collide");
    ImportResult.Done done =
        importFile(
            "byor-csv",
            "radar.csv",
            "name,ring,quadrant,isNew,description\nC++,Adopt,Languages,FALSE,\nC,Adopt,Languages,FALSE,\nCon,Adopt,Languages,FALSE,\n",
            content);
    assertThat(done.written())
        .containsExactly(
            content + "/radar.yaml",
            content + "/blips/c.md",
            content + "/blips/c-2.md",
            content + "/blips/blip-con.md");
    assertThat(done.notes())
        .containsExactly(
            dir.resolve("radar.csv")
                + ":3: 'C' would have the id 'c' of an earlier entry; written as 'c-2'");
    assertThat(read(content.resolve("blips/c-2.md"))).contains("title: \"C\"\n");
    assertThat(validate(content).errorCount()).isZero();
  }
}
