package eu.sovereignradar.generator.content;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontMatterSplitterTest {
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private Optional<FrontMatter> split(String text) {
    return FrontMatterSplitter.split("blips/x.md", text, false, diagnostics::add);
  }

  @Test
  void remembersWhereYamlAndBodyStart() {
    FrontMatter fm = split("---\ntitle: X\nring: adopt\n---\n# Body\n").orElseThrow();
    assertThat(fm.yaml()).isEqualTo("title: X\nring: adopt\n");
    assertThat(fm.yamlLine()).isEqualTo(2);
    assertThat(fm.body()).isEqualTo("# Body\n");
    assertThat(fm.bodyLine()).isEqualTo(5);
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void toleratesTrailingSpacesOnDelimiters() {
    assertThat(split("---  \ntitle: X\n--- \nBody")).isPresent();
  }

  @Test
  void acceptsAFileThatEndsAtTheClosingDelimiter() {
    FrontMatter fm = split("---\ntitle: X\n---").orElseThrow();
    assertThat(fm.body()).isEmpty();
  }

  @Test
  void reportsMissingFrontMatterOnLineOne() {
    assertThat(split("# Just a heading\n")).isEmpty();
    assertThat(diagnostics)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("front-matter.missing");
              assertThat(d.position().line()).isEqualTo(1);
            });
  }

  @Test
  void reportsUnclosedFrontMatter() {
    assertThat(split("---\ntitle: X\n")).isEmpty();
    assertThat(diagnostics).extracting(Diagnostic::code).containsExactly("front-matter.unclosed");
  }

  @Test
  void aDelimiterMustBeExactlyThreeDashes() {
    assertThat(split("----\ntitle: X\n---\n")).isEmpty();
    assertThat(diagnostics).extracting(Diagnostic::code).containsExactly("front-matter.missing");
  }

  @Test
  void refusesOversizedFrontMatter() {
    String yaml = "summary: " + "x".repeat(FrontMatterSplitter.MAX_FRONT_MATTER_CHARS) + "\n";
    assertThat(split("---\n" + yaml + "---\nBody")).isEmpty();
    assertThat(diagnostics).extracting(Diagnostic::code).containsExactly("front-matter.too-large");
  }

  @Test
  void optionalFrontMatterMakesTheWholeFileBody() {
    FrontMatter fm =
        FrontMatterSplitter.split("about.md", "# About\n", true, diagnostics::add).orElseThrow();
    assertThat(fm.body()).isEqualTo("# About\n");
    assertThat(fm.bodyLine()).isEqualTo(1);
  }
}
