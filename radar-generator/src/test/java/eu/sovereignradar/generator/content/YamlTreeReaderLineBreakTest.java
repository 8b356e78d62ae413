package eu.sovereignradar.generator.content;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SnakeYAML counts U+0085, U+2028 and U+2029 as line breaks (YAML 1.1); editors and git count '\n'
 * only. Positions must follow the file, whatever the text holds.
 */
class YamlTreeReaderLineBreakTest {
  private final YamlTreeReader reader = new YamlTreeReader();

  @Test
  void unicodeLineSeparatorsDoNotShiftLineNumbers() {
    List<Diagnostic> out = new ArrayList<>();
    String yaml = "title: \"a\u2028b\u2029c\u0085d\"\nsummary: 'x\u2028y'\nring: *x\n";
    reader.read("blips/x.md", yaml, 2, out::add);
    assertThat(out)
        .extracting(d -> d.code() + "@" + d.position())
        .containsExactly("yaml.alias@blips/x.md:4:7");
  }

  @Test
  void syntaxErrorsAfterLineSeparatorsPointIntoTheFile() {
    List<Diagnostic> out = new ArrayList<>();
    reader.read("blips/x.md", "summary: \"\u2028\u2028\u2028\"\nring: [a\n", 2, out::add);
    assertThat(out)
        .extracting(d -> d.code() + "@" + d.position().line())
        .containsExactly("yaml.syntax@4");
  }

  @Test
  void valuesKeepTheirPhysicalPositions() {
    List<Diagnostic> out = new ArrayList<>();
    YamlNode.Map root =
        (YamlNode.Map)
            reader
                .read("blips/x.md", "title: \"\u2028\u2028x\"\nring: adopt\n", 2, out::add)
                .orElseThrow();
    assertThat(out).isEmpty();
    YamlNode.Entry ring = root.find("ring").orElseThrow();
    assertThat(ring.line()).isEqualTo(3);
    assertThat(ring.value().line()).isEqualTo(3);
    assertThat(ring.value().column()).isEqualTo(7);
  }

  @Test
  void columnsCountCharactersOutsideTheBasicPlaneOnce() {
    List<Diagnostic> out = new ArrayList<>();
    reader.read("blips/x.md", "title: \"😀😀\"\ntags: [😀, *a]\n", 2, out::add);
    assertThat(out)
        .extracting(d -> d.code() + "@" + d.position())
        .containsExactly("yaml.alias@blips/x.md:3:11");
  }
}
