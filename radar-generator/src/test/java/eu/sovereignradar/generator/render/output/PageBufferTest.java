package eu.sovereignradar.generator.render.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PageBufferTest {
  @Test
  void encodesLikeStringGetBytesWhateverTheWritesAndCharacters() throws IOException {
    // ASCII, Latin-1, BMP, a surrogate pair, and lone high and low surrogates.
    String alphabet = "ab<>&\n\u00e9\u00a0\u203a\u2014\u4e2d\ud83d\ude00\ud83d\ude00\ud800\udc00";
    Random random = new Random(11);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder text = new StringBuilder();
      // Every page twice: held whole, and spilled to a sink in slices of a random size (down to
      // one character, so that slices end between the halves of surrogate pairs).
      PageBuffer buffer = new PageBuffer();
      ByteArrayOutputStream sunk = new ByteArrayOutputStream();
      PageBuffer spilling =
          new PageBuffer((b, len) -> sunk.write(b, 0, len), 1 + random.nextInt(4_000));
      for (int writes = random.nextInt(20); writes > 0; writes--) {
        StringBuilder piece = new StringBuilder();
        for (int i = random.nextInt(3_000); i > 0; i--) {
          piece.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String s = piece.toString();
        int how = random.nextInt(4);
        for (PageBuffer b : List.of(buffer, spilling)) {
          switch (how) {
            case 0 -> b.write(s);
            case 1 -> b.write(s.toCharArray(), 0, s.length());
            case 2 -> b.append(s);
            default -> {
              for (int i = 0; i < s.length(); i++) {
                b.write(s.charAt(i));
              }
            }
          }
        }
        text.append(s);
      }
      byte[] expected = text.toString().getBytes(StandardCharsets.UTF_8);
      assertThat(buffer.utf8()).isEqualTo(expected);
      if (spilling.spilled()) {
        spilling.finish();
        assertThat(sunk.toByteArray()).isEqualTo(expected);
      } else {
        assertThat(sunk.size()).isZero();
        assertThat(spilling.utf8()).isEqualTo(expected);
      }
    }
  }

  @Test
  void writesPartsOfStringsAndArrays() throws IOException {
    PageBuffer buffer = new PageBuffer();
    buffer.write("xx<p>xx", 2, 3);
    buffer.write("<b>".toCharArray(), 1, 1);
    assertThat(new String(buffer.utf8(), StandardCharsets.UTF_8)).isEqualTo("<p>b");
  }

  @Test
  void aPageWithoutASinkIsHeldWholeHoweverLarge() throws IOException {
    PageBuffer buffer = new PageBuffer();
    String line = "<li>\u203a blip</li>\n".repeat(1_000);
    for (int i = 0; i <= PageBuffer.SPILL_CHARS / line.length(); i++) {
      buffer.write(line);
    }
    assertThat(buffer.spilled()).isFalse();
    assertThat(buffer.utf8()).hasSizeGreaterThan(PageBuffer.SPILL_CHARS);
  }

  @Test
  void aSmallPageNeverReachesItsSinkAndASpilledOneHasNoBytesToGive() throws IOException {
    ByteArrayOutputStream sunk = new ByteArrayOutputStream();
    PageBuffer small = new PageBuffer((b, len) -> sunk.write(b, 0, len));
    small.write("<p>a page</p>");
    assertThat(small.spilled()).isFalse();
    assertThatThrownBy(small::finish).isInstanceOf(IllegalStateException.class);
    assertThat(sunk.size()).isZero();

    PageBuffer large = new PageBuffer((b, len) -> sunk.write(b, 0, len), 4);
    large.write("<p>a page</p>");
    large.write("<p>more</p>");
    assertThat(large.spilled()).isTrue();
    assertThatThrownBy(large::utf8).isInstanceOf(IllegalStateException.class);
  }
}
