package eu.sovereignradar.generator.render;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.GenerationResult;
import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.InlineFiles;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.Product;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.model.Replacement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Product pages, the comparisons overview and their links, checked with jsoup on a small radar:
 * four products (one without alternatives), six blips across three quadrants and four rings.
 */
class ComparisonPagesTest {
  static final String RADAR =
      """
      === radar.yaml
      title: Compare Radar
      quadrants:
        - id: communication
          title: Communication
          capabilities:
            - id: chat
              title: Group chat
            - id: e2ee
              title: End-to-end encryption
        - id: collaboration
          title: Collaboration
          capabilities:
            - id: e2ee
              title: End-to-end encryption
        - id: infrastructure
          title: Infrastructure
      rings:
        - id: adopt
          title: Adopt
        - id: trial
          title: Trial
        - id: assess
          title: Assess
        - id: hold
          title: Hold
      === products/teams.md
      ---
      title: Teams
      vendor: Microsoft Corporation
      origin: US
      category: communication
      summary: Chat and meetings.
      jurisdiction: Subject to US law wherever the data centre is.
      ---
      Meetings, chat and files tied to one vendor.
      === products/slack.md
      ---
      title: Slack
      vendor: Salesforce, Inc.
      origin: US
      category: communication
      ---
      Chat in a US cloud.
      === products/drive.md
      ---
      title: Drive
      vendor: Google LLC
      origin: US
      category: collaboration
      ---
      Files in a US cloud.
      === products/aws.md
      ---
      title: AWS
      vendor: Amazon.com, Inc.
      origin: US
      category: infrastructure
      ---
      Compute in a US cloud.
      === products/zoom.md
      ---
      title: Zoom
      vendor: Zoom Communications, Inc.
      origin: US
      category: communication
      ---
      Meetings in a US cloud.
      === blips/matrix.md
      ---
      title: Matrix
      ring: trial
      quadrant: communication
      summary: Federated, encrypted chat.
      licence: Apache-2.0
      vendor: The Matrix.org Foundation
      origin: GB
      hosting: [self-hosted, saas-eu]
      replaces:
        - product: teams
          coverage: partial
          notes: No meetings of its own.
        - slack
      capabilities:
        chat: yes
        e2ee:
          value: yes
          note: On by default in private rooms.
      ---
      Text.
      === blips/mattermost.md
      ---
      title: Mattermost
      ring: trial
      quadrant: communication
      licence: MIT AND proprietary
      origin: US
      hosting: [self-hosted]
      replaces: [teams, slack]
      capabilities:
        chat: yes
        e2ee: no
      ---
      Text.
      === blips/element.md
      ---
      title: Element
      ring: adopt
      quadrant: communication
      licence: AGPL-3.0-only
      origin: GB
      hosting: [saas-eu]
      replaces: [teams]
      ---
      Text.
      === blips/nextcloud.md
      ---
      title: Nextcloud
      ring: adopt
      quadrant: collaboration
      licence: AGPL-3.0-or-later
      origin: DE
      hosting: [self-hosted, saas-eu]
      source: https://github.com/nextcloud/server
      replaces: [drive, teams]
      capabilities:
        e2ee: partial
      ---
      Text.
      === blips/rocket.md
      ---
      title: Rocket.Chat
      ring: hold
      quadrant: communication
      licence: MIT AND proprietary
      origin: BR
      hosting: [self-hosted]
      replaces: [slack]
      ---
      Text.
      === blips/openstack.md
      ---
      title: OpenStack
      ring: assess
      quadrant: infrastructure
      licence: Apache-2.0
      origin: US
      hosting: [self-hosted]
      replaces: [aws]
      ---
      Text.
      """;

  @TempDir static Path tmp;
  static Path site;
  static Radar radar;
  static GenerationResult result;

  @BeforeAll
  static void build() throws IOException {
    Path content = InlineFiles.write(tmp.resolve("content"), RADAR);
    radar =
        new RadarGenerator(GeneratorOptions.builder(content).build())
            .validate()
            .radar()
            .orElseThrow();
    site = tmp.resolve("site");
    result = SiteFixtures.generate(content, site);
    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("product.unreplaced");
  }

