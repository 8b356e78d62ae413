package eu.sovereignradar.generator.compare;

import static java.util.Objects.requireNonNull;

import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.Replacement;
import eu.sovereignradar.generator.score.SovereigntyScore;

/**
 * One blip as an alternative to one product: the blip, its {@code replaces} entry for that product
 * (coverage and notes) and its sovereignty score. Immutable and thread-safe.
 */
public record Alternative(Blip blip, Replacement replacement, SovereigntyScore score) {
  public Alternative {
    requireNonNull(blip, "blip");
    requireNonNull(replacement, "replacement");
    requireNonNull(score, "score");
  }
}
