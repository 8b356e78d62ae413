package eu.sovereignradar.generator.validation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.ValidationResult;
import eu.sovereignradar.generator.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** radar.yaml's {@code scoring:} map: weight overrides checked against the score's criteria. */
class ScoringConfigTest {
  private static final String RADAR =
      """
      title: Test radar
      quadrants:
        - id: collaboration
          title: Collaboration
      rings:
        - id: adopt
          title: Adopt
      """;

  @TempDir Path dir;

  private ValidationResult validate(String scoring) throws IOException {
    Files.writeString(dir.resolve("radar.yaml"), RADAR + scoring);
    return new RadarGenerator(GeneratorOptions.builder(dir).build()).validate();
  }

  @Test
  void acceptsOverridesOfKnownCriteria() throws IOException {
    ValidationResult result =
        validate(
            """
        scoring:
          licence: 40
          eu-hosting: 7.5
        """);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.radar().orElseThrow().scoring())
        .isEqualTo(Map.of("licence", 40.0, "eu-hosting", 7.5));
  }

  @Test
  void rejectsAnUnknownCriterionWithItsLineAndTheNearestId() throws IOException {
    ValidationResult result =
        validate(
            """
        scoring:
          licence: 40
          jurisdicton: 20
        """);

    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.isError()).isTrue();
              assertThat(d.code()).isEqualTo("radar.unknown-score-criterion");
              assertThat(d.position().toString()).isEqualTo("radar.yaml:10:3");
              assertThat(d.message())
                  .contains("'jurisdicton'")
                  .contains("did you mean 'jurisdiction'?");
              assertThat(d.hint())
                  .contains("licence, jurisdiction, self-hosting, eu-hosting, source-code");
            });
    assertThat(result.radar()).isEmpty();
  }

  @Test
  void rejectsNegativeAndNonNumericWeights() throws IOException {
    ValidationResult result =
        validate(
            """
        scoring:
          licence: -5
          jurisdiction: high
          source-code: .inf
        """);

    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("radar.invalid-weight", "radar.invalid-weight", "radar.invalid-weight");
  }

  @Test
  void rejectsWeightsThatAreAllZero() throws IOException {
    ValidationResult result =
        validate(
            """
        scoring:
          licence: 0
          jurisdiction: 0
          self-hosting: 0
          eu-hosting: 0
          source-code: 0
        """);

    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("radar.score-weights-zero");
  }

  @Test
  void acceptsSomeWeightsOfZero() throws IOException {
    ValidationResult result =
        validate(
            """
        scoring:
          source-code: 0
        """);

    assertThat(result.diagnostics()).isEmpty();
  }
}
