package eu.sovereignradar.generator.score;

import static java.util.Objects.requireNonNull;

/**
 * One line of a score's breakdown: which criterion, how much it weighs, how many points the blip
 * earned and why. {@code title} and {@code explanation} are in the radar's language. Immutable and
 * thread-safe.
 *
 * @param criterionId the criterion's id, as used under {@code scoring:} in radar.yaml
 * @param title the criterion's name, e.g. "Licence openness"
 * @param weight the criterion's weight, which is also the most points it can give
 * @param points the points earned: {@code weight × level.fraction()}
 * @param level how far the blip meets the criterion
 * @param explanation one or two sentences naming the fact that led to the level
 */
public record CriterionResult(
    String criterionId,
    String title,
    double weight,
    double points,
    Level level,
    String explanation) {
  public CriterionResult {
    requireNonNull(criterionId, "criterionId");
    requireNonNull(title, "title");
    requireNonNull(level, "level");
    requireNonNull(explanation, "explanation");
    if (points < 0 || points > weight) {
      throw new IllegalArgumentException(
          "points " + points + " must be between 0 and the weight " + weight);
    }
  }

  /** The most points this criterion can give: its weight. */
  public double max() {
    return weight;
  }
}
