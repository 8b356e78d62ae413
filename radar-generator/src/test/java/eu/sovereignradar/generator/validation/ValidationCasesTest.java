package eu.sovereignradar.generator.validation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.ValidationResult;
import eu.sovereignradar.generator.diagnostic.DiagnosticFormatter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    String name = null;
    Map<String, String> files = null;
    String file = null;
    StringBuilder content = new StringBuilder();
    for (String line : (text + "\n### end\n").split("\n", -1)) {
      if (line.startsWith("### ") || line.startsWith("=== ")) {
        if (file != null) {
          files.put(file, content.toString());
        }
        content.setLength(0);
        file = null;
        if (line.startsWith("### ")) {
          if (name != null && !name.equals("defaults")) {
            cases.add(toCase(name, files, defaults));
          } else if ("defaults".equals(name)) {
            defaults.putAll(files);
          }
          name = line.substring(4).strip();
          files = new LinkedHashMap<>();
        } else {
          file = line.substring(4).strip();
        }
      } else if (file != null) {
        content.append(line).append('\n');
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
    for (Map.Entry<String, String> f : c.files().entrySet()) {
      Path target = dir.resolve(f.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, f.getValue().replace("<TAB>", "\t"), StandardCharsets.UTF_8);
    }
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
