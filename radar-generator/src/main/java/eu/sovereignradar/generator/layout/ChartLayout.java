package eu.sovereignradar.generator.layout;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of {@link BlipPlacer#place}: the geometry (possibly enlarged) and every blip's
 * position. Immutable and thread-safe.
 *
 * @param geometry the chart geometry the positions refer to
 * @param positions positions by blip id, iterating in id order
 */
public record ChartLayout(ChartGeometry geometry, Map<String, BlipPosition> positions) {
  public ChartLayout {
    requireNonNull(geometry, "geometry");
    positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
  }

  /**
   * The position of blip {@code id}.
   *
   * @throws IllegalArgumentException if the layout has no such blip
   */
  public BlipPosition requirePosition(String id) {
    BlipPosition p = positions.get(id);
    if (p == null) {
      throw new IllegalArgumentException("no blip '" + id + "' in this layout");
    }
    return p;
  }

  /** Whether the chart had to be enlarged because a cell could not hold its blips otherwise. */
  public boolean enlarged() {
    return geometry.scale() > 1;
  }
}
