package eu.sovereignradar.generator.render.view;

import java.util.List;

/**
 * One quadrant in the home page's text alternative to the chart.
 *
 * @param id the quadrant id
 * @param title the quadrant title
 * @param description the quadrant description (may be empty)
 * @param href the quadrant page, relative to the current page
 * @param count the number of blips, in words ("3 technologies")
 * @param rings its non-empty rings, inner to outer; empty when the quadrant has no blips
 */
public record QuadrantSection(
    String id, String title, String description, String href, String count, List<RingGroup> rings) {
  public QuadrantSection {
    rings = List.copyOf(rings);
  }
}
