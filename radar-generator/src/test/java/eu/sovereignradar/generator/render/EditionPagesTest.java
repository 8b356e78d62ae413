package eu.sovereignradar.generator.render;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.GenerationResult;
import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The radar at a past edition is rebuilt from the histories (a blip added later is missing, a blip
 * retired later is there, in the ring it had then); a retired blip leaves today's radar but keeps
 * its page; a stale blip says so on its page.
 */
class EditionPagesTest {
  @TempDir Path dir;

  private Document page(String path) throws IOException {
    return Jsoup.parse(dir.resolve("site").resolve(path).toFile(), "UTF-8");
  }

  @Test
  void aPastEditionShowsTheRadarAsItStoodThen() throws IOException {
    GenerationResult result =
        SiteFixtures.build(dir.resolve("content"), SiteFixtures.SMALL_RADAR, dir.resolve("site"));
    assertThat(result.written()).isTrue();

    Document may = page("editions/2026-05/index.html");
    // CryptPad's history starts in September; Old Wiki was retired in October.
    assertThat(may.select(".past-blips a").eachText())
        .anyMatch(t -> t.endsWith("Old Wiki"))
        .noneMatch(t -> t.endsWith("CryptPad"));
    assertThat(may.select("svg.radar-chart a.blip")).hasSize(4);
    // Matrix was in Adopt before it moved out in July.
    assertThat(may.select(".past-quadrant").text()).contains("Adopt 3 Matrix");

    Document today = page("index.html");
    assertThat(today.select("svg.radar-chart a.blip title").eachText())
        .noneMatch(t -> t.contains("Old Wiki"));
    Document retired = page("blips/old-wiki.html");
    assertThat(retired.select(".retired-notice").text())
        .contains("1 October 2026", "Superseded by CryptPad");
    // History notes are Markdown: the note's bold comes through as markup, not as asterisks.
    assertThat(retired.select(".history li").text()).contains("Trial — Tried by the web team.");
    assertThat(retired.select(".history strong").eachText()).containsExactly("Trial", "web team");
  }

  @Test
  void aBlipNotReviewedWithinStaleAfterEditionsWarnsAndSaysSoOnItsPage() throws IOException {
    String radar =
        SiteFixtures.SMALL_RADAR.replaceFirst("\nquadrants:\n", "\nstaleAfter: 1\nquadrants:\n");
    GenerationResult result =
        SiteFixtures.build(dir.resolve("content"), radar, dir.resolve("site"));
    assertThat(result.diagnostics())
        .filteredOn(d -> d.code().equals("blip.stale"))
        .extracting(d -> d.position().path())
        .contains("blips/legacy-mail.md")
        .doesNotContain("blips/nextcloud.md");
    assertThat(page("blips/legacy-mail.html").select(".stale-notice").text())
        .contains("Not reviewed in the last 1 editions");
    assertThat(page("blips/nextcloud.html").select(".stale-notice")).isEmpty();
  }
}
