package eu.sovereignradar.generator.render.view;

import eu.sovereignradar.generator.render.safety.Html;
import java.util.List;

/**
 * The radar as it stood at a past edition: its chart and its blips by quadrant and ring.
 *
 * @param quadrants each with its rings, each with its blips linked to their current pages
 */
public record PastRadarView(
    EditionRow edition, String lead, Html chart, List<PastQuadrant> quadrants, String changesHref) {
  public PastRadarView {
    quadrants = List.copyOf(quadrants);
  }

  /** A quadrant of the past radar. */
  public record PastQuadrant(String title, List<PastRing> rings) {
    public PastQuadrant {
      rings = List.copyOf(rings);
    }
  }

  /** A ring of a quadrant of the past radar, with its blips' numbers and links. */
  public record PastRing(String title, String ringId, List<ItemLink> blips) {
    public PastRing {
      blips = List.copyOf(blips);
    }
  }
}
