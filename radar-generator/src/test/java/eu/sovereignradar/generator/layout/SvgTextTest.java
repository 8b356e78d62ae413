package eu.sovereignradar.generator.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SvgTextTest {

  @Test
  void formatsNumbersWithAPointAndAtMostTwoDecimals() {
    assertThat(SvgText.number(12.5)).isEqualTo("12.5");
    assertThat(SvgText.number(-3)).isEqualTo("-3");
    assertThat(SvgText.number(0.004)).isEqualTo("0");
    assertThat(SvgText.number(-0.004)).isEqualTo("0");
    assertThat(SvgText.number(1234.567)).isEqualTo("1234.57");
    assertThat(SvgText.number(-0.05)).isEqualTo("-0.05");
    assertThat(SvgText.number(7.1)).isEqualTo("7.1");
  }

  @Test
  void escapesMarkupAndReplacesCharactersXmlForbids() {
    StringBuilder out = new StringBuilder();
    SvgText.escape(out, "<a href='x'>&\"\u0000\uD800 \uD83D\uDE00\t");

    assertThat(out).hasToString("&lt;a href=&apos;x&apos;&gt;&amp;&quot;\uFFFD\uFFFD \uD83D\uDE00\t");
  }
}
