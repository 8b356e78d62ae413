package eu.sovereignradar.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.render.output.OutputFolder;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builds the adversarial corpus without its rejected cases and checks, page by page with jsoup,
 * that nothing from the content can run: the theme's own script is the only script, no event
 * handler attribute exists, no URL uses a script-capable scheme, the search index cannot end its
 * script, template syntax prints literally, and every file stays inside the output folder. Whether
 * a browser agrees is {@code BrowserTest}'s job.
 */
// Seconds, not milliseconds: -DexcludedGroups=browser,slow leaves it out of a quick local run.
@Tag("slow")
class AdversarialSiteTest {
  /** The policy base.ftlh sends as a meta element, and docs/security.md asks hosts to send. */
  static final String CSP = "default-src 'self'; object-src 'none'; base-uri 'none'";

  private static final List<String> URL_ATTRIBUTES =
      List.of(
          "href",
          "src",
          "xlink:href",
          "action",
          "formaction",
          "data",
          "poster",
          "background",
          "srcset",
          "cite",
          "ping",
          "manifest",
          "codebase",
          "longdesc",
          "usemap");

  @TempDir static Path temp;
  private static Path site;
  private static GenerationResult result;
  private static Map<String, byte[]> outsideBefore;

  @BeforeAll
  static void build() throws IOException {
    Path content = temp.resolve("content");
    AdversarialCorpus.materialiseBuildable(content, temp.resolve("outside"));
    outsideBefore = snapshot(temp);
    site = temp.resolve("site");
    result =
        new RadarGenerator(GeneratorOptions.builder(content).outputDirectory(site).build())
            .generate();
  }

  @AfterAll
  static void removeLinks() throws IOException {
    AdversarialCorpus.removeLinks(temp);
  }

  static Stream<String> pages() throws IOException {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk
          .filter(p -> p.toString().endsWith(".html"))
          .map(p -> site.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList()
          .stream();
    }
  }

  private static Document parse(String page) throws IOException {
    return Jsoup.parse(site.resolve(page).toFile(), "UTF-8", "https://radar.invalid/" + page);
  }

  @Test
  void theCorpusBuildsWithoutErrors() {
    assertThat(result.diagnostics()).noneMatch(Diagnostic::isError);
    assertThat(result.written()).isTrue();
    assertThat(result.files())
        .contains(
            "blips/payload-every-field.html",
            "blips/deep-quotes.html",
            "blips/wide-table.html",
            "blips/emphasis-openers.html",
            "blips/line-limit-brackets.html",
            "about.html");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void theOnlyScriptsAreTheThemesOwn(String page) throws IOException {
    Document doc = parse(page);
    for (Element script : doc.select("script")) {
      assertThat(script.data()).as("inline script in %s: %s", page, script).isEmpty();
      // The 404 page links through the radar's baseUrl: it is served at any depth.
      assertThat(script.absUrl("src"))
          .as("script source in %s", page)
          .isIn("https://radar.invalid/assets/site.js", "https://radar.example.org/assets/site.js");
    }
    assertThat(doc.select("script")).as("scripts in %s", page).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void noEventHandlerStyleOrActiveElementAnywhere(String page) throws IOException {
    Document doc = parse(page);
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey().toLowerCase(Locale.ROOT))
            .as("attribute of <%s> in %s", e.tagName(), page)
            .doesNotStartWith("on")
            .isNotEqualTo("style")
            .isNotEqualTo("srcdoc");
      }
    }
    assertThat(
            doc.select(
                "iframe, frame, frameset, object, embed, applet, base, style, math, template, "
                    + "form[action], meta[http-equiv=refresh], link[rel~=(?i)import|preload|prefetch|manifest]"))
        .as("active elements in %s", page)
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void noUrlUsesAScriptCapableScheme(String page) throws IOException {
    Document doc = parse(page);
    for (Element e : doc.getAllElements()) {
      for (String name : URL_ATTRIBUTES) {
        if (e.hasAttr(name)) {
          String url = asBrowserReadsIt(e.attr(name));
          assertThat(url)
              .as("%s of <%s> in %s", name, e.tagName(), page)
              .doesNotStartWith("javascript:")
              .doesNotStartWith("data:")
              .doesNotStartWith("vbscript:")
              .doesNotStartWith("file:");
        }
      }
    }
  }

