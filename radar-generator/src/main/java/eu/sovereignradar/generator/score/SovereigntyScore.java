package eu.sovereignradar.generator.score;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A blip's sovereignty score with its breakdown. Immutable and thread-safe.
 *
 * @param value the score from 0 to 100: {@code points / maxPoints × 100}, rounded half up
 * @param points the sum of the points earned over all criteria
 * @param maxPoints the sum of all weights
 * @param breakdown one result per criterion, in {@link Criterion} order
 * @param missingFacts the front-matter keys the score needs but the blip does not state (among
 *     {@code licence}, {@code origin}, {@code hosting}), in that order; a missing fact earns no
 *     points, so a reader should know that the score is a lower bound
 * @param applicable false for an open standard ({@code kind: standard}), which the score does not
 *     measure: no vendor to depend on, nothing to host. Pages then say "not applicable" instead of
 *     a number; where a number is still needed (sorting, the roadmap's exposure) {@code value} is
 *     100, since a standard creates no dependency on a vendor, and the breakdown is empty
 */
public record SovereigntyScore(
    int value,
    double points,
    double maxPoints,
    List<CriterionResult> breakdown,
    List<String> missingFacts,
    boolean applicable) {
  public SovereigntyScore {
    requireNonNull(breakdown, "breakdown");
    breakdown = List.copyOf(breakdown);
    missingFacts = List.copyOf(missingFacts);
    if (value < 0 || value > 100) {
      throw new IllegalArgumentException("value must be between 0 and 100: " + value);
    }
  }

  /** The score of an open standard: not applicable. */
  public static SovereigntyScore notApplicable(double maxPoints) {
    return new SovereigntyScore(100, maxPoints, maxPoints, List.of(), List.of(), false);
  }

  /** True when every fact the score uses is stated. */
  public boolean complete() {
    return missingFacts.isEmpty();
  }

  /** The result for {@code criterion}. */
  public CriterionResult result(Criterion criterion) {
    return breakdown.stream()
        .filter(r -> r.criterionId().equals(criterion.id()))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no result for " + criterion.id()));
  }
}
