package eu.sovereignradar.generator.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 404 page is served at any missing path. With baseUrl its links are absolute; without, it also
 * loads its stylesheet and script from the parent roots, and only there (BrowserTest serves it from
 * a sub-path at a nested missing path).
 */
class NotFoundPageTest {
  @TempDir Path tmp;

  private Document build(String radar, String page) throws IOException {
    Path site = tmp.resolve("site");
    assertThat(SiteFixtures.build(tmp.resolve("content"), radar, site).diagnostics())
        .noneMatch(eu.sovereignradar.generator.diagnostic.Diagnostic::isError);
    return Jsoup.parse(Files.readString(site.resolve(page)), "");
  }

  @Test
  void withoutBaseUrlLoadsTheAssetsFromEveryParentRootTooAndRebasesAtRuntime() throws IOException {
    String radar = SiteFixtures.SMALL_RADAR.replace("baseUrl: https://radar.example.org/sub\n", "");
    Document page = build(radar, "404.html");

    List<String> sheets = page.select("link[rel=stylesheet]").eachAttr("href");
    assertThat(sheets.get(0)).isEqualTo("assets/site.css");
    assertThat(sheets)
        .contains(
            "../assets/site.css", "../../assets/site.css", "../../../../../../assets/site.css");
    assertThat(page.select("script[src]").eachAttr("data-root"))
        .containsExactly(
            "",
            "../",
            "../../",
            "../../../",
            "../../../../",
            "../../../../../",
            "../../../../../../");
    assertThat(page.select("script[src]").eachAttr("src"))
        .allSatisfy(src -> assertThat(src).endsWith("assets/site.js"));
    // The links are written for the site's root; site.js prefixes them where needed.
    assertThat(page.selectFirst(".site-title").attr("href")).isEqualTo("index.html");

    Document home = Jsoup.parse(Files.readString(tmp.resolve("site/index.html")), "");
    assertThat(home.select("link[rel=stylesheet]")).hasSize(1);
    assertThat(home.select("script[data-root]")).isEmpty();
  }

  @Test
  void withBaseUrlUsesAbsoluteLinksAndNoFallbacks() throws IOException {
    Document page = build(SiteFixtures.SMALL_RADAR, "404.html");

    assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
        .containsExactly("https://radar.example.org/sub/assets/site.css");
    assertThat(page.select("script[src]")).hasSize(1);
    assertThat(page.selectFirst(".site-title").attr("href"))
        .isEqualTo("https://radar.example.org/sub/");
  }
}
