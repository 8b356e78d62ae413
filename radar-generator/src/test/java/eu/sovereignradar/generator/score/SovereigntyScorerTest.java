package eu.sovereignradar.generator.score;

import static eu.sovereignradar.generator.score.ScoreFixtures.blip;
import static eu.sovereignradar.generator.score.ScoreFixtures.licence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.Hosting;
import eu.sovereignradar.generator.model.LicenceKind;
import eu.sovereignradar.generator.model.Radar;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The total, the weights and their overrides, the breakdown and its languages. */
class SovereigntyScorerTest {
  private final SovereigntyScorer scorer = new SovereigntyScorer(ScoreWeights.defaults(), "en");

  @Test
  void defaultWeightsSumToOneHundred() {
    assertThat(ScoreWeights.defaults().total()).isEqualTo(100);
  }

  @Test
  void scoresABlipMeetingEveryCriterionOneHundred() {
    SovereigntyScore score = scorer.score(ScoreFixtures.sovereign());

    assertThat(score.value()).isEqualTo(100);
    assertThat(score.points()).isEqualTo(100);
    assertThat(score.complete()).isTrue();
  }

  @Test
  void scoresABlipWithoutFactsZeroAndListsTheMissingKeys() {
    SovereigntyScore score = scorer.score(ScoreFixtures.bare());

    assertThat(score.value()).isZero();
    assertThat(score.missingFacts()).containsExactly("licence", "origin", "hosting");
    assertThat(score.complete()).isFalse();
  }

  /** An open standard has no vendor and nothing to host: the score does not apply to it. */
  @Test
  void doesNotScoreAStandard() {
    Blip bare = ScoreFixtures.bare();
    Blip standard =
        new Blip(
            bare.id(),
            bare.title(),
            bare.ring(),
            bare.quadrant(),
            bare.summary(),
            bare.tags(),
            bare.licence(),
            "Royalty-free, published by ISO/IEC.",
            "OASIS",
            bare.origin(),
            bare.hosting(),
            bare.website(),
            bare.sourceCode(),
            bare.links(),
            bare.replaces(),
            bare.capabilities(),
            bare.history(),
            bare.reviewed(),
            bare.movement(),
            bare.markdown(),
            bare.source(),
            eu.sovereignradar.generator.model.BlipKind.STANDARD);

    SovereigntyScore score = scorer.score(standard);

    assertThat(score.applicable()).isFalse();
    assertThat(score.breakdown()).isEmpty();
    assertThat(score.missingFacts()).isEmpty();
    // Where a number is needed (sorting, exposure) a standard creates no dependency.
    assertThat(score.value()).isEqualTo(100);
    assertThat(scorer.score(bare).applicable()).isTrue();
    assertThat(scorer.score(bare).value()).isZero();
  }

  @Test
  void addsThePointsOfEveryCriterion() {
    // Open core (15) + US vendor (0) + self-hosted (20) + EU hosting through self-hosting (15) +
    // repository (10)
    Blip openCoreFromUs =
        blip(
            licence("MIT AND proprietary", LicenceKind.OPEN_CORE),
            "US",
            List.of(Hosting.SELF_HOSTED, Hosting.SAAS_NON_EU),
            "https://github.com/example/example");

    assertThat(scorer.score(openCoreFromUs).value()).isEqualTo(60);
  }

