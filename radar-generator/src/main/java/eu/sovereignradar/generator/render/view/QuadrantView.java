package eu.sovereignradar.generator.render.view;

import eu.sovereignradar.generator.render.safety.Html;
import java.util.List;

/**
 * A quadrant page: its own sector of the radar and its blips by ring.
 *
 * @param id the quadrant id
 * @param title the quadrant title
 * @param description the quadrant description (may be empty)
 * @param count the number of blips, in words
 * @param chart the sector's SVG
 * @param legend rings and movement marks (and all quadrants, for navigation)
 * @param rings its non-empty rings, inner to outer
 */
public record QuadrantView(
    String id,
    String title,
    String description,
    String count,
    Html chart,
    Legend legend,
    List<RingGroup> rings) {
  public QuadrantView {
    rings = List.copyOf(rings);
  }
}
