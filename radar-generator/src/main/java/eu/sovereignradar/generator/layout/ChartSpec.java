package eu.sovereignradar.generator.layout;

import static java.util.Objects.requireNonNull;

import eu.sovereignradar.generator.model.Quadrant;
import eu.sovereignradar.generator.model.Ring;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What to draw. Immutable and thread-safe; the constructor rejects inconsistent specs with an
 * {@link IllegalArgumentException} naming the problem.
 *
 * @param quadrants the sectors to draw: all of {@code allQuadrants} for the whole radar, or one of
 *     them for a quadrant page, which draws only that sector, cropped
 * @param allQuadrants every quadrant of the radar (1 to 8), which fixes the sectors' angles
 * @param rings all rings (1 to 8), inner to outer
 * @param blips only blips of the drawn quadrants, in radar order; ids must be unique
 * @param title the chart's {@code <title>} text (already translated)
 * @param description the chart's {@code <desc>} text (already translated)
 * @param idPrefix prefix for element ids, so two charts on one page do not collide; letters,
 *     digits, {@code -} and {@code _} only
 * @param quadrantLabels whether to write the quadrants' titles outside the sectors; a chart whose
 *     page names the quadrants right beside their sectors (the home page's legends) leaves them out
 *     and is smaller for it
 * @param links whether blips are links; without, the chart is a picture hidden from assistive
 *     technology ({@code aria-hidden}), for a page that lists the same blips as links right beside
 *     it (the home page's sectors on phones, whose legend entries are the tap targets)
 */
public record ChartSpec(
    List<Quadrant> quadrants,
    List<Quadrant> allQuadrants,
    List<Ring> rings,
    List<ChartBlip> blips,
    String title,
    String description,
    String idPrefix,
    boolean quadrantLabels,
    boolean links) {

  /** The most quadrants, and the most rings, a chart can have. */
  public static final int MAX_SECTORS = 8;

  /** A chart with quadrant labels. */
  public ChartSpec(
      List<Quadrant> quadrants,
      List<Quadrant> allQuadrants,
      List<Ring> rings,
      List<ChartBlip> blips,
      String title,
      String description,
      String idPrefix) {
    this(quadrants, allQuadrants, rings, blips, title, description, idPrefix, true, true);
  }

  public ChartSpec {
    quadrants = List.copyOf(quadrants);
    allQuadrants = List.copyOf(allQuadrants);
    rings = List.copyOf(rings);
    blips = List.copyOf(blips);
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    requireNonNull(idPrefix, "idPrefix");
    if (allQuadrants.isEmpty() || allQuadrants.size() > MAX_SECTORS) {
      throw new IllegalArgumentException(
          "a chart needs 1 to " + MAX_SECTORS + " quadrants, got " + allQuadrants.size());
    }
    if (rings.isEmpty() || rings.size() > MAX_SECTORS) {
      throw new IllegalArgumentException(
          "a chart needs 1 to " + MAX_SECTORS + " rings, got " + rings.size());
    }
    if (quadrants.isEmpty()) {
      throw new IllegalArgumentException("a chart draws at least one quadrant");
    }
    if (!idPrefix.matches("[A-Za-z0-9_-]*")) {
      throw new IllegalArgumentException(
          "idPrefix may hold only letters, digits, '-' and '_': '" + idPrefix + "'");
    }
    Set<String> drawn = new HashSet<>();
    for (Quadrant q : quadrants) {
      if (!allQuadrants.contains(q)) {
        throw new IllegalArgumentException("quadrant '" + q.id() + "' is not in allQuadrants");
      }
      drawn.add(q.id());
    }
    Set<String> ringIds = new HashSet<>();
    rings.forEach(r -> ringIds.add(r.id()));
    Set<String> blipIds = new HashSet<>();
    for (ChartBlip b : blips) {
      if (!blipIds.add(b.id())) {
        throw new IllegalArgumentException("blip '" + b.id() + "' appears twice");
      }
      if (!drawn.contains(b.quadrantId())) {
        throw new IllegalArgumentException(
            "blip '" + b.id() + "' is in quadrant '" + b.quadrantId() + "', which is not drawn");
      }
      if (!ringIds.contains(b.ringId())) {
        throw new IllegalArgumentException(
            "blip '" + b.id() + "' is in unknown ring '" + b.ringId() + "'");
      }
    }
  }
}
