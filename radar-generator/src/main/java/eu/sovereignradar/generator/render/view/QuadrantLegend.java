package eu.sovereignradar.generator.render.view;

import eu.sovereignradar.generator.render.safety.Html;
import java.util.List;

/**
 * One quadrant's legend beside the home page's chart: its blips by ring, number and name, each a
 * link, and its sector as a picture for phones.
 *
 * @param id the quadrant id
 * @param title the quadrant title
 * @param href the quadrant page, relative to the home page
 * @param side {@code left} or {@code right} of the chart (a CSS class), see {@code LegendSides}
 * @param row the 1-based row on that side, top first (a CSS class)
 * @param map the quadrant's sector, without links ({@code aria-hidden})
 * @param rings its non-empty rings, inner to outer; empty when the quadrant has no blips
 */
public record QuadrantLegend(
    String id, String title, String href, String side, int row, Html map, List<RingGroup> rings) {
  public QuadrantLegend {
    rings = List.copyOf(rings);
  }
}
