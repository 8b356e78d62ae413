package eu.sovereignradar.generator.score;

import static eu.sovereignradar.generator.score.ScoreFixtures.blip;
import static eu.sovereignradar.generator.score.ScoreFixtures.licence;
import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.Hosting;
import eu.sovereignradar.generator.model.LicenceKind;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Each criterion's rule, fact by fact, with the default weights and English texts. */
class CriterionTest {
  private final SovereigntyScorer scorer = new SovereigntyScorer(ScoreWeights.defaults(), "en");

  private CriterionResult result(Criterion criterion, Blip blip) {
    return scorer.score(blip).result(criterion);
  }

  @ParameterizedTest(name = "{0} licence {1} earns {2} points")
  @CsvSource({
    "OPEN_SOURCE, MIT OR Apache-2.0, 30, FULL",
    "OPEN_CORE, MIT AND proprietary, 15, PARTIAL",
    "SOURCE_AVAILABLE, BUSL-1.1, 7.5, LOW",
    "PROPRIETARY, proprietary, 0, NONE"
  })
  void ratesLicenceByItsKind(LicenceKind kind, String expression, double points, Level level) {
    CriterionResult r =
        result(Criterion.LICENCE, blip(licence(expression, kind), null, List.of(), null));

    assertThat(r.level()).isEqualTo(level);
    assertThat(r.points()).isEqualTo(points);
    assertThat(r.max()).isEqualTo(30);
    assertThat(r.explanation()).startsWith(expression);
  }

  @Test
  void givesNoLicencePointsAndSaysSoWhenTheLicenceIsMissing() {
    CriterionResult r = result(Criterion.LICENCE, ScoreFixtures.bare());

    assertThat(r.level()).isEqualTo(Level.NONE);
    assertThat(r.explanation()).contains("No licence is stated");
  }

  @ParameterizedTest(name = "origin {0} is {1}")
  @CsvSource({
    "DE, FULL, Germany",
    "FR, FULL, France",
    "NO, FULL, Norway",
    "CH, FULL, Switzerland",
    "JP, PARTIAL, Japan",
    "GB, PARTIAL, United Kingdom",
    "US, NONE, CLOUD Act",
    "CN, NONE, National Intelligence Law",
    "RU, NONE, SORM",
    "community, PARTIAL, No single entity controls the project"
  })
  void ratesJurisdictionByTheOriginCountry(String origin, Level level, String mentioned) {
    CriterionResult r = result(Criterion.JURISDICTION, blip(null, origin, List.of(), null));

    assertThat(r.level()).isEqualTo(level);
    assertThat(r.points()).isEqualTo(25 * level.fraction());
    assertThat(r.explanation()).contains(mentioned);
  }

  @ParameterizedTest(name = "a community project explained in {0}")
  @CsvSource({
    "en, 'No single entity controls', 'no government can compel'",
    "fr, 'Aucune entité', 'aucun gouvernement ne peut'",
    "de, 'Keine einzelne Organisation', 'kann keine Regierung'"
  })
  void aCommunityProjectIsNotUnderForeignControlAndTheTextSaysSo(
      String language, String first, String second) {
    CriterionResult r =
        new SovereigntyScorer(ScoreWeights.defaults(), language)
            .score(blip(null, "community", List.of(), null))
            .result(Criterion.JURISDICTION);
    assertThat(r.level()).isEqualTo(Level.PARTIAL);
    assertThat(r.explanation())
        .contains(first)
        .contains(second)
        .doesNotContain("outside Europe")
        .doesNotContain("hors d'Europe")
        .doesNotContain("außerhalb Europas");
  }

  @Test
  void givesNoJurisdictionPointsAndSaysSoWhenTheOriginIsMissing() {
    CriterionResult r = result(Criterion.JURISDICTION, ScoreFixtures.bare());

    assertThat(r.level()).isEqualTo(Level.NONE);
    assertThat(r.explanation()).contains("No origin is stated").contains("unknown");
  }

  @ParameterizedTest(name = "hosting {0}: self-hosting {1}, EU hosting {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SELF_HOSTED                       | FULL | FULL",
        "ON_DEVICE                         | FULL | FULL",
        "SAAS_EU                           | NONE | FULL",
        "SAAS_NON_EU                       | NONE | NONE",
        "SAAS_EU SAAS_NON_EU               | NONE | FULL",
        "ON_DEVICE SAAS_NON_EU             | FULL | NONE",
        "SELF_HOSTED SAAS_NON_EU           | FULL | FULL",
        "SELF_HOSTED ON_DEVICE SAAS_EU     | FULL | FULL"
      })
  void ratesSelfHostingAndEuHostingFromTheHostingList(
      String hosting, Level selfHosting, Level euHosting) {
    List<Hosting> list = Arrays.stream(hosting.strip().split(" +")).map(Hosting::valueOf).toList();
    Blip blip = blip(null, null, list, null);

    assertThat(result(Criterion.SELF_HOSTING, blip).level()).isEqualTo(selfHosting);
    assertThat(result(Criterion.EU_HOSTING, blip).level()).isEqualTo(euHosting);
  }

  @Test
  void explainsThatAnApplicationWithoutHostedPartKeepsDataOnTheDevices() {
    CriterionResult r =
        result(Criterion.EU_HOSTING, blip(null, null, List.of(Hosting.ON_DEVICE), null));

    assertThat(r.explanation()).contains("needs no hosting");
  }

  @ParameterizedTest
  @EnumSource(
      value = Criterion.class,
      names = {"SELF_HOSTING", "EU_HOSTING"})
  void givesNoHostingPointsAndSaysSoWhenHostingIsMissing(Criterion criterion) {
    CriterionResult r = result(criterion, ScoreFixtures.bare());

    assertThat(r.level()).isEqualTo(Level.NONE);
    assertThat(r.explanation()).contains("No hosting options are stated");
  }

  @Test
  void givesSourceCodePointsForAPublishedRepositoryAndNamesIt() {
    CriterionResult r =
        result(Criterion.SOURCE_CODE, blip(null, null, List.of(), "https://codeberg.org/x/y"));

    assertThat(r.level()).isEqualTo(Level.FULL);
    assertThat(r.points()).isEqualTo(10);
    assertThat(r.explanation()).contains("https://codeberg.org/x/y");
  }

  @Test
  void givesNoSourceCodePointsWithoutARepository() {
    CriterionResult r = result(Criterion.SOURCE_CODE, ScoreFixtures.bare());

    assertThat(r.level()).isEqualTo(Level.NONE);
    assertThat(r.points()).isZero();
  }
}
