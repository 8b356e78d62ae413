package eu.sovereignradar.generator.score;

import java.util.Locale;

/**
 * How far a blip meets one criterion. The fraction of the criterion's weight it earns is fixed per
 * level, so that every rule in {@code docs/sovereignty-score.md} reads as "this fact → this level".
 */
public enum Level {
  /** Meets the criterion: the whole weight. */
  FULL(1.0),
  /** Meets it in part: half the weight. */
  PARTIAL(0.5),
  /** Barely meets it: a quarter of the weight. */
  LOW(0.25),
  /** Does not meet it, or the fact is not stated: nothing. */
  NONE(0.0);

  private final double fraction;

  Level(double fraction) {
    this.fraction = fraction;
  }

  /** The share of the weight earned, from 0 to 1. */
  public double fraction() {
    return fraction;
  }

  /** Lowercase name for style hooks in templates, e.g. {@code partial}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
