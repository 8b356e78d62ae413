package eu.sovereignradar.generator.validation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.InlineFiles;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.ValidationResult;
import eu.sovereignradar.generator.diagnostic.DiagnosticFormatter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case of {@code validation/cases.txt}: a tiny radar written as named files, and the
 * diagnostics it must produce, one per line as {@code path:line:col: severity [code]}. Cases are
 * data so that a rule's behaviour reads like its documentation. A case that gives no radar.yaml
 * gets the default one at the top of the file.
 */
class ValidationCasesTest {
  private static final String RESOURCE = "/validation/cases.txt";

  record Case(String name, Map<String, String> files, List<String> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> cases() throws IOException {
    String text;
    try (InputStream in = ValidationCasesTest.class.getResourceAsStream(RESOURCE)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Case> cases = new ArrayList<>();
    Map<String, String> defaults = new LinkedHashMap<>();
    // "### name" separates the cases; inside one, files use the InlineFiles syntax.
    for (String block : ("\n" + text).split("\n### ")) {
      int end = block.indexOf('\n');
      if (end < 0 || !block.contains("\n=== ")) {
        continue;
      }
      String name = block.substring(0, end).strip();
      Map<String, String> files = InlineFiles.parse(block.substring(end + 1));
      if (name.equals("defaults")) {
        defaults.putAll(files);
      } else {
        cases.add(toCase(name, files, defaults));
      }
    }
    return cases.stream().map(c -> Arguments.of(c));
  }

  private static Case toCase(String name, Map<String, String> files, Map<String, String> defaults) {
    Map<String, String> all = new LinkedHashMap<>(defaults);
    all.putAll(files);
    String expected = all.remove("expected");
    List<String> lines =
        expected == null
            ? List.of()
            : expected.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    return new Case(name, all, lines);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void producesExactlyTheExpectedDiagnostics(Case c, @TempDir Path dir) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    c.files().forEach((path, text) -> files.put(path, text.replace("<TAB>", "\t")));
    InlineFiles.write(dir, files);
    ValidationResult result = new RadarGenerator(GeneratorOptions.builder(dir).build()).validate();
    DiagnosticFormatter formatter = new DiagnosticFormatter("");
    List<String> actual =
        result.diagnostics().stream()
            .map(d -> formatter.location(d) + ": " + d.severity().label() + " [" + d.code() + "]")
            .toList();
    assertThat(actual)
        .as(
            "diagnostics of case '%s':%n%s",
            c.name(),
            String.join("\n", result.diagnostics().stream().map(formatter::text).toList()))
        .containsExactlyElementsOf(c.expected());
    result.diagnostics().forEach(d -> assertThat(d.message()).isNotBlank());
    assertThat(result.radar().isPresent()).isEqualTo(result.errorCount() == 0);
  }
}
