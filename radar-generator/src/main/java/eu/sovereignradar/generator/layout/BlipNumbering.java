package eu.sovereignradar.generator.layout;

import eu.sovereignradar.generator.model.Blip;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Gives blips the numbers that the chart and the lists show. */
public final class BlipNumbering {

  /** The radar's blip order: quadrant, ring, title ignoring case, id. */
  static final Comparator<Blip> RADAR_ORDER =
      Comparator.<Blip>comparingInt(b -> b.quadrant().index())
          .thenComparingInt(b -> b.ring().index())
          .thenComparing(b -> b.title().toLowerCase(Locale.ROOT))
          .thenComparing(Blip::id);

  private BlipNumbering() {}

  /**
   * Stable numbers 1..N in the radar's blip order (quadrant, ring, title, id), by blip id. The list
   * is sorted again before numbering, so a caller that passes another order still gets the same
   * numbers. The returned map is unmodifiable and iterates in number order.
   *
   * @throws IllegalArgumentException if two blips share an id
   */
  public static Map<String, Integer> number(List<Blip> blipsInRadarOrder) {
    List<Blip> sorted = new ArrayList<>(blipsInRadarOrder);
    sorted.sort(RADAR_ORDER);
    Map<String, Integer> numbers = new LinkedHashMap<>();
    for (Blip b : sorted) {
      if (numbers.putIfAbsent(b.id(), numbers.size() + 1) != null) {
        throw new IllegalArgumentException("blip '" + b.id() + "' appears twice");
      }
    }
    return Collections.unmodifiableMap(numbers);
  }
}
