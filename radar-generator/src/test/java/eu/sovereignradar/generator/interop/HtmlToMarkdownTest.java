package eu.sovereignradar.generator.interop;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.render.safety.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Untrusted HTML from BYOR and Backstage descriptions, and raw HTML in AOE Markdown: what comes out
 * is Markdown that the site's own renderer turns into inert markup, and that holds no raw HTML
 * itself. The shapes are those of thoughtworks/build-your-own-radar
 * spec/end_to_end_tests/resources/localfiles/radar.csv (paragraphs, strong, relative and absolute
 * links).
 */
class HtmlToMarkdownTest {
  private final MarkdownRenderer renderer = new MarkdownRenderer();

  private Document rendered(String markdown) {
    return Jsoup.parseBodyFragment(renderer.render(markdown).html().markup());
  }

  @Test
  void keepsTextEmphasisAndAbsoluteLinksAndDropsRelativeOnes() {
    String md =
        HtmlToMarkdown.convert(
            "<p>Fitness functions by <a href=\"/radar/techniques/x\">evolutionary architecture</a>,"
                + " see <a href=\"https://martinfowler.com/a.html\">Fowler</a>. A <strong>dependency"
                + " drift fitness function</strong> and <em>as code</em>.</p><p>Second.</p>");
    assertThat(md)
        .isEqualTo(
            "Fitness functions by evolutionary architecture, see"
                + " [Fowler](https://martinfowler.com/a.html). A **dependency drift fitness"
                + " function** and *as code*.\n\nSecond.");
  }

  @Test
  void scriptsHandlersAndJavascriptLinksNeverBecomeActive() {
    String md =
        HtmlToMarkdown.convert(
            "<p onclick=\"alert(1)\">Hi <script>alert('x')</script><a href=\"javascript:alert(2)\">"
                + "click</a> <a href=\" JaVaScRiPt:alert(3)\">two</a>"
                + " <img src=x onerror=alert(4) alt=\"pic\"> &lt;script&gt;alert(5)&lt;/script&gt;"
                + " <iframe src=\"https://evil.example\"></iframe>[md](javascript:alert(6))</p>");
    assertThat(md).doesNotContain("alert('x')").doesNotContain("javascript:alert(2)");
    assertThat(md.replace("\\<", "")).as("every < is escaped").doesNotContain("<");
    Document page = rendered(md);
    assertThat(page.select("script, iframe, img, [onclick], [onerror]")).isEmpty();
    assertThat(page.select("a")).isEmpty();
    assertThat(page.text()).contains("<script>alert(5)</script>").contains("click");
  }

  @Test
  void markdownSyntaxInTextStaysText() {
    String md = HtmlToMarkdown.convert("<p># not a heading * not a list [x](y) `tick` a_b_c</p>");
    Document page = rendered(md);
    assertThat(page.select("h1, li, a, code, em")).isEmpty();
    assertThat(page.text()).isEqualTo("# not a heading * not a list [x](y) `tick` a_b_c");
  }

  @Test
  void listsQuotesAndCodeBlocks() {
    String md =
        HtmlToMarkdown.convert(
            "<ul><li>one</li><li>two <b>bold</b></li></ul><ol><li>first</li></ol>"
                + "<blockquote><p>quoted</p></blockquote><pre>a < b\n```</pre>");
    Document page = rendered(md);
    assertThat(page.select("ul > li")).hasSize(2);
    assertThat(page.select("ol > li").text()).isEqualTo("first");
    assertThat(page.select("blockquote").text()).isEqualTo("quoted");
    assertThat(page.select("pre code").text()).isEqualTo("a < b\n```");
  }

  @Test
  void rawHtmlInMarkdownIsEscapedInTheFileItself() {
    String md =
        InertMarkdown.of(
            "Intro <b onmouseover=\"alert(1)\">bold</b>.\n\n<script>\nalert(2)\n</script>\n\n"
                + "<div>\n<img src=x onerror=alert(3)>\n</div>\n\n`<code>` stays");
    Document page = rendered(md);
    assertThat(page.select("script, img, div, b")).isEmpty();
    assertThat(md).contains("\\<script>").contains("\\<b onmouseover").contains("`<code>`");
    assertThat(page.text()).contains("<script>").contains("alert(2)");
  }

  @Test
  void plainMarkdownIsKept() {
    String md = "## Heading\n\nSome *text* with a [link](https://example.org).\n";
    assertThat(InertMarkdown.of(md)).isEqualTo(md);
  }

  /**
   * A hostile description nests far deeper than any real one; the converter must not recurse into a
   * stack overflow.
   */
  @Test
  void deepNestingIsFlattenedNotAStackOverflow() {
    String html = "<div><b>".repeat(50_000) + "deep" + "</b></div>".repeat(50_000);
    String md = HtmlToMarkdown.convert(html);
    assertThat(md).contains("deep");
    assertThat(rendered(md).text()).contains("deep");
  }

  @Test
  void deeplyNestedMarkdownIsNoStackOverflow() {
    String md = InertMarkdown.of("> ".repeat(100_000) + "<script>x</script>\n");
    assertThat(rendered(md).select("script")).isEmpty();
  }
}
