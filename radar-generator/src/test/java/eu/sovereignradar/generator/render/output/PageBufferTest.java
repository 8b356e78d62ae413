package eu.sovereignradar.generator.render.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PageBufferTest {
  @Test
  void encodesLikeStringGetBytesWhateverTheWritesAndCharacters() {
    // ASCII, Latin-1, BMP, a surrogate pair, and lone high and low surrogates.
    String alphabet = "ab<>&\n\u00e9\u00a0\u203a\u2014\u4e2d\ud83d\ude00\ud83d\ude00\ud800\udc00";
    Random random = new Random(11);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder text = new StringBuilder();
      PageBuffer buffer = new PageBuffer();
      for (int writes = random.nextInt(20); writes > 0; writes--) {
        StringBuilder piece = new StringBuilder();
        for (int i = random.nextInt(3_000); i > 0; i--) {
          piece.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String s = piece.toString();
        switch (random.nextInt(4)) {
          case 0 -> buffer.write(s);
          case 1 -> buffer.write(s.toCharArray(), 0, s.length());
          case 2 -> buffer.append(s);
          default -> s.chars().forEach(buffer::write);
        }
        text.append(s);
      }
      assertThat(buffer.utf8()).isEqualTo(text.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void writesPartsOfStringsAndArrays() {
    PageBuffer buffer = new PageBuffer();
    buffer.write("xx<p>xx", 2, 3);
    buffer.write("<b>".toCharArray(), 1, 1);
    assertThat(new String(buffer.utf8(), StandardCharsets.UTF_8)).isEqualTo("<p>b");
  }
}
