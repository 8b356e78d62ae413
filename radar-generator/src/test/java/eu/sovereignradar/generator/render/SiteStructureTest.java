package eu.sovereignradar.generator.render;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.GenerationResult;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Structural checks of a generated site with jsoup, where golden files would be brittle. */
class SiteStructureTest {
  private static final String BASE = "https://radar.example.org/sub/";
  private static final List<String> BLIPS =
      List.of("nextcloud", "cryptpad", "matrix", "legacy-mail");

  @TempDir static Path tmp;
  static Path site;
  static GenerationResult result;

  @BeforeAll
  static void build() throws IOException {
    site = tmp.resolve("site");
    result = SiteFixtures.build(tmp.resolve("content"), SiteFixtures.SMALL_RADAR, site);
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void writesEveryPageOfTheLayout() {
    assertThat(result.files())
        .contains(
            "schema/radar.schema.json", "schema/blip.schema.json", "schema/product.schema.json");
    assertThat(result.files())
        .contains(
            "index.html",
            "about.html",
            "404.html",
            "robots.txt",
            "sitemap.xml",
            "assets/site.css",
            "assets/site.js",
            "assets/favicon.svg",
            "assets/search-index.js",
            "radar.json",
            "blips/nextcloud.html",
            "blips/cryptpad.html",
            "blips/matrix.html",
            "blips/legacy-mail.html",
            "quadrants/collaboration.html",
            "quadrants/communication.html",
            "tags/files.html",
            "tags/groupware.html",
            "tags/chat.html");
    assertThat(result.files()).isSorted();
  }

  @Test
  void everyInternalLinkResolvesToAFile() throws IOException {
    List<String> broken = new ArrayList<>();
    for (String page : htmlPages()) {
      Document doc = parse(page);
      for (Element e : doc.select("[href], [src], [data-search-index]")) {
        for (String attr : List.of("href", "src", "data-search-index")) {
          String url = e.attr(attr);
          if (url.isEmpty() || url.startsWith("#") || url.startsWith("mailto:")) {
            continue;
          }
          Path target = resolve(page, url);
          if (target != null && !Files.isRegularFile(target)) {
            broken.add(page + ": " + attr + "=\"" + url + "\"");
          }
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void internalLinksAreRelativeExceptOnThe404Page() throws IOException {
    for (String page : htmlPages()) {
      if (page.equals("404.html")) {
        continue;
      }
      for (Element e :
          parse(page).select("a[href], link[href], script[src], [data-search-index]")) {
        String url =
            e.hasAttr("src")
                ? e.attr("src")
                : e.hasAttr("href") ? e.attr("href") : e.attr("data-search-index");
        if (e.tagName().equals("link") && e.attr("rel").equals("canonical")) {
          continue;
        }
        assertThat(url)
            .as("%s: %s", page, e.outerHtml())
            .doesNotStartWith("/")
            .doesNotStartWith(BASE);
      }
    }
  }

  @Test
  void homeChartHasOneLinkPerBlip() throws IOException {
    Document home = parse("index.html");
    Map<String, Long> links =
        home.select("svg.radar-chart a.blip").stream()
            .collect(
                Collectors.groupingBy(
                    a -> a.attr("data-blip"), TreeMap::new, Collectors.counting()));
    assertThat(links).containsOnlyKeys(BLIPS).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
    for (Element a : home.select("svg.radar-chart a.blip")) {
      assertThat(a.attr("href")).isEqualTo("blips/" + a.attr("data-blip") + ".html");
      assertThat(a.attr("aria-label")).isNotBlank();
    }
  }

  @Test
  void homeListsEveryBlipOnce() throws IOException {
    Map<String, Long> listed =
        parse("index.html").select(".overview li.blip-item a").stream()
            .collect(
                Collectors.groupingBy(a -> a.attr("href"), TreeMap::new, Collectors.counting()));
    assertThat(listed)
        .containsOnlyKeys(BLIPS.stream().map(id -> "blips/" + id + ".html").toList())
        .allSatisfy((href, n) -> assertThat(n).isEqualTo(1));
  }

  @Test
  void quadrantPageDrawsOnlyItsOwnBlips() throws IOException {
    Document q = parse("quadrants/communication.html");
    assertThat(q.select("svg.radar-chart a.blip").eachAttr("data-blip"))
        .containsExactlyInAnyOrder("matrix", "legacy-mail");
    assertThat(q.select("svg.radar-chart a.blip").eachAttr("href"))
        .allMatch(h -> h.startsWith("../blips/"));
  }

  @Test
  void blipPageShowsItsFacts() throws IOException {
    Document b = parse("blips/nextcloud.html");
    assertThat(b.select("h1").text()).isEqualTo("1 Nextcloud Hub");
    assertThat(b.select(".facts").text())
        .contains(
            "AGPL-3.0-or-later",
            "Open source",
            "Nextcloud GmbH",
            "Germany",
            "Self-hosted",
            "1 November 2026");
    assertThat(b.select(".replaces li").text())
        .contains("Google Drive", "full replacement", "Co-editing");
    assertThat(b.select(".replaces a").eachAttr("href"))
        .containsExactly("../products/google-drive.html");
    assertThat(b.select(".history li")).hasSize(2);
    assertThat(b.select(".edit a").attr("href"))
        .isEqualTo("https://git.example.org/radar/-/edit/main/content/blips/nextcloud.md");
    assertThat(b.select(".prose table")).hasSize(1);
    assertThat(b.select("link[rel=canonical]").attr("href"))
        .isEqualTo(BASE + "blips/nextcloud.html");
  }

  @Test
  void everyPageHasDescriptionOpenGraphAndNoInlineScriptOrStyle() throws IOException {
    for (String page : htmlPages()) {
      Document doc = parse(page);
      assertThat(doc.select("html").attr("lang")).as(page).isEqualTo("en");
      assertThat(doc.select("meta[name=description]").attr("content")).as(page).isNotBlank();
      assertThat(doc.select("meta[property=og:title]").attr("content")).as(page).isNotBlank();
      assertThat(doc.select("meta[property=og:description]").attr("content")).as(page).isNotBlank();
      assertThat(doc.select("link[rel=icon]")).as(page).hasSize(1);
      assertThat(doc.select("script:not([src])")).as("inline scripts in %s", page).isEmpty();
      assertThat(doc.select("style, [style]")).as("inline styles in %s", page).isEmpty();
      assertThat(
              doc.getAllElements().stream()
                  .flatMap(e -> e.attributes().asList().stream())
                  .filter(a -> a.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on"))
                  .toList())
          .as("event handler attributes in %s", page)
          .isEmpty();
    }
  }

  @Test
  void idsAreUniqueOnEveryPageAndLabelsPointAtThem() throws IOException {
    for (String page : htmlPages()) {
      Document doc = parse(page);
      List<String> ids = doc.select("[id]").eachAttr("id");
      assertThat(ids).as("ids on %s", page).doesNotHaveDuplicates();
      for (Element e : doc.select("[aria-labelledby], [aria-describedby], label[for]")) {
        String ref =
            e.hasAttr("for")
                ? e.attr("for")
                : e.hasAttr("aria-labelledby")
                    ? e.attr("aria-labelledby")
                    : e.attr("aria-describedby");
        assertThat(ids).as("%s: %s", page, e.tagName()).contains(ref);
      }
    }
  }

  @Test
  void sitemapListsEveryPageButThe404() throws IOException {
    String sitemap = Files.readString(site.resolve("sitemap.xml"));
    for (String page : htmlPages()) {
      String loc = BASE + (page.equals("index.html") ? "" : page);
      if (page.equals("404.html")) {
        assertThat(sitemap).doesNotContain("404");
      } else {
        assertThat(sitemap).contains("<loc>" + loc + "</loc>");
      }
    }
    assertThat(Files.readString(site.resolve("robots.txt")))
        .contains("Sitemap: " + BASE + "sitemap.xml");
  }

  private static List<String> htmlPages() throws IOException {
    return SiteGoldenTest.files(site).stream().filter(f -> f.endsWith(".html")).toList();
  }

  private static Document parse(String page) throws IOException {
    return Jsoup.parse(Files.readString(site.resolve(page), StandardCharsets.UTF_8));
  }

  /**
   * The file a link points to, or null for an external link. Absolute links under the base URL
   * count as internal.
   */
  private static Path resolve(String page, String url) {
    String path = url.startsWith(BASE) ? url.substring(BASE.length()) : url;
    if (url.startsWith(BASE) && path.isEmpty()) {
      path = "index.html";
    } else if (URI.create(url).getScheme() != null && !url.startsWith(BASE)) {
      return null;
    }
    // The file a link opens: without its fragment and query (product pages link to
    // index.html?replaces=...).
    Function<String, String> dropFragment =
        s -> s.contains("#") ? s.substring(0, s.indexOf('#')) : s;
    Function<String, String> dropQuery = s -> s.contains("?") ? s.substring(0, s.indexOf('?')) : s;
    Path from = url.startsWith(BASE) ? site : site.resolve(page).getParent();
    return from.resolve(dropQuery.apply(dropFragment.apply(path))).normalize();
  }
}
