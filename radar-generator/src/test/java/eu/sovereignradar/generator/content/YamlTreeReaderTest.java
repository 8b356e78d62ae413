package eu.sovereignradar.generator.content;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlTreeReaderTest {
  private final YamlTreeReader reader = new YamlTreeReader();
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  @Test
  void positionsAreShiftedToTheLineWhereTheYamlStarts() {
    YamlNode root =
        reader.read("x.md", "title: X\ntags:\n  - a\n", 2, diagnostics::add).orElseThrow();
    YamlNode.Map map = (YamlNode.Map) root;
    assertThat(map.find("title").orElseThrow().line()).isEqualTo(2);
    YamlNode.Sequence tags = (YamlNode.Sequence) map.find("tags").orElseThrow().value();
    assertThat(tags.items().get(0).line()).isEqualTo(4);
    assertThat(tags.items().get(0).column()).isEqualTo(5);
  }

  @Test
  void keepsScalarKinds() {
    YamlNode.Map map =
        (YamlNode.Map)
            reader
                .read("x", "a: 3\nb: true\nc: text\nd: null\ne: '3'\n", 1, diagnostics::add)
                .orElseThrow();
    assertThat(((YamlNode.Scalar) map.find("a").orElseThrow().value()).kind())
        .isEqualTo(YamlNode.Scalar.Kind.INTEGER);
    assertThat(((YamlNode.Scalar) map.find("b").orElseThrow().value()).kind())
        .isEqualTo(YamlNode.Scalar.Kind.BOOLEAN);
    assertThat(((YamlNode.Scalar) map.find("c").orElseThrow().value()).kind())
        .isEqualTo(YamlNode.Scalar.Kind.STRING);
    assertThat(((YamlNode.Scalar) map.find("d").orElseThrow().value()).kind())
        .isEqualTo(YamlNode.Scalar.Kind.NULL);
    assertThat(((YamlNode.Scalar) map.find("e").orElseThrow().value()).kind())
        .isEqualTo(YamlNode.Scalar.Kind.STRING);
  }

  @Test
  void emptyValueIsNullButQuotedEmptyTextIsText() {
    YamlNode.Map map =
        (YamlNode.Map)
            reader
                .read("x", "a:\nb:   # comment\nc: \"\"\nd: ''\n", 1, diagnostics::add)
                .orElseThrow();
    assertThat(((YamlNode.Scalar) map.find("a").orElseThrow().value()).kind())
        .isEqualTo(YamlNode.Scalar.Kind.NULL);
    assertThat(((YamlNode.Scalar) map.find("b").orElseThrow().value()).kind())
        .isEqualTo(YamlNode.Scalar.Kind.NULL);
    assertThat(((YamlNode.Scalar) map.find("c").orElseThrow().value()).kind())
        .isEqualTo(YamlNode.Scalar.Kind.STRING);
    assertThat(((YamlNode.Scalar) map.find("d").orElseThrow().value()).kind())
        .isEqualTo(YamlNode.Scalar.Kind.STRING);
  }

  @Test
  void yesAndNoStayText() {
    YamlNode.Map map =
        (YamlNode.Map) reader.read("x", "a: yes\nb: no\n", 1, diagnostics::add).orElseThrow();
    assertThat(((YamlNode.Scalar) map.find("a").orElseThrow().value()).text()).isEqualTo("yes");
  }

  @Test
  void refusesABillionLaughsBomb() {
    StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char p = (char) (c - 1);
      yaml.append(c)
          .append(": &")
          .append(c)
          .append(" [*")
          .append(p)
          .append(", *")
          .append(p)
          .append(", *")
          .append(p)
          .append(", *")
          .append(p)
          .append("]\n");
    }
    assertThat(reader.read("x", yaml.toString(), 1, diagnostics::add)).isEmpty();
    assertThat(diagnostics).extracting(Diagnostic::code).containsExactly("yaml.alias");
  }

  @Test
  void refusesDeepNesting() {
    String yaml = "a: " + "[".repeat(200) + "]".repeat(200) + "\n";
    assertThat(reader.read("x", yaml, 1, diagnostics::add)).isEmpty();
    assertThat(diagnostics)
        .extracting(Diagnostic::code)
        .containsAnyOf("yaml.too-deep", "yaml.syntax");
  }

  @Test
  void refusesMultipleDocuments() {
    assertThat(reader.read("x", "a: 1\n---\nb: 2\n", 1, diagnostics::add)).isEmpty();
    assertThat(diagnostics).extracting(Diagnostic::code).containsExactly("yaml.multiple-documents");
  }

  @Test
  void emptyYamlIsNoValue() {
    assertThat(reader.read("x", "# only a comment\n", 1, diagnostics::add)).isEmpty();
    assertThat(diagnostics).isEmpty();
  }
}