  private static Document parse(String page) throws IOException {
    return Jsoup.parse(Files.readString(site.resolve(page), StandardCharsets.UTF_8));
  }

  private static List<String> rowIds(Document page) {
    return page.select("table.comparison tbody tr").eachAttr("data-blip");
  }

  @Test
  void everyProductHasAPageListingExactlyTheBlipsThatReplaceIt() throws IOException {
    for (Product p : radar.products()) {
      List<String> replacing =
          radar.blips().stream()
              .filter(b -> b.replaces().stream().anyMatch(r -> r.productId().equals(p.id())))
              .map(Blip::id)
              .toList();

      assertThat(rowIds(parse("products/" + p.id() + ".html")))
          .as(p.id())
          .containsExactlyInAnyOrderElementsOf(replacing);
    }
    assertThat(result.files())
        .contains(
            "products/teams.html",
            "products/slack.html",
            "products/drive.html",
            "products/aws.html",
            "products/zoom.html",
            "comparisons.html");
  }

  @Test
  void sortsAlternativesByRingThenScore() throws IOException {
    // adopt: Nextcloud 100, Element 58; trial: Matrix 78, Mattermost 60
    assertThat(rowIds(parse("products/teams.html")))
        .containsExactly("nextcloud", "element", "matrix", "mattermost");
  }

  @Test
  void productPageShowsVendorJurisdictionAndWhyItIsADependency() throws IOException {
    Document teams = parse("products/teams.html");

    assertThat(teams.select("h1").text()).isEqualTo("Alternatives to Teams");
    assertThat(teams.select("title").text()).isEqualTo("Alternatives to Teams · Compare Radar");
    assertThat(teams.select(".facts").text())
        .contains(
            "Microsoft Corporation",
            "United States of America",
            "CLOUD Act (2018), FISA section 702",
            "Subject to US law wherever the data centre is.",
            "Communication");
    assertThat(teams.select(".dependency .prose").text())
        .isEqualTo("Meetings, chat and files tied to one vendor.");
    assertThat(teams.select(".dependency h2").text())
        .as("the body has no heading of its own")
        .isEqualTo("Why it is a dependency");
    assertThat(teams.select(".jump a").text()).isEqualTo("4 alternatives");
    assertThat(teams.select(".jump a").attr("href")).isEqualTo("#alternativesHeading");
    assertThat(teams.select("#alternativesHeading")).hasSize(1);
  }

  @Test
  void comparisonTableShowsEveryFactOfAnAlternative() throws IOException {
    Element matrix =
        parse("products/teams.html").selectFirst("table.comparison tr[data-blip=matrix]");

    assertThat(matrix.select("th a").attr("href")).isEqualTo("../blips/matrix.html");
    assertThat(matrix.select("th .blip-summary").text()).isEqualTo("Federated, encrypted chat.");
    assertThat(matrix.select("td[data-label=Ring]").text()).isEqualTo("Trial");
    assertThat(matrix.select("td[data-label=Licence]").text()).isEqualTo("Open source Apache-2.0");
    assertThat(matrix.select("td[data-label=Vendor and country]").text())
        .isEqualTo("The Matrix.org Foundation United Kingdom");
    assertThat(matrix.select("td[data-label=Hosting] li").eachText())
        .containsExactly("Self-hosted", "SaaS by an EU-controlled provider");
    assertThat(matrix.select("td[data-label=Coverage]").text())
        .isEqualTo("partial replacement No meetings of its own.");
    assertThat(matrix.select("td[data-label=Sovereignty score] a").text()).isEqualTo("78/100");
    assertThat(matrix.select("td[data-label=Sovereignty score] a").attr("href"))
        .isEqualTo("../blips/matrix.html#score");
  }

  @Test
  void everyCellOfTheComparisonTableNamesItsColumnForNarrowScreens() throws IOException {
    Document teams = parse("products/teams.html");
    List<String> columns = teams.select("table.comparison thead th").eachText();

    for (Element row : teams.select("table.comparison tbody tr")) {
      assertThat(row.select("td").eachAttr("data-label"))
          .isEqualTo(columns.subList(1, columns.size()));
    }
  }

