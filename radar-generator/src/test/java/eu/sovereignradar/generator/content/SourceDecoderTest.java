package eu.sovereignradar.generator.content;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.diagnostic.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceDecoderTest {
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  @Test
  void dropsTheByteOrderMarkAndNormalisesLineEndings() {
    byte[] bytes = "\uFEFF---\r\ntitle: X\r\n---\rBody".getBytes(StandardCharsets.UTF_8);
    assertThat(SourceDecoder.decode("x.md", bytes, diagnostics::add))
        .contains("---\ntitle: X\n---\nBody");
  }

  @Test
  void reportsInvalidUtf8WithItsLineAndColumn() {
    byte[] head = "---\ntitle: Caf".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 2];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xE9; // Latin-1 é
    bytes[head.length + 1] = '\n';
    assertThat(SourceDecoder.decode("x.md", bytes, diagnostics::add)).isEmpty();
    assertThat(diagnostics)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("file.invalid-utf8");
              assertThat(d.position().line()).isEqualTo(2);
              assertThat(d.position().column()).isEqualTo(11);
              assertThat(d.message()).contains("0xE9");
            });
  }

  @Test
  void aFileHoldingTheReplacementCharacterItselfIsValid() {
    String text = "---\ntitle: Broken \uFFFD sign\n---\nText, caf\u00E9.\n";
    assertThat(
            SourceDecoder.decode("x.md", text.getBytes(StandardCharsets.UTF_8), diagnostics::add))
        .contains(text);
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void encodedSurrogatesAndOverlongFormsAreInvalid() {
    byte[][] invalid = {
      {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'b'}, // U+D800 encoded: not UTF-8
      {'a', (byte) 0xC0, (byte) 0xAF, 'b'}, // an overlong '/'
      {'a', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
    };
    for (byte[] bytes : invalid) {
      diagnostics.clear();
      assertThat(SourceDecoder.decode("x.md", bytes, diagnostics::add)).isEmpty();
      assertThat(diagnostics)
          .singleElement()
          .extracting(d -> d.code())
          .isEqualTo("file.invalid-utf8");
    }
  }
}
