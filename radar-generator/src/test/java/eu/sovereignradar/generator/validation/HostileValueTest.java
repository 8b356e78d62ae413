package eu.sovereignradar.generator.validation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.ValidationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values that once crashed the validator instead of producing a diagnostic. Each test writes a tiny
 * radar and expects one diagnostic at the offending value.
 */
class HostileValueTest {
  private static final String RADAR =
      """
      title: T
      quadrants:
        - id: tools
          title: Tools
      rings:
        - id: adopt
          title: Adopt
      """;

  @TempDir Path dir;

  private ValidationResult validate(String radarYaml, String blip) throws IOException {
    Files.writeString(dir.resolve("radar.yaml"), radarYaml, StandardCharsets.UTF_8);
    if (blip != null) {
      Files.createDirectories(dir.resolve("blips"));
      Files.writeString(dir.resolve("blips/x.md"), blip, StandardCharsets.UTF_8);
    }
    return new RadarGenerator(GeneratorOptions.builder(dir).build()).validate();
  }

  private static List<String> located(ValidationResult r) {
    return r.diagnostics().stream()
        .map(d -> d.position().path() + ":" + d.position().line() + " " + d.code())
        .toList();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"stars", "underscores", "tildes", "brackets", "images"})
  void refusesInlineMarkupNestedDeeperThanTheRendererCanRecurse(String form) throws IOException {
    // The sizes of the hostile-tester report; each used to end the build in a StackOverflowError
    // while validate accepted the file.
    String body =
        switch (form) {
          case "stars" -> "*a ".repeat(5_000) + "x" + " a*".repeat(5_000);
          case "underscores" -> "_a ".repeat(5_000) + "x" + " a_".repeat(5_000);
          case "tildes" -> "~~a ".repeat(5_000) + "x" + " a~~".repeat(5_000);
          case "brackets" -> "[".repeat(20_000) + "x" + "]".repeat(20_000);
          default -> "![a ".repeat(3_000) + "x" + "](u)".repeat(3_000);
        };
    ValidationResult r =
        validate(
            RADAR, "---\ntitle: X\nring: adopt\nquadrant: tools\n---\nFine.\n\n" + body + "\n");
    assertThat(located(r)).containsExactly("blips/x.md:8 body.too-deep");
  }

  @Test
  void rejectsDeeplyNestedLicenceParenthesesWithoutStackOverflow() throws IOException {
    // 900 levels: deep enough for the parser's limit, short enough for the length limit.
    String licence = "(".repeat(900) + "MIT" + ")".repeat(900);
    ValidationResult r =
        validate(
            RADAR,
            "---\ntitle: X\nring: adopt\nquadrant: tools\nlicence: " + licence + "\n---\nBody.\n");
    assertThat(located(r)).containsExactly("blips/x.md:5 field.invalid-licence");
    assertThat(r.diagnostics().get(0).message()).contains("nested more than");
  }

  @Test
  void acceptsLicenceParenthesesAtTheNestingLimit() throws IOException {
    int depth = LicenceParser.MAX_NESTING;
    String licence = "(".repeat(depth) + "MIT" + ")".repeat(depth);
    ValidationResult r =
        validate(
            RADAR,
            "---\ntitle: X\nring: adopt\nquadrant: tools\nlicence: " + licence + "\n---\nBody.\n");
    assertThat(located(r)).isEmpty();
  }

  @ParameterizedTest(name = "scoring weight {0}")
  @ValueSource(
      strings = {
        "0x1F", "1_000", "0b101", "0o17", ".inf", "-.inf", ".NaN", "1e999", "-1", "1:30", "[1]"
      })
  void rejectsScoringWeightsThatAreNotFiniteDecimalNumbers(String weight) throws IOException {
    ValidationResult r = validate(RADAR + "scoring:\n  licence: " + weight + "\n", null);
    assertThat(located(r)).containsExactly("radar.yaml:9 radar.invalid-weight");
  }

  @ParameterizedTest(name = "scoring weight {0}")
  @ValueSource(strings = {"0", "20", "12.5", "1e2", "+3"})
  void acceptsDecimalScoringWeights(String weight) throws IOException {
    ValidationResult r = validate(RADAR + "scoring:\n  licence: " + weight + "\n", null);
    assertThat(located(r)).isEmpty();
  }

  @Test
  void rejectsWindowsDeviceNamesAsFileNamesAndTags() throws IOException {
    Files.createDirectories(dir.resolve("blips"));
    Files.writeString(
        dir.resolve("blips/con.md"), "---\ntitle: X\nring: adopt\nquadrant: tools\n---\nBody.\n");
    ValidationResult r =
        validate(
            RADAR,
            "---\ntitle: X\nring: adopt\nquadrant: tools\ntags: [nul, lpt1, com10]\n---\nB.\n");
    assertThat(located(r))
        .containsExactly(
            "blips/con.md:0 file.invalid-name",
            "blips/x.md:5 field.invalid-id",
            "blips/x.md:5 field.invalid-id");
  }
}
