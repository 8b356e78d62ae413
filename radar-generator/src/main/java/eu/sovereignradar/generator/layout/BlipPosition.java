package eu.sovereignradar.generator.layout;

import static java.util.Objects.requireNonNull;

/**
 * Where one blip sits. Everything drawn for the blip stays within {@code radius} of the centre.
 * Immutable and thread-safe.
 *
 * @param id the blip id
 * @param quadrant 0-based sector index
 * @param ring 0-based ring index
 * @param x centre x in SVG user units (chart centre at 0)
 * @param y centre y in SVG user units (y grows downwards)
 * @param radius the blip's footprint radius
 */
public record BlipPosition(String id, int quadrant, int ring, double x, double y, double radius) {
  public BlipPosition {
    requireNonNull(id, "id");
  }
}
