package eu.sovereignradar.generator.render;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.GenerationResult;
import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.InlineFiles;
import eu.sovereignradar.generator.RadarGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The internal build shows the inventory (matrix, CSV, one page per item, mentions on product and
 * blip pages); the public build leaves no byte of it. Every inventory value, the organisation and
 * its units carry the marker "zqx", so a leak anywhere, in any file, is found by scanning bytes.
 */
class InventoryBuildTest {
  private static final String MARKER = "zqx";

  private static final String INVENTORY =
      """
      === inventory/zqx-mail.md
      ---
      title: ZQX mail title
      product: google-drive
      area: collaboration
      category: collaboration
      provider: {name: ZQX provider, country: IE, parent: ZQX parent, parentCountry: US}
      serviceModel: saas
      data: {class: sensitive, personalData: true, storedIn: [IE], processedIn: [IE, US], keys: provider}
      users: 1450
      units: [zqx-unit]
      processes: [ZQX process]
      criticality: critical
      dependsOn: [zqx-directory]
      contract: {end: 2027-09-30, notice: P6M, autoRenewal: true, governingLaw: IE, exitClause: false}
      assessment:
        jurisdiction: {level: 0, evidence: ZQX evidence, assessed: 2026-10-01}
        data-location: 2
        exit: unknown
      target: nextcloud
      disposition: replace
      ---
      ZQX body of the mail item.
      === inventory/zqx-directory.md
      ---
      title: ZQX directory title
      vendor: ZQX vendor
      origin: DE
      area: business-application
      serviceModel: on-premises
      criticality: high
      users: 30
      assessment: {jurisdiction: 4, data-location: 4, operations: 4, supply-chain: 3}
      ---
      ZQX body of the directory.
      """;

  /**
   * A roadmap whose public fields (title, body, rollback, actions, phase titles) carry no marker,
   * while what stays internal even in a public roadmap does: the owner, the users (98765) and the
   * items it moves. With {@code public: false} the phase titles carry the marker too.
   */
  private static String roadmap(boolean isPublic) {
    return "roadmap:\n  public: "
        + isPublic
        + "\n  phases:\n    - id: pilot\n      title: "
        + (isPublic ? "Pilot" : "ZQX pilot phase")
        + "\n      start: 2026-09-01\n      end: 2027-03-31\n";
  }

  private static final String STEPS =
      """
      === roadmap/files-pilot.md
      ---
      title: Files pilot
      moves: [zqx-mail]
      to: nextcloud
      phase: pilot
      start: 2026-10-01
      end: 2027-03-15
      status: pilot
      effort: M
      risk: medium
      owner: ZQX owner
      users: 98765
      rollback: Back to the old drive after two failed days.
      actions:
        - lane: training
          title: Staff trained
          date: 2026-10-15
      ---
      The pilot moves the finance unit first.
      """;

  @TempDir Path dir;
  private Path content;

  @BeforeEach
  void writeContent() throws IOException {
    content = write("content", false);
  }

  private Path write(String folder, boolean publicRoadmap) throws IOException {
    String radar =
        SiteFixtures.SMALL_RADAR.replace(
            "quadrants:\n",
            "organisation:\n  name: ZQX organisation\n  units:\n    - id: zqx-unit\n"
                + "      title: ZQX unit\n"
                + roadmap(publicRoadmap)
                + "quadrants:\n");
    return InlineFiles.write(dir.resolve(folder), radar + INVENTORY + STEPS);
  }

