package eu.sovereignradar.generator.render;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.GenerationResult;
import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a blip page states about facts the golden radar does not exercise. */
class BlipPageTest {
  @TempDir Path dir;

  @Test
  void aLicenceNoteIsShownEvenWithoutALicence() throws IOException {
    String radar =
        SiteFixtures.SMALL_RADAR
            + """
            === blips/odf.md
            ---
            title: OpenDocument Format
            ring: adopt
            quadrant: collaboration
            licenceNote: An open standard; anyone may implement it without royalties.
            ---
            A file format.
            """;
    GenerationResult result =
        SiteFixtures.build(dir.resolve("content"), radar, dir.resolve("site"));
    assertThat(result.written()).isTrue();
    Document page = Jsoup.parse(dir.resolve("site/blips/odf.html").toFile(), "UTF-8");
    assertThat(page.select(".facts .licence-note").text())
        .isEqualTo("An open standard; anyone may implement it without royalties.");
  }
}
