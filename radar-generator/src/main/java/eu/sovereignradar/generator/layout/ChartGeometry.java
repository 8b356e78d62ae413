package eu.sovereignradar.generator.layout;

/**
 * The fixed geometry of a radar chart in SVG user units: the centre is at (0, 0), y grows
 * downwards, angles are in radians and grow clockwise on screen (SVG's convention). Immutable and
 * thread-safe.
 *
 * <p>Quadrants are equal sectors; the first starts at twelve o'clock. Ring {@code k} of {@code n}
 * has the outer radius {@code R · ((k + 1) / n)^(2/3)}: a compromise between equal widths (exponent
 * 1, where the inner ring gets 1/n² of the area) and equal areas (exponent 1/2, where the outer
 * rings become too thin for a blip when there are eight). With four rings the rings hold 16 %, 24
 * %, 28 % and 32 % of the disc. Each sector keeps a lane free along its first edge for the ring
 * labels.
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

  /** Exponent of the ring-radius rule. */
  static final double RING_EXPONENT = 2.0 / 3.0;

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
    if (ring == ringCount - 1) {
      return outerRadius();
    }
    return outerRadius() * Math.pow((ring + 1) / (double) ringCount, RING_EXPONENT);
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