  /**
   * A URL as a browser reads its scheme: entities are already decoded by jsoup; ASCII tab and line
   * breaks are removed wherever they are, leading and trailing C0 controls and spaces stripped.
   */
  private static String asBrowserReadsIt(String url) {
    String s = url.replaceAll("[\\t\\n\\r]", "");
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && s.charAt(end - 1) <= ' ') {
      end--;
    }
    return s.substring(start, end).toLowerCase(Locale.ROOT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void everyPageCarriesTheContentSecurityPolicyBeforeAnyResource(String page) throws IOException {
    Document doc = parse(page);
    Element head = doc.head();
    Element csp = head.selectFirst("meta[http-equiv=Content-Security-Policy]");
    assertThat(csp).as("CSP meta element in %s", page).isNotNull();
    assertThat(csp.attr("content")).isEqualTo(CSP);
    int cspIndex = csp.elementSiblingIndex();
    for (Element resource : head.select("script, link, style")) {
      assertThat(resource.elementSiblingIndex())
          .as("%s comes after the policy in %s", resource, page)
          .isGreaterThan(cspIndex);
    }
  }

  @Test
  void linksInMarkdownAreAllowedOrInert() throws IOException {
    Document doc = parse("blips/obfuscated-links.html");
    List<String> hrefs = doc.select(".prose a[href]").eachAttr("href");
    assertThat(hrefs).hasSizeGreaterThan(20);
    for (String href : hrefs) {
      String scheme = URI.create(href.replace(" ", "%20").replace("'", "%27")).getScheme();
      assertThat(scheme == null || List.of("http", "https", "mailto").contains(scheme))
          .as("href %s", href)
          .isTrue();
    }
    assertThat(doc.select(".prose img").eachAttr("src"))
        .allMatch(src -> src.isEmpty() || src.startsWith("https:"));
  }

  @Test
  void payloadsArePrintedAsText() throws IOException {
    Document doc = parse("blips/payload-every-field.html");
    assertThat(doc.selectFirst("h1").ownText())
        .isEqualTo("<script>alert(\"blip-title\")</script>Payload");
    assertThat(doc.title()).startsWith("<script>alert(\"blip-title\")</script>Payload");
    assertThat(doc.select(".prose").text())
        .contains(
            "<script>alert(\"raw-script\")</script>", "<img src=x onerror=alert(\"raw-img\")>");
    Document raw = parse("blips/raw-html.html");
    assertThat(raw.select(".prose").text())
        .contains("<plaintext>", "<iframe src=\"javascript:alert('iframe')\"></iframe>");
  }

  @Test
  void templateSyntaxInContentIsPrintedLiterally() throws IOException {
    Document doc = parse("blips/freemarker-syntax.html");
    assertThat(doc.selectFirst("h1").ownText())
        .isEqualTo("${7*7} <#assign t=\"pwned\">${t} [=7*7]");
    assertThat(doc.select(".prose").text())
        .contains(
            "${7*7}",
            "<#assign a=1>${a}",
            "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\", \"id\")}",
            "${\"x\"?interpret}",
            "${\"1+1\"?eval}");
    assertThat(parse("index.html").title()).contains("${7*7}");
  }

  @Test
  void theSearchIndexCannotEndItsScript() throws IOException {
    String js = Files.readString(site.resolve("assets/search-index.js"), StandardCharsets.UTF_8);
    assertThat(js).doesNotContain("<", ">", "\u2028", "\u2029", "\u0000");
    String prefix = "window.sovereignRadarSearch = ";
    assertThat(js).startsWith(prefix).endsWith(";\n");
    JsonNode index = new ObjectMapper().readTree(js.substring(prefix.length(), js.length() - 2));
    JsonNode entry = null;
    for (JsonNode e : index) {
      if (e.get("id").asText().equals("script-end-in-search")) {
        entry = e;
      }
    }
    assertThat(entry).as("the index entry of script-end-in-search").isNotNull();
    assertThat(entry.get("t").asText())
        .isEqualTo("</script><script>alert(\"search-title\")</script>\u2028\u2029<!--");
    assertThat(entry.get("s").asText()).contains("</SCRIPT >", "\u2028", "\u0000");
  }

  @Test
  void everyFileIsWrittenInsideTheOutputFolderAndNothingElseChanges() throws IOException {
    Map<String, byte[]> after = snapshot(temp);
    after.keySet().removeIf(p -> p.startsWith("site/"));
    assertThat(after.keySet()).containsExactlyElementsOf(outsideBefore.keySet());
    after.forEach((p, bytes) -> assertThat(bytes).as(p).isEqualTo(outsideBefore.get(p)));
    for (String file : result.files()) {
      assertThat(site.resolve(file).normalize()).startsWith(site);
      assertThat(file)
          .matches("([a-z0-9-]+/)*[a-z0-9-]+(\\.[a-z0-9-]+)*\\.(html|css|js|svg|xml|txt|json)");
    }
    try (Stream<Path> walk = Files.walk(site)) {
      List<String> all = new ArrayList<>();
      walk.filter(p -> !p.equals(site))
          .forEach(
              p -> {
                assertThat(Files.isSymbolicLink(p))
                    .as("symbolic link in the output: %s", p)
                    .isFalse();
                all.add(site.relativize(p).toString().replace('\\', '/'));
              });
      assertThat(all)
          .allMatch(
              p ->
                  !p.startsWith(".")
                      || p.equals(OutputFolder.MARKER)
                      || p.equals(OutputFolder.LOCK));
      assertThat(all)
          .doesNotContain(
              "blips/index.html", "blips/notes.txt", "blips/nested", "blips/.hidden.html");
    }
  }

  @Test
  void nothingFromOutsideTheContentFolderIsPublished() throws IOException {
    try (Stream<Path> walk = Files.walk(site)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(p, StandardCharsets.ISO_8859_1);
        assertThat(text).as(p.toString()).doesNotContain("must never be read", "root:x:0:0");
      }
    }
  }

  @Test
  void theSameContentGivesTheSameBytesInAnyLocaleAndTimeZone() throws IOException {
    Path again = temp.resolve("again");
    Locale locale = Locale.getDefault();
    java.util.TimeZone zone = java.util.TimeZone.getDefault();
    GenerationResult second;
    try {
      // Decimal commas, non-Latin digits and a date line away from UTC.
      Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
      second =
          new RadarGenerator(
                  GeneratorOptions.builder(temp.resolve("content")).outputDirectory(again).build())
              .generate();
    } finally {
      Locale.setDefault(locale);
      java.util.TimeZone.setDefault(zone);
    }
    assertThat(second.files()).isEqualTo(result.files());
    for (String file : result.files()) {
      assertThat(Files.readAllBytes(again.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(site.resolve(file)));
    }
    deleteTree(again);
  }

  private static Map<String, byte[]> snapshot(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
        files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