  @Test
  void capabilityMatrixHasACapabilityPerRowAndAnAlternativePerColumn() throws IOException {
    Document teams = parse("products/teams.html");

    assertThat(teams.select("table.capability-matrix thead th").eachText())
        .containsExactly("Capability", "Nextcloud", "Element", "Matrix", "Mattermost");
    assertThat(teams.select("table.capability-matrix tbody tr").eachAttr("data-capability"))
        .containsExactly("chat", "e2ee");
    Element e2ee = teams.selectFirst("table.capability-matrix tr[data-capability=e2ee]");
    assertThat(e2ee.select("td").eachAttr("class"))
        .containsExactly(
            "support support-partial",
            "support support-unknown",
            "support support-yes",
            "support support-no");
    assertThat(e2ee.select("td").eachText())
        .containsExactly("Partial", "Not stated", "Yes On by default in private rooms.", "No");
    assertThat(parse("products/aws.html").select("table.capability-matrix"))
        .as("no capabilities declared")
        .isEmpty();
  }

  @Test
  void productWithoutAlternativesSaysSo() throws IOException {
    Document zoom = parse("products/zoom.html");

    assertThat(zoom.select("table.comparison")).isEmpty();
    assertThat(zoom.select(".alternatives .empty").text())
        .isEqualTo("No alternative on this radar replaces it yet.");
  }

  @Test
  void linksBetweenBlipsAndProductsResolveBothWays() throws IOException {
    for (Blip b : radar.blips()) {
      List<String> productLinks =
          parse("blips/" + b.id() + ".html").select(".replaces a").eachAttr("href");
      assertThat(productLinks)
          .as("products linked from %s", b.id())
          .containsExactlyElementsOf(
              b.replaces().stream().map(r -> "../products/" + r.productId() + ".html").toList());
      for (Replacement r : b.replaces()) {
        assertThat(
                parse("products/" + r.productId() + ".html")
                    .select("table.comparison tbody th a")
                    .eachAttr("href"))
            .as("blips linked from %s", r.productId())
            .contains("../blips/" + b.id() + ".html");
      }
    }
    for (Product p : radar.products()) {
      for (String href :
          parse("products/" + p.id() + ".html")
              .select("table.comparison tbody th a")
              .eachAttr("href")) {
        String blipPage = href.replace("../", "");
        assertThat(parse(blipPage).select(".replaces a").eachAttr("href"))
            .as("back link on %s", blipPage)
            .contains("../products/" + p.id() + ".html");
      }
    }
  }

  @Test
  void overviewListsEveryProductByCategoryWithItsRecommendedAlternatives() throws IOException {
    Document overview = parse("comparisons.html");

    assertThat(overview.select("section.comparison-group").eachAttr("data-category"))
        .containsExactly("communication", "collaboration", "infrastructure");
    assertThat(overview.select("tr[data-product]").eachAttr("data-product"))
        .containsExactlyInAnyOrderElementsOf(radar.products().stream().map(Product::id).toList());
    assertThat(
            overview
                .select("section[data-category=communication] tr[data-product]")
                .eachAttr("data-product"))
        .containsExactly("slack", "teams", "zoom");
    assertThat(overview.select("tr[data-product=teams] .recommended a").eachText())
        .containsExactly("Nextcloud", "Element", "Matrix", "Mattermost");
    assertThat(overview.select("tr[data-product=slack] .recommended a").eachText())
        .as("Rocket.Chat is on hold")
        .containsExactly("Matrix", "Mattermost");
    assertThat(overview.select("tr[data-product=aws] .empty").text())
        .isEqualTo("None recommended yet.");
    assertThat(overview.select("tr[data-product=slack] td[data-label=All alternatives] a").text())
        .isEqualTo("3 alternatives");
    assertThat(overview.select(".lead").text()).contains("those in Adopt and Trial");
  }

  @Test
  void navigationAndHomePageLeadToTheOverview() throws IOException {
    for (String page : SiteGoldenTest.files(site)) {
      if (page.endsWith(".html")) {
        String href = parse(page).select(".site-nav a").eachAttr("href").get(1);
        assertThat(site.resolve(page).getParent().resolve(href).normalize())
            .as(page)
            .isEqualTo(site.resolve("comparisons.html"));
      }
    }
    assertThat(parse("index.html").select(".comparisons-teaser a").attr("href"))
        .isEqualTo("comparisons.html");
    assertThat(parse("index.html").select(".comparisons-teaser p").first().text())
        .contains("5 proprietary products");
  }

