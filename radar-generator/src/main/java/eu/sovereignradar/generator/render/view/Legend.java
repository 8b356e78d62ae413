package eu.sovereignradar.generator.render.view;

import java.util.List;

/**
 * What the chart's colours and marks mean.
 *
 * @param rings every ring, inner to outer
 * @param quadrants every quadrant, in radar.yaml order
 * @param movements the movement marks; empty when the radar has no previous edition
 */
public record Legend(
    List<RingKey> rings, List<QuadrantKey> quadrants, List<MovementKey> movements) {
  public Legend {
    rings = List.copyOf(rings);
    quadrants = List.copyOf(quadrants);
    movements = List.copyOf(movements);
  }
}
