package eu.sovereignradar.generator.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SvgTextTest {

  @Test
  void formatsNumbersWithAPointAndAtMostOneDecimal() {
    assertThat(SvgText.number(12.5)).isEqualTo("12.5");
    assertThat(SvgText.number(-3)).isEqualTo("-3");
    assertThat(SvgText.number(0.04)).isEqualTo("0");
    assertThat(SvgText.number(-0.04)).isEqualTo("0");
    assertThat(SvgText.number(1234.567)).isEqualTo("1234.6");
    assertThat(SvgText.number(-0.06)).isEqualTo("-0.1");
    assertThat(SvgText.number(7.1)).isEqualTo("7.1");
    assertThat(SvgText.number(1e7)).isEqualTo("10000000");
  }

  @Test
  void escapesMarkupAndReplacesCharactersXmlForbids() {
    StringBuilder out = new StringBuilder();
    SvgText.escape(out, "<a href='x'>&\"\u0000\uD800 \uD83D\uDE00\t");

    assertThat(out)
        .hasToString("&lt;a href=&apos;x&apos;&gt;&amp;&quot;\uFFFD\uFFFD \uD83D\uDE00\t");
  }
}
