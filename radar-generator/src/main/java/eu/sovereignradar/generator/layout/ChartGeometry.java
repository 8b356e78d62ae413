package eu.sovereignradar.generator.layout;

/**
 * The fixed geometry of a radar chart in SVG user units: the centre is at (0, 0), y grows
 * downwards, angles are in radians and grow clockwise on screen (SVG's convention). Immutable and
 * thread-safe.
 *
 * <p>Quadrants are equal sectors; the first starts at twelve o'clock. Rings have equal areas (ring
 * {@code k} of {@code n} has the outer radius {@code R · √((k + 1) / n)}), so the inner rings,
 * where most blips of a radar sit (Adopt, Trial), have room for marks large enough for a legible
 * number; but no ring is narrower than {@link #MIN_RING_WIDTH}, so that with many rings the outer
 * ones still hold a blip (the inner rings give way instead). Each sector keeps a lane free along
 * its first edge for the ring labels.
 *
 * @param quadrantCount number of sectors, 1 to 8
 * @param ringCount number of rings, 1 to 8
 * @param scale factor applied to every structural length; 1 unless a crowded radar had to be
 *     enlarged (see {@link BlipPlacer})
 */
public record ChartGeometry(int quadrantCount, int ringCount, double scale) {

  /** Outer radius of the chart at scale 1. */
  public static final double BASE_RADIUS = 500;

  /** Width of the ring-label lane along each sector's first edge, at scale 1. */
  public static final double LANE_WIDTH = 18;

  /**
   * The narrowest a ring may be, at scale 1: a blip of the default radius with its margins on both
   * sides, and a little air.
   */
  public static final double MIN_RING_WIDTH = 44;

  /** Free space between a blip and any ring border or sector edge (not scaled). */
  public static final double BORDER_MARGIN = 2;

  public ChartGeometry {
    if (quadrantCount < 1 || quadrantCount > ChartSpec.MAX_SECTORS) {
      throw new IllegalArgumentException("quadrantCount must be 1 to 8: " + quadrantCount);
    }
    if (ringCount < 1 || ringCount > ChartSpec.MAX_SECTORS) {
      throw new IllegalArgumentException("ringCount must be 1 to 8: " + ringCount);
    }
    if (!(scale >= 1) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("scale must be at least 1: " + scale);
    }
  }

  /** The radius of the outermost ring's border. */
  public double outerRadius() {
    return BASE_RADIUS * scale;
  }

  /** The outer border radius of ring {@code ring} (0 is the innermost). */
  public double ringOuterRadius(int ring) {
    checkRing(ring);
    // From the outermost ring inwards: equal areas, unless that leaves a ring too narrow.
    double outer = outerRadius();
    for (int k = ringCount - 2; k >= ring; k--) {
      outer =
          Math.min(outerRadius() * Math.sqrt((k + 1) / (double) ringCount), outer - minRingWidth());
    }
    return outer;
  }

  /** The inner border radius of ring {@code ring}; 0 for the innermost ring. */
  public double ringInnerRadius(int ring) {
    checkRing(ring);
    return ring == 0 ? 0 : ringOuterRadius(ring - 1);
  }

  /** The angle where sector {@code quadrant} starts (its first edge, which holds the lane). */
  public double sectorStart(int quadrant) {
    if (quadrant < 0 || quadrant >= quadrantCount) {
      throw new IllegalArgumentException("no quadrant " + quadrant + " of " + quadrantCount);
    }
    return -Math.PI / 2 + quadrant * sectorSpan();
  }

  /** The angle each sector spans: 2π divided by the number of quadrants. */
  public double sectorSpan() {
    return 2 * Math.PI / quadrantCount;
  }

  private double minRingWidth() {
    return MIN_RING_WIDTH * scale;
  }

  /** The width of the ring-label lane. */
  public double laneWidth() {
    return LANE_WIDTH * scale;
  }

  /** The same geometry at another scale. */
  ChartGeometry withScale(double newScale) {
    return new ChartGeometry(quadrantCount, ringCount, newScale);
  }

  private void checkRing(int ring) {
    if (ring < 0 || ring >= ringCount) {
      throw new IllegalArgumentException("no ring " + ring + " of " + ringCount);
    }
  }
}
