package eu.sovereignradar.generator.score;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The weight of every criterion. Weights are numbers of 0 or more and need not sum to 100: the
 * score is the share of the total weight a blip earns, so it always runs from 0 to 100. Immutable
 * and thread-safe.
 */
public record ScoreWeights(Map<Criterion, Double> weights) {
  /**
   * @param weights a weight for every criterion, each finite and at least 0, at least one above 0
   * @throws IllegalArgumentException when a criterion is missing or a weight is out of range
   */
  public ScoreWeights {
    requireNonNull(weights, "weights");
    EnumMap<Criterion, Double> copy = new EnumMap<>(Criterion.class);
    double total = 0;
    for (Criterion c : Criterion.values()) {
      Double w = weights.get(c);
      if (w == null) {
        throw new IllegalArgumentException("weights has no weight for the criterion " + c.id());
      }
      if (!Double.isFinite(w) || w < 0) {
        throw new IllegalArgumentException(
            "the weight of " + c.id() + " must be finite and at least 0: " + w);
      }
      copy.put(c, w);
      total += w;
    }
    if (total <= 0) {
      throw new IllegalArgumentException("at least one weight must be above 0");
    }
    weights = Collections.unmodifiableMap(copy);
  }

  /** The default weights of {@link Criterion}, summing to 100. */
  public static ScoreWeights defaults() {
    EnumMap<Criterion, Double> map = new EnumMap<>(Criterion.class);
    for (Criterion c : Criterion.values()) {
      map.put(c, c.defaultWeight());
    }
    return new ScoreWeights(map);
  }

  /**
   * The defaults with some weights replaced, as radar.yaml's {@code scoring:} map states them.
   *
   * @param overrides weight by criterion id; ids are checked when radar.yaml is validated
   * @throws IllegalArgumentException for an unknown criterion id or a weight out of range
   */
  public static ScoreWeights withOverrides(Map<String, Double> overrides) {
    EnumMap<Criterion, Double> map = new EnumMap<>(defaults().weights());
    overrides.forEach(
        (id, weight) ->
            map.put(
                Criterion.findById(id)
                    .orElseThrow(
                        () ->
                            new IllegalArgumentException(
                                "unknown score criterion '" + id + "'; known: " + Criterion.ids())),
                weight));
    return new ScoreWeights(map);
  }

  /** The weight of {@code criterion}. */
  public double weight(Criterion criterion) {
    return weights.get(criterion);
  }

  /** The sum of all weights; above 0. */
  public double total() {
    return weights.values().stream().mapToDouble(Double::doubleValue).sum();
  }
}
