package eu.sovereignradar.generator.score;

import static java.util.Objects.requireNonNull;

import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.Radar;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes the {@link SovereigntyScore} of a blip from its facts. Pure: the same blip, weights and
 * language always give the same score. Immutable and thread-safe; create one per radar and share it
 * between rendering threads.
 */
public final class SovereigntyScorer {
  private final ScoreWeights weights;
  private final String language;
  private final ScoreTexts texts;

  /**
   * @param weights the weight of every criterion
   * @param language the interface language of the explanations ({@code en}, {@code fr} or {@code
   *     de}; any other gives English)
   */
  public SovereigntyScorer(ScoreWeights weights, String language) {
    this.weights = requireNonNull(weights, "weights");
    this.language = requireNonNull(language, "language");
    this.texts = ScoreTexts.forLanguage(language);
  }

  /**
   * A scorer with the radar's language and its {@code scoring:} overrides applied to the default
   * weights.
   *
   * @throws IllegalArgumentException when the radar names an unknown criterion, which validation
   *     reports before a {@link Radar} exists
   */
  public static SovereigntyScorer forRadar(Radar radar) {
    return new SovereigntyScorer(ScoreWeights.withOverrides(radar.scoring()), radar.language());
  }

  /** The weights this scorer uses. */
  public ScoreWeights weights() {
    return weights;
  }

  /** Scores one blip. */
  public SovereigntyScore score(Blip blip) {
    requireNonNull(blip, "blip");
    if (blip.standard()) {
      return SovereigntyScore.notApplicable(weights.total());
    }
    List<CriterionResult> breakdown = new ArrayList<>();
    double points = 0;
    for (Criterion c : Criterion.values()) {
      Rating rating = c.rate(blip, language);
      double weight = weights.weight(c);
      double earned = weight * rating.level().fraction();
      points += earned;
      breakdown.add(
          new CriterionResult(
              c.id(),
              texts.title(c),
              weight,
              earned,
              rating.level(),
              texts.explanation(c, rating)));
    }
    double max = weights.total();
    // Round half up on a value cleaned of binary noise, so 62.5 becomes 63 on every machine.
    int value = (int) Math.floor(Math.round(points / max * 100 * 1e6) / 1e6 + 0.5);
    return new SovereigntyScore(
        Math.min(100, value), points, max, breakdown, missingFacts(blip), true);
  }

  private static List<String> missingFacts(Blip blip) {
    List<String> missing = new ArrayList<>();
    if (blip.licence() == null) {
      missing.add("licence");
    }
    if (blip.origin() == null) {
      missing.add("origin");
    }
    if (blip.hosting().isEmpty()) {
      missing.add("hosting");
    }
    return missing;
  }
}
