package eu.sovereignradar.generator.layout;

import static java.util.Objects.requireNonNull;

/**
 * What {@link BlipPlacer} needs to know about a blip. Immutable and thread-safe.
 *
 * @param id the blip id; seeds the blip's random position
 * @param quadrant 0-based sector index
 * @param ring 0-based ring index, 0 innermost
 * @param order the blip's number; in a crowded cell blips fill the lattice in this order, so
 *     numbers read left to right, top to bottom
 */
public record PlaceableBlip(String id, int quadrant, int ring, int order) {
  public PlaceableBlip {
    requireNonNull(id, "id");
  }
}
