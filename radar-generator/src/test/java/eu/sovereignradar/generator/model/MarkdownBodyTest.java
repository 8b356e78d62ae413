package eu.sovereignradar.generator.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MarkdownBodyTest {
  @Test
  void aDeflatedBodyGivesBackItsTextAndEqualsTheHeldOne() {
    // ASCII Markdown, Latin-1, other BMP characters, a surrogate pair; from empty to 200 KB.
    String alphabet = "ab #*_[]()\n\u00e9\u00df\u2014\u203a\u4e2d\ud83d\ude00";
    Random random = new Random(5);
    for (int n = 0; n < 300; n++) {
      StringBuilder text = new StringBuilder();
      int length = n == 0 ? 0 : random.nextInt(n < 290 ? 5_000 : 200_000);
      while (text.length() < length) {
        int i = random.nextInt(alphabet.length() - 1);
        // The pair is one character of the alphabet, never split.
        text.append(i == alphabet.length() - 2 ? alphabet.substring(i) : alphabet.charAt(i));
      }
      String s = text.toString();
      MarkdownBody held = MarkdownBody.of(s);
      MarkdownBody deflated = MarkdownBody.deflated(s);
      assertThat(deflated.text()).isEqualTo(s);
      assertThat(deflated.isDeflated()).isEqualTo(!s.isEmpty());
      assertThat(held.isDeflated()).isFalse();
      assertThat(deflated).isEqualTo(held).hasSameHashCodeAs(held);
      assertThat(held).isEqualTo(deflated);
      assertThat(MarkdownBody.deflated(s)).isEqualTo(deflated);
      assertThat(deflated.toString()).isEqualTo(s);
    }
  }

  @Test
  void bodiesOfDifferentTextsDiffer() {
    assertThat(MarkdownBody.deflated("# One\n")).isNotEqualTo(MarkdownBody.deflated("# Two\n"));
    assertThat(MarkdownBody.deflated("# One\n")).isNotEqualTo(MarkdownBody.of("# Two\n"));
    // Equal hashes, different texts.
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat(MarkdownBody.deflated("Aa")).isNotEqualTo(MarkdownBody.deflated("BB"));
    assertThat(MarkdownBody.of("Aa")).isNotEqualTo(MarkdownBody.deflated("BB"));
  }

  @Test
  void markdownTakesLessRoomDeflated() {
    String body =
        "## Why this ring\n\nThe tool is open source, hosted in the EU, and mature enough. "
            .repeat(40);
    assertThat(MarkdownBody.deflated(body))
        .extracting(b -> b.text().length())
        .isEqualTo(body.length());
    java.util.zip.Deflater d = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED, true);
    d.setInput(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    d.finish();
    byte[] out = new byte[body.length()];
    int n = d.deflate(out);
    d.end();
    assertThat(n).isLessThan(body.length() / 3);
  }
}
