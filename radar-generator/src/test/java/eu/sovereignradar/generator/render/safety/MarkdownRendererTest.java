package eu.sovereignradar.generator.render.safety;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.render.files.SearchIndexWriter;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {
  private final MarkdownRenderer markdown = new MarkdownRenderer();

  private Document render(String md) {
    return Jsoup.parseBodyFragment(markdown.render(md).html().markup());
  }

  @Test
  void rawHtmlIsShownAsTextNotInterpreted() {
    String html =
        markdown
            .render(
                "Hi <script>alert(1)</script> <img src=x onerror=alert(2)>\n\n"
                    + "<div onclick=\"alert(3)\">block</div>\n")
            .html()
            .markup();
    Document doc = Jsoup.parseBodyFragment(html);
    assertThat(doc.select("script, img, div")).isEmpty();
    assertThat(doc.text()).contains("<script>alert(1)</script>", "<img src=x onerror=alert(2)>");
    assertThat(
            doc.getAllElements().stream()
                .flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().startsWith("on")))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "java&#x09;script:alert(1)",
        "&#106;avascript:alert(1)",
        "javascript&colon;alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)",
        "%20javascript:alert(1)",
      })
  void unsafeLinkAndImageUrlsBecomeInert(String url) {
    Document doc =
        render("[link](<" + url + ">) ![image](<" + url + ">)\n\n[ref][r]\n\n[r]: <" + url + ">\n");
    for (Element a : doc.select("a")) {
      assertThat(a.attr("href"))
          .as(a.outerHtml())
          .satisfiesAnyOf(h -> assertThat(h).isEqualTo("#"), h -> assertThat(h).startsWith("%20"));
    }
    for (Element img : doc.select("img")) {
      assertThat(img.attr("src"))
          .as(img.outerHtml())
          .satisfiesAnyOf(s -> assertThat(s).isEmpty(), s -> assertThat(s).startsWith("%20"));
    }
    assertThat(doc.html().toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("javascript:", "vbscript:", "data:");
  }

  @Test
  void autolinksAreCheckedToo() {
    Document doc = render("<javascript:alert(1)> and www.example.org and https://example.org/x\n");
    assertThat(doc.select("a").eachAttr("href"))
        .containsExactly("#", "http://www.example.org", "https://example.org/x");
  }

  @Test
  void safeLinksAreKept() {
    Document doc =
        render(
            "[a](<https://example.org/a b>) [b](../blips/x.html) [c](mailto:x@example.org) [d](#top)\n");
    assertThat(doc.select("a").eachAttr("href"))
        .containsExactly(
            "https://example.org/a%20b", "../blips/x.html", "mailto:x@example.org", "#top");
  }

  @Test
  void rendersTablesStrikethroughFootnotesAndHeadingAnchors() {
    Document doc =
        render(
            "## Getting started\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ new[^n]\n\n[^n]: A note.\n");
    assertThat(doc.select("h2#getting-started")).hasSize(1);
    assertThat(doc.select("table td")).hasSize(2);
    assertThat(doc.select("del").text()).isEqualTo("old");
    assertThat(doc.select("section.footnotes li").text()).contains("A note.");
  }

  @Test
  void templateSyntaxInContentIsPrintedLiterally() {
    assertThat(markdown.render("${7*7} <#assign x=1> [=x]").html().markup())
        .contains("${7*7}", "&lt;#assign x=1&gt;");
  }

  @Test
  void plainTextForTheSearchIndexHoldsWhatReadersSeeButNoLinkTargets() {
    String text =
        markdown
            .render(
                "# Title\n\nSome *emphasis*, `code` and [a link](https://hidden.example).\n\n"
                    + "| cell |\n|---|\n| tabled |\n\nNote[^1].\n\n[^1]: Footnoted.\n")
            .text();
    assertThat(SearchIndexWriter.words(text))
        .isEqualTo("title some emphasis code and a link cell tabled note footnoted");
  }

  @Test
  void deeplyNestedQuotesFinishQuickly() {
    String deep = ">".repeat(20_000) + " deep\n";
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(5), () -> markdown.render(deep));
  }
}
