package eu.sovereignradar.generator.render.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Markdown written to make the parser slow must still render quickly, and the parser that replaces
 * CommonMark's '<' handling must keep autolinks working. Inputs are about as large as a content
 * file may be (1 MiB, 10,000 lines); each was quadratic or worse somewhere once.
 */
// Seconds, not milliseconds: -DexcludedGroups=browser,slow leaves it out of a quick local run.
@Tag("slow")
class MarkdownRendererPathologicalTest {
  private final MarkdownRenderer markdown = new MarkdownRenderer();

  static Stream<Arguments> pathological() {
    return Stream.of(
        Arguments.of("10,000 nested block quotes", ">".repeat(10_000) + " deep\n"),
        Arguments.of(
            "a 2,000-column table",
            "|"
                + " a |".repeat(2_000)
                + "\n|"
                + "---|".repeat(2_000)
                + "\n|"
                + " b |".repeat(2_000)
                + "\n"),
        Arguments.of("50,000 emphasis openers", "*a ".repeat(50_000)),
        Arguments.of("300,000 '<' without '>'", "<".repeat(300_000)),
        Arguments.of("100,000 unclosed tags", "<a ".repeat(100_000)),
        Arguments.of("100,000 unclosed comments", "<!-- ".repeat(100_000)),
        Arguments.of("100,000 unclosed declarations", "<!X ".repeat(100_000)),
        Arguments.of("100,000 unclosed closing tags", "</".repeat(100_000)),
        Arguments.of("100,000 link definitions with '<'", "[a]: <".repeat(100_000)),
        Arguments.of("100,000 unclosed link destinations", "[a](".repeat(100_000)),
        Arguments.of("100,000 unclosed link titles", "[a](b \"".repeat(100_000)),
        Arguments.of("100,000 footnote references", "[^1]".repeat(100_000) + "\n\n[^1]: x\n"),
        Arguments.of("10,000 lines of '['", "[\n".repeat(10_000)),
        Arguments.of("10,000 table-like lines", "| a |\n".repeat(10_000)),
        Arguments.of("10,000 quoted link openers", "> [a](\n".repeat(10_000)),
        Arguments.of("10,000 lines of 100 '<'", ("<".repeat(100) + "\n").repeat(10_000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pathological")
  void pathologicalMarkdownFinishesQuickly(String name, String markdownText) {
    // Generous for a loaded 2-core CI machine; the quadratic versions took minutes.
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> markdown.render(markdownText));
  }

  private Document render(String md) {
    return Jsoup.parseBodyFragment(markdown.render(md).html().markup());
  }

  @Test
  void autolinksStillBecomeLinks() {
    Document doc =
        render("<https://example.org/a?b=c> and <radar@example.org> and <HTTP://EXAMPLE.ORG>\n");
    assertThat(doc.select("a").eachAttr("href"))
        .containsExactly(
            "https://example.org/a?b=c", "mailto:radar@example.org", "HTTP://EXAMPLE.ORG");
    assertThat(doc.select("a").eachText())
        .containsExactly("https://example.org/a?b=c", "radar@example.org", "HTTP://EXAMPLE.ORG");
  }

  @Test
  void dangerousAutolinksAreInert() {
    Document doc =
        render("<javascript:alert(1)> <JAVASCRIPT:alert(1)> <data:text/html,x> <vbscript:x>\n");
    assertThat(doc.select("a").eachAttr("href")).containsOnly(UrlPolicy.INERT_LINK);
  }

  @Test
  void inlineHtmlAndBrokenAutolinksStayText() {
    Document doc =
        render("a <b onclick=\"alert(1)\">b</b> <not an autolink> <!-- c --> <?php x ?>\n");
    assertThat(doc.select("b, a, script")).isEmpty();
    assertThat(doc.body().text())
        .isEqualTo("a <b onclick=\"alert(1)\">b</b> <not an autolink> <!-- c --> <?php x ?>");
  }

  @Test
  void lessThanSignsInTextAndCodeAreKept() {
    Document doc = render("1 < 2 and 3<4, `a<b>`\n\n```\n<script>\n```\n");
    assertThat(doc.select("p").first().text()).isEqualTo("1 < 2 and 3<4, a<b>");
    assertThat(doc.select("pre code").text()).isEqualTo("<script>");
  }
}