  @Test
  void everyBlipPageShowsItsScoreBreakdown() throws IOException {
    for (Blip b : radar.blips()) {
      Document page = parse("blips/" + b.id() + ".html");
      assertThat(page.select("#score table.score-table tbody tr").eachAttr("data-criterion"))
          .as(b.id())
          .containsExactly("licence", "jurisdiction", "self-hosting", "eu-hosting", "source-code");
    }
    Document matrix = parse("blips/matrix.html");
    assertThat(matrix.select("#scoreHeading").text()).isEqualTo("Sovereignty score: 78/100");
    assertThat(matrix.select("tr[data-criterion=jurisdiction] td").eachText())
        .containsExactly(
            "12.5 of 25",
            "Controlled from United Kingdom, outside"
                + " Europe: foreign law governs the entity, but the country is not one whose access laws are known to"
                + " reach data abroad.");
    assertThat(matrix.select("tfoot td").eachText()).containsExactly("77.5 of 100", "78/100");
    assertThat(matrix.select(".facts").text()).contains("Sovereignty score 78/100");
  }

  @Test
  void radarAndListsCarryWhatEachBlipReplacesForTheFilter() throws IOException {
    Document home = parse("index.html");

    assertThat(home.select("select#filterReplaces option").eachAttr("value"))
        .containsExactly("", "aws", "drive", "slack", "teams", "zoom");
    assertThat(home.select("li.blip-item[data-blip=matrix]").attr("data-replaces"))
        .isEqualTo("teams slack");
    assertThat(home.select("svg.radar-chart a.blip[data-blip=matrix]").attr("data-replaces"))
        .isEqualTo("teams slack");
    assertThat(parse("products/teams.html").select(".js-only a").attr("href"))
        .isEqualTo("../index.html?replaces=teams#radarFilters");
  }

  @Test
  void aRadarWithoutProductsHasNoComparisons() throws IOException {
    Path content =
        InlineFiles.write(
            tmp.resolve("plain"),
            """
        === radar.yaml
        title: Plain
        quadrants:
          - id: tools
            title: Tools
        rings:
          - id: adopt
            title: Adopt
        === blips/git.md
        ---
        title: Git
        ring: adopt
        quadrant: tools
        ---
        Text.
        """);
    Path out = tmp.resolve("plain-site");

    GenerationResult plain = SiteFixtures.generate(content, out);

    assertThat(plain.diagnostics()).isEmpty();
    assertThat(plain.files())
        .doesNotContain("comparisons.html")
        .noneMatch(f -> f.startsWith("products/"));
    assertThat(out.resolve("products")).doesNotExist();
    Document home = Jsoup.parse(Files.readString(out.resolve("index.html")));
    assertThat(home.select(".site-nav a").eachText()).containsExactly("Radar", "About");
    assertThat(home.select(".comparisons-teaser, #filterReplaces")).isEmpty();
    assertThat(Jsoup.parse(Files.readString(out.resolve("blips/git.html"))).select("#score"))
        .hasSize(1);
  }

  @Test
  void aFrenchRadarWritesScoresWithADecimalComma() throws IOException {
    Path content =
        InlineFiles.write(
            tmp.resolve("fr"),
            RADAR.replace("title: Compare Radar\n", "title: Radar comparé\nlanguage: fr\n"));
    Path out = tmp.resolve("fr-site");

    SiteFixtures.generate(content, out);

    Document matrix = Jsoup.parse(Files.readString(out.resolve("blips/matrix.html")));
    assertThat(matrix.select("tr[data-criterion=jurisdiction] td").first().text())
        .isEqualTo("12,5 sur 25");
    assertThat(matrix.select("tr[data-criterion=jurisdiction] th").text())
        .isEqualTo("Juridiction de l'entité qui contrôle le produit");
    Document teams = Jsoup.parse(Files.readString(out.resolve("products/teams.html")));
    assertThat(teams.select("h1").text()).isEqualTo("Alternatives à Teams");
    assertThat(teams.select(".facts").text()).contains("États-Unis");
  }
}
