package eu.sovereignradar.generator.render;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.GenerationResult;
import eu.sovereignradar.generator.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * feed.xml is Atom 1.0 as RFC 4287 requires it (section 4.1.1: a feed has one id, title and
 * updated, and an author unless every entry has one; 4.1.2: each entry has one id, title and
 * updated, and content or an alternate link), read with the JDK's XML parser; and every page
 * announces it.
 */
class FeedTest {
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  @TempDir Path dir;

  private static Document parse(Path feed) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(feed.toFile());
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && ATOM.equals(e.getNamespaceURI())
          && e.getLocalName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  private static String one(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertThat(found).as("<%s> in <%s>", name, parent.getLocalName()).hasSize(1);
    return found.get(0).getTextContent();
  }

  @Test
  void theFeedHasEveryElementAtomRequiresAndAbsoluteLinks() throws Exception {
    GenerationResult result =
        SiteFixtures.build(dir.resolve("content"), SiteFixtures.SMALL_RADAR, dir.resolve("site"));
    assertThat(result.written()).isTrue();
    Path site = dir.resolve("site");
    Element feed = parse(site.resolve("feed.xml")).getDocumentElement();
    assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
    assertThat(feed.getLocalName()).isEqualTo("feed");
    assertThat(one(feed, "id")).isEqualTo("https://radar.example.org/sub/feed.xml");
    assertThat(one(feed, "title")).isEqualTo("Small Radar");
    assertThat(one(feed, "updated")).isEqualTo("2026-11-28T00:00:00Z");
    assertThat(children(children(feed, "author").get(0), "name")).hasSize(1);

    List<Element> entries = children(feed, "entry");
    assertThat(entries).hasSize(2);
    Set<String> ids = new HashSet<>();
    List<String> updated = new ArrayList<>();
    for (Element entry : entries) {
      ids.add(one(entry, "id"));
      one(entry, "title");
      updated.add(one(entry, "updated"));
      assertThat(updated.get(updated.size() - 1)).matches("\\d{4}-\\d{2}-\\d{2}T00:00:00Z");
      Element link = children(entry, "link").get(0);
      assertThat(link.getAttribute("rel")).isEqualTo("alternate");
      assertThat(link.getAttribute("href")).startsWith("https://radar.example.org/sub/changes/");
      assertThat(Files.exists(site.resolve(link.getAttribute("href").substring(30)))).isTrue();
      Element content = children(entry, "content").get(0);
      assertThat(content.getAttribute("type")).isEqualTo("html");
      // The content is HTML as text: parsed, its links are absolute too.
      for (var a : Jsoup.parseBodyFragment(content.getTextContent()).select("a[href]")) {
        assertThat(a.attr("href")).startsWith("https://radar.example.org/sub/");
      }
    }
    assertThat(ids).hasSize(2);
    assertThat(updated).containsExactly("2026-11-28T00:00:00Z", "2026-05-15T00:00:00Z");
    assertThat(children(entries.get(0), "content").get(0).getTextContent())
        .contains("Nextcloud Hub", "Trial → Adopt", "Old Wiki");

    org.jsoup.nodes.Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
    assertThat(home.select("link[rel=alternate][type=application/atom+xml]").attr("href"))
        .isEqualTo("feed.xml");
  }

  @Test
  void withoutABaseUrlTheFeedWarnsAndUsesIdsThatDoNotDependOnTheAddress() throws Exception {
    String radar = SiteFixtures.SMALL_RADAR.replace("baseUrl: https://radar.example.org/sub\n", "");
    GenerationResult result =
        SiteFixtures.build(dir.resolve("content"), radar, dir.resolve("site"));
    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .contains("radar.feed-without-base-url");
    Element feed = parse(dir.resolve("site/feed.xml")).getDocumentElement();
    assertThat(one(feed, "id")).isEqualTo("tag:sovereign-radar,2026:small-radar:feed");
    for (Element entry : children(feed, "entry")) {
      assertThat(one(entry, "id")).startsWith("tag:sovereign-radar,2026:small-radar:");
      assertThat(children(entry, "link").get(0).getAttribute("href")).startsWith("changes/");
    }
  }

  @Test
  void aRadarWithoutDatedEditionsHasNoFeed() throws IOException {
    String radar =
        SiteFixtures.SMALL_RADAR.replaceAll(
            "(?s)editions:.*?quadrants:", "edition: {id: \"2026-11\"}\nquadrants:");
    GenerationResult result =
        SiteFixtures.build(dir.resolve("content"), radar, dir.resolve("site"));
    assertThat(result.written()).as("%s", result.diagnostics()).isTrue();
    assertThat(result.files()).doesNotContain("feed.xml", "changes.html");
  }
}