  /** The rows of the "Examples" table in docs/sovereignty-score.md: the document must not lie. */
  @ParameterizedTest(name = "{0} {1} {2} source={3} scores {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "AGPL-3.0-or-later   | OPEN_SOURCE      | DE | SELF_HOSTED SAAS_EU     | true  | 100",
        "MIT AND proprietary | OPEN_CORE        | US | SELF_HOSTED SAAS_NON_EU | true  | 60",
        "BUSL-1.1            | SOURCE_AVAILABLE | DE | SELF_HOSTED             | false | 68",
        "proprietary         | PROPRIETARY      | FR | SAAS_EU                 | false | 40",
        "proprietary         | PROPRIETARY      | US | SAAS_NON_EU             | false | 0",
        "GPL-3.0-or-later    | OPEN_SOURCE      |    | ON_DEVICE               | true  | 75"
      })
  void scoresTheDocumentedExamplesAsDocumented(
      String expression,
      LicenceKind kind,
      String origin,
      String hosting,
      boolean source,
      int expected) {
    List<Hosting> list = Arrays.stream(hosting.split(" +")).map(Hosting::valueOf).toList();
    Blip blip =
        blip(licence(expression, kind), origin, list, source ? "https://example.org/src" : null);

    assertThat(scorer.score(blip).value()).isEqualTo(expected);
  }

  @Test
  void roundsHalfPointsUp() {
    // Source-available (7.5) + German vendor (25) + self-hosted (20 + 15), no repository: 67.5
    Blip blip =
        blip(
            licence("BUSL-1.1", LicenceKind.SOURCE_AVAILABLE),
            "DE",
            List.of(Hosting.SELF_HOSTED),
            null);

    SovereigntyScore score = scorer.score(blip);

    assertThat(score.points()).isEqualTo(67.5);
    assertThat(score.value()).isEqualTo(68);
  }

  @Test
  void listsTheBreakdownInCriterionOrderWithWeightsAsMaximum() {
    SovereigntyScore score = scorer.score(ScoreFixtures.sovereign());

    assertThat(score.breakdown())
        .extracting(CriterionResult::criterionId)
        .containsExactly("licence", "jurisdiction", "self-hosting", "eu-hosting", "source-code");
    assertThat(score.breakdown())
        .extracting(CriterionResult::max)
        .containsExactly(30.0, 25.0, 20.0, 15.0, 10.0);
    assertThat(score.breakdown())
        .extracting(CriterionResult::title)
        .containsExactly(
            "Licence openness",
            "Jurisdiction of the controlling entity",
            "Runs on infrastructure you control",
            "Data can stay in Europe",
            "Source code published");
  }

  @Test
  void overriddenWeightsChangeTheShareOfEachCriterion() {
    // Only the jurisdiction criterion is met; its weight goes from 25 of 100 to 50 of 125.
    ScoreWeights weights = ScoreWeights.withOverrides(Map.of("jurisdiction", 50.0));
    Blip europeanProprietary =
        blip(
            licence("proprietary", LicenceKind.PROPRIETARY),
            "FR",
            List.of(Hosting.SAAS_NON_EU),
            null);

    SovereigntyScore score = new SovereigntyScorer(weights, "en").score(europeanProprietary);

    assertThat(scorer.score(europeanProprietary).value()).isEqualTo(25);
    assertThat(score.maxPoints()).isEqualTo(125);
    assertThat(score.result(Criterion.JURISDICTION).max()).isEqualTo(50);
    assertThat(score.value()).isEqualTo(40);
  }

  @Test
  void aWeightOfZeroTakesACriterionOutOfTheScore() {
    ScoreWeights weights = ScoreWeights.withOverrides(Map.of("source-code", 0.0));
    Blip noRepository =
        blip(licence("MIT", LicenceKind.OPEN_SOURCE), "DE", List.of(Hosting.SELF_HOSTED), null);

    SovereigntyScore score = new SovereigntyScorer(weights, "en").score(noRepository);

    assertThat(score.value()).isEqualTo(100);
    assertThat(score.result(Criterion.SOURCE_CODE).points()).isZero();
  }

  @Test
  void forRadarAppliesTheRadarsScoringAndLanguage() {
    Radar radar =
        new Radar(
            new eu.sovereignradar.generator.model.RadarSettings(
                "R",
                "",
                "de",
                null,
                null,
                null,
                List.of(ScoreFixtures.COLLABORATION),
                List.of(ScoreFixtures.ADOPT),
                Map.of("licence", 70.0)),
            List.of(),
            List.of(),
            null);

    SovereigntyScorer forRadar = SovereigntyScorer.forRadar(radar);

    assertThat(forRadar.weights().weight(Criterion.LICENCE)).isEqualTo(70);
    assertThat(forRadar.weights().total()).isEqualTo(140);
    assertThat(forRadar.score(ScoreFixtures.bare()).result(Criterion.LICENCE).title())
        .isEqualTo("Offenheit der Lizenz");
  }

  @Test
  void rejectsAnUnknownCriterionInOverrides() {
    assertThatThrownBy(() -> ScoreWeights.withOverrides(Map.of("license", 10.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("license");
  }

  @Test
  void rejectsWeightsThatAreAllZero() {
    Map<String, Double> zeros = new HashMap<>();
    Criterion.ids().forEach(id -> zeros.put(id, 0.0));

    assertThatThrownBy(() -> ScoreWeights.withOverrides(zeros))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void explainsInFrenchWithFrenchCountryNames() {
    SovereigntyScore score =
        new SovereigntyScorer(ScoreWeights.defaults(), "fr").score(ScoreFixtures.sovereign());

    assertThat(score.result(Criterion.JURISDICTION).title())
        .isEqualTo("Juridiction de l'entité qui contrôle le produit");
    assertThat(score.result(Criterion.JURISDICTION).explanation()).contains("Allemagne");
  }

  @Test
  void fallsBackToEnglishForALanguageWithoutTranslation() {
    SovereigntyScore score =
        new SovereigntyScorer(ScoreWeights.defaults(), "es").score(ScoreFixtures.sovereign());

    assertThat(score.result(Criterion.LICENCE).title()).isEqualTo("Licence openness");
  }

  @ParameterizedTest
  @ValueSource(strings = {"score_fr.properties", "score_de.properties"})
  void translationsHaveExactlyTheEnglishKeys(String translation) throws IOException {
    assertThat(keys(translation)).isEqualTo(keys("score.properties"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "de"})
  void everyRuleOutcomeHasATextInEveryLanguage(String language) {
    SovereigntyScorer s = new SovereigntyScorer(ScoreWeights.defaults(), language);
    List<Blip> blips =
        List.of(
            ScoreFixtures.bare(),
            ScoreFixtures.sovereign(),
            blip(
                licence("MIT AND proprietary", LicenceKind.OPEN_CORE),
                "US",
                List.of(Hosting.ON_DEVICE),
                null),
            blip(
                licence("BUSL-1.1", LicenceKind.SOURCE_AVAILABLE),
                "JP",
                List.of(Hosting.SAAS_EU),
                null),
            blip(
                licence("proprietary", LicenceKind.PROPRIETARY),
                "CN",
                List.of(Hosting.SAAS_NON_EU),
                null),
            blip(null, null, List.of(Hosting.SELF_HOSTED, Hosting.ON_DEVICE), null));

    for (Blip b : blips) {
      for (CriterionResult r : s.score(b).breakdown()) {
        assertThat(r.explanation()).isNotBlank().doesNotContain("{0}").doesNotContain("{1}");
      }
    }
  }

  private static Set<Object> keys(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = SovereigntyScorer.class.getResourceAsStream(resource)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p.keySet();
  }
}
