package eu.sovereignradar.generator.render;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.GenerationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The home page's legends beside the chart (content, places, sector maps) and the page of an open
 * standard (kind: standard), on the small radar plus one standard.
 */
class HomeLegendAndStandardTest {
  private static final String STANDARD =
      """
      === blips/odf.md
      ---
      title: OpenDocument Format
      kind: standard
      ring: adopt
      quadrant: collaboration
      summary: The open file format for office documents.
      licenceNote: An OASIS standard, royalty-free.
      vendor: OASIS Open
      ---
      A standard, not a product.
      """;

  @TempDir static Path tmp;
  static Path site;

  @BeforeAll
  static void build() throws IOException {
    site = tmp.resolve("site");
    GenerationResult result =
        SiteFixtures.build(tmp.resolve("content"), SiteFixtures.SMALL_RADAR + STANDARD, site);
    assertThat(result.diagnostics()).isEmpty();
  }

  private static Document parse(String page) throws IOException {
    return Jsoup.parse(Files.readString(site.resolve(page)), "");
  }

  @Test
  void eachQuadrantHasALegendBesideItsSectorListingItsBlipsByNumberAndName() throws IOException {
    Document home = parse("index.html");
    List<Element> legends = home.select(".radar-board > section.quadrant-key");

    assertThat(legends)
        .extracting(e -> e.attr("data-quadrant"))
        .containsExactly("collaboration", "communication");
    // Two sectors: the first points right, the second left.
    assertThat(legends.get(0).classNames()).contains("key-right", "key-row-1");
    assertThat(legends.get(1).classNames()).contains("key-left", "key-row-1");
    List<String> listed = new ArrayList<>();
    for (Element legend : legends) {
      assertThat(legend.selectFirst("h2 a").attr("href"))
          .isEqualTo("quadrants/" + legend.attr("data-quadrant") + ".html");
      for (Element li : legend.select("li.key-item")) {
        String id = li.attr("data-blip");
        listed.add(id);
        Element blip = home.selectFirst("svg.radar-chart a.blip[data-blip=" + id + "]");
        assertThat(blip).as(id).isNotNull();
        assertThat(li.attr("data-quadrant")).isEqualTo(legend.attr("data-quadrant"));
        assertThat(li.selectFirst("a").attr("href")).isEqualTo(blip.attr("href"));
        assertThat(li.selectFirst(".blip-number").text())
            .isEqualTo(blip.selectFirst("text.blip-number").text());
        assertThat(li.selectFirst(".blip-title").text())
            .isEqualTo(blip.selectFirst("title").text());
      }
      Element map = legend.selectFirst(".quadrant-map svg");
      assertThat(map.attr("aria-hidden")).isEqualTo("true");
      assertThat(map.select("a")).isEmpty();
      assertThat(map.select("g.blip").eachAttr("data-blip"))
          .containsExactlyInAnyOrderElementsOf(legend.select("li.key-item").eachAttr("data-blip"));
    }
    assertThat(listed)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(
            home.select("svg.radar-chart a.blip").eachAttr("data-blip"));
    // The legends name the quadrants, so the chart beside them leaves its labels out.
    assertThat(home.select(".chart-home .quadrant-label")).isEmpty();
  }

  @Test
  void aStandardIsLabelledNotScored() throws IOException {
    Document page = parse("blips/odf.html");

    assertThat(page.selectFirst("#scoreHeading").text())
        .isEqualTo("Sovereignty score: not applicable (open standard)");
    assertThat(page.selectFirst(".score-not-applicable").text()).contains("open standard");
    assertThat(page.select(".score-table")).isEmpty();
    assertThat(page.select(".facts dt").eachText()).contains("Kind", "Maintained by");
    assertThat(page.select(".facts dd").eachText())
        .contains("Open standard", "An OASIS standard, royalty-free.", "OASIS Open");
    Document product = parse("blips/nextcloud.html");
    assertThat(product.select(".score-table")).hasSize(1);
    assertThat(product.select(".facts dt").eachText()).doesNotContain("Kind", "Maintained by");
    assertThat(Files.readString(site.resolve("radar.json")))
        .contains("\"kind\" : \"standard\"")
        .contains("\"kind\" : \"product\"");
  }
}
