package eu.sovereignradar.generator.render.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlPolicyTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.org/a?b=c#d",
        "http://example.org",
        "HTTPS://EXAMPLE.ORG",
        "mailto:radar@example.org",
        "../blips/x.html",
        "page.html",
        "#section",
        "?q=1",
        "/absolute/path",
        "//example.org/protocol-relative",
        "docs/a:b",
        "",
      })
  void allowsRelativeAndHttpHttpsMailto(String url) {
    assertThat(UrlPolicy.isAllowed(url)).isTrue();
    assertThat(UrlPolicy.link(url)).isEqualTo(url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "\u0001javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "java\rscript:alert(1)",
        "java&#x09;script:alert(1)",
        "java&#9;script:alert(1)",
        "java&Tab;script:alert(1)",
        "&#106;avascript:alert(1)",
        "&#x6A;avascript:alert(1)",
        "&#0000106avascript:alert(1)",
        "javascript&colon;alert(1)",
        "javascript&#58;alert(1)",
        "&amp;#106;avascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "DATA:image/svg+xml,<svg onload=alert(1)>",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "ftp://example.org",
        "unknown-scheme:x",
      })
  void refusesEveryOtherSchemeHoweverItIsWritten(String url) {
    assertThat(UrlPolicy.isAllowed(url)).isFalse();
    assertThat(UrlPolicy.link(url)).isEqualTo(UrlPolicy.INERT_LINK);
    assertThat(UrlPolicy.INSTANCE.sanitizeImageUrl(url)).isEqualTo(UrlPolicy.INERT_IMAGE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"&#xFFFFFFFF;javascript:x", "&#99999999999;", "&#x;", "&#;", "&"})
  void survivesMalformedReferences(String url) {
    UrlPolicy.isAllowed(url);
  }
}
