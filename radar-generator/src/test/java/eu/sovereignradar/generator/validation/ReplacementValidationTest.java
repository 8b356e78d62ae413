package eu.sovereignradar.generator.validation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.ValidationResult;
import eu.sovereignradar.generator.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks comparisons rely on: {@code replaces} names real products, every product is replaced
 * by something, capabilities are declared by the quadrant, and a blip that replaces a product
 * states the facts its score needs.
 */
class ReplacementValidationTest {
  private static final String RADAR =
      """
      title: Test radar
      quadrants:
        - id: communication
          title: Communication
          capabilities:
            - id: chat
              title: Group chat
      rings:
        - id: adopt
          title: Adopt
      """;
  private static final String TEAMS =
      """
      ---
      title: Teams
      vendor: Microsoft Corporation
      origin: US
      category: communication
      ---
      Lock-in.
      """;

  @TempDir Path dir;

  private ValidationResult validate(String blip) throws IOException {
    Files.writeString(dir.resolve("radar.yaml"), RADAR);
    Files.createDirectories(dir.resolve("products"));
    Files.createDirectories(dir.resolve("blips"));
    Files.writeString(dir.resolve("products/teams.md"), TEAMS);
    Files.writeString(dir.resolve("blips/matrix.md"), blip);
    return new RadarGenerator(GeneratorOptions.builder(dir).build()).validate();
  }

  private static List<String> describe(ValidationResult result) {
    return result.diagnostics().stream()
        .map(
            d ->
                d.position()
                    + " "
                    + d.severity().name().toLowerCase(java.util.Locale.ROOT)
                    + " "
                    + d.code())
        .toList();
  }

  @Test
  void acceptsABlipReplacingAKnownProductWithItsFacts() throws IOException {
    ValidationResult result =
        validate(
            """
        ---
        title: Matrix
        ring: adopt
        quadrant: communication
        licence: Apache-2.0
        origin: GB
        replaces:
          - product: teams
            coverage: partial
        capabilities:
          chat: yes
        ---
        Text.
        """);

    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void rejectsAnUnknownProductWithTheNearestId() throws IOException {
    ValidationResult result =
        validate(
            """
        ---
        title: Matrix
        ring: adopt
        quadrant: communication
        licence: Apache-2.0
        origin: GB
        replaces: [teams, team]
        ---
        Text.
        """);

    assertThat(describe(result)).containsExactly("blips/matrix.md:7:19 error blip.unknown-product");
    assertThat(result.diagnostics().get(0).hint()).contains("did you mean 'teams'?");
  }

  @Test
  void warnsAboutAProductThatNoBlipReplaces() throws IOException {
    ValidationResult result =
        validate(
            """
        ---
        title: Matrix
        ring: adopt
        quadrant: communication
        ---
        Text.
        """);

    assertThat(describe(result)).containsExactly("products/teams.md:1 warning product.unreplaced");
    assertThat(result.radar()).isPresent();
  }

  @Test
  void rejectsACapabilityTheQuadrantDoesNotDeclare() throws IOException {
    ValidationResult result =
        validate(
            """
        ---
        title: Matrix
        ring: adopt
        quadrant: communication
        licence: Apache-2.0
        origin: GB
        replaces: [teams]
        capabilities:
          chats: yes
        ---
        Text.
        """);

    assertThat(describe(result))
        .containsExactly("blips/matrix.md:9:3 error blip.unknown-capability");
    assertThat(result.diagnostics().get(0).hint()).contains("did you mean 'chat'?");
  }

  @Test
  void warnsWhenABlipReplacingAProductHasNoLicenceOrOrigin() throws IOException {
    ValidationResult noOrigin =
        validate(
            """
        ---
        title: Matrix
        ring: adopt
        quadrant: communication
        licence: Apache-2.0
        replaces: [teams]
        ---
        Text.
        """);
    ValidationResult noLicence =
        validate(
            """
        ---
        title: Matrix
        ring: adopt
        quadrant: communication
        origin: GB
        replaces: [teams]
        ---
        Text.
        """);

    assertThat(describe(noOrigin))
        .containsExactly("blips/matrix.md:6:1 warning blip.replacement-facts-missing");
    assertThat(noOrigin.diagnostics())
        .extracting(Diagnostic::message)
        .singleElement()
        .asString()
        .contains("no origin");
    assertThat(describe(noLicence))
        .containsExactly("blips/matrix.md:6:1 warning blip.replacement-facts-missing");
    assertThat(noLicence.diagnostics())
        .extracting(Diagnostic::message)
        .singleElement()
        .asString()
        .contains("no licence");
  }
}