  private GenerationResult build(Path out, boolean publicBuild) throws IOException {
    GenerationResult result =
        new RadarGenerator(
                GeneratorOptions.builder(content)
                    .outputDirectory(out)
                    .publicBuild(publicBuild)
                    .build())
            .generate();
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.written()).isTrue();
    return result;
  }

  /** Every file of the site whose bytes or path contain the marker, ignoring case. */
  private static List<String> filesWithMarker(Path site) throws IOException {
    List<String> hits = new ArrayList<>();
    try (Stream<Path> files = Files.walk(site)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String rel = site.relativize(f).toString();
        String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        if (rel.toLowerCase(Locale.ROOT).contains(MARKER)
            || bytes.toLowerCase(Locale.ROOT).contains(MARKER)) {
          hits.add(rel);
        }
      }
    }
    return hits;
  }

  @Test
  void theInternalBuildHasTheMatrixTheItemPagesTheCsvAndTheMentions() throws IOException {
    Path out = dir.resolve("internal");
    GenerationResult result = build(out, false);
    assertThat(result.files())
        .contains(
            "matrix.html", "matrix.csv", "inventory/zqx-mail.html", "inventory/zqx-directory.html");
    Document matrix = Jsoup.parse(out.resolve("matrix.html").toFile(), "UTF-8");
    assertThat(matrix.select("table.matrix tbody tr")).hasSize(2);
    // Sorted by exposure: the critical, US-controlled mail first.
    assertThat(matrix.select("table.matrix tbody tr").first().attr("data-item"))
        .isIn("zqx-mail", "zqx-directory");
    assertThat(matrix.select(".figures li").first().text())
        .contains("1 of 1 critical applications");
    assertThat(matrix.select("svg.heat-map")).hasSize(1);
    assertThat(matrix.select(".build-internal")).hasSize(1);
    assertThat(matrix.select("tr[data-item=zqx-mail] .level-0")).isNotEmpty();
    assertThat(matrix.select("tr[data-item=zqx-mail] .level-2")).isNotEmpty();
    assertThat(matrix.select("tr[data-item=zqx-mail] .level-unknown").first().text())
        .isEqualTo("? Not assessed yet");
    Document mail = Jsoup.parse(out.resolve("inventory/zqx-mail.html").toFile(), "UTF-8");
    assertThat(mail.text()).contains("ZQX evidence", "ZQX provider", "ZQX parent", "CLOUD Act");
    assertThat(mail.select("tr.alternative.target").attr("data-blip")).isEqualTo("nextcloud");
    assertThat(mail.select("a[href=../inventory/zqx-directory.html]")).hasSize(1);
    Document directory = Jsoup.parse(out.resolve("inventory/zqx-directory.html").toFile(), "UTF-8");
    assertThat(directory.select("a[href=../inventory/zqx-mail.html]").text())
        .isEqualTo("ZQX mail title");
    assertThat(
            Jsoup.parse(out.resolve("blips/nextcloud.html").toFile(), "UTF-8")
                .select(".internal-use a")
                .text())
        .isEqualTo("ZQX mail title");
    assertThat(
            Jsoup.parse(out.resolve("products/google-drive.html").toFile(), "UTF-8")
                .select(".internal-use a")
                .text())
        .isEqualTo("ZQX mail title");
    String csv = Files.readString(out.resolve("matrix.csv"));
    assertThat(csv.lines()).hasSize(3);
    assertThat(csv).contains("zqx-mail,\"ZQX mail title\",collaboration,critical,0,2");
    // Internal pages stay out of the sitemap; the internal build's search finds the applications
    // (the public build has neither the pages nor their entries, see below).
    assertThat(Files.readString(out.resolve("sitemap.xml"))).doesNotContainIgnoringCase(MARKER);
    assertThat(Files.readString(out.resolve("assets/search-index.js")))
        .contains("\"k\":\"i\",\"id\":\"zqx-mail\"");
    // radar.json is public data even in an internal build.
    assertThat(Files.readString(out.resolve("radar.json"))).doesNotContainIgnoringCase(MARKER);
  }

  @Test
  void thePublicBuildLeavesNoByteOfTheInventory() throws IOException {
    Path internal = dir.resolve("internal");
    build(internal, false);
    assertThat(filesWithMarker(internal)).as("the marker test can find the inventory").isNotEmpty();

    Path out = dir.resolve("public");
    GenerationResult result = build(out, true);
    assertThat(filesWithMarker(out)).isEmpty();
    assertThat(result.files())
        .noneMatch(
            f ->
                f.startsWith("inventory/")
                    || f.startsWith("matrix.")
                    || f.startsWith("roadmap")
                    || f.startsWith("report."));
    Document home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
    assertThat(home.select(".site-nav a").eachText()).doesNotContain("Dependency matrix");
    assertThat(home.select(".build-public")).hasSize(1);
  }

  @Test
  void aPublicRoadmapShowsItsStepsWithoutOwnersUsersOrApplications() throws IOException {
    content = write("public-roadmap", true);
    Path out = dir.resolve("public-roadmap-site");
    GenerationResult result = build(out, true);
    assertThat(result.files()).contains("roadmap.html", "roadmap/files-pilot.html");
    assertThat(result.files()).doesNotContain("report.html", "matrix.html");
    assertThat(filesWithMarker(out)).isEmpty();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(f, StandardCharsets.ISO_8859_1))
            .as("users of the step in %s", f)
            .doesNotContain("98765")
            .doesNotContain("98,765");
      }
    }
    Document step = Jsoup.parse(out.resolve("roadmap/files-pilot.html").toFile(), "UTF-8");
    assertThat(step.text()).contains("Files pilot", "Back to the old drive", "Staff trained");
    assertThat(step.select("a[href=../blips/nextcloud.html]")).isNotEmpty();
    String sitemap = Files.readString(out.resolve("sitemap.xml"));
    assertThat(sitemap).contains("roadmap.html");

    Path internal = dir.resolve("internal-roadmap-site");
    build(internal, false);
    Document roadmap = Jsoup.parse(internal.resolve("roadmap.html").toFile(), "UTF-8");
    assertThat(roadmap.select("table.steps a[href=inventory/zqx-mail.html]")).hasSize(1);
    assertThat(roadmap.text()).contains("98,765");
    Document mail = Jsoup.parse(internal.resolve("inventory/zqx-mail.html").toFile(), "UTF-8");
    assertThat(mail.select("a[href=../roadmap/files-pilot.html]")).hasSize(1);
  }

  @Test
  void aRadarWithoutInventorySaysNothingAboutBuilds() throws IOException {
    Path plain = InlineFiles.write(dir.resolve("plain"), SiteFixtures.SMALL_RADAR);
    Path out = dir.resolve("plain-site");
    new RadarGenerator(GeneratorOptions.builder(plain).outputDirectory(out).build()).generate();
    Document home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
    assertThat(home.select(".build-kind")).isEmpty();
    assertThat(Files.exists(out.resolve("matrix.html"))).isFalse();
  }
}
