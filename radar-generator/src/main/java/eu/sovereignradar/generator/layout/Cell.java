package eu.sovereignradar.generator.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * One quadrant-ring cell: an annular sector. Answers whether a blip of a given radius fits at a
 * point with {@link ChartGeometry#BORDER_MARGIN} to every border, samples random points and lays
 * out a hexagonal lattice of candidate points. All tests are a few multiplications, no
 * trigonometry, because they run millions of times on a large radar.
 */
final class Cell {
  private final double inner;
  private final double outer;
  private final double lane;
  private final double start;
  private final double span;
  private final boolean wholeCircle;
  private final double startX;
  private final double startY;
  private final double endX;
  private final double endY;
  private final double[] box;

  Cell(ChartGeometry g, int quadrant, int ring) {
    this.inner = g.ringInnerRadius(ring);
    this.outer = g.ringOuterRadius(ring);
    this.lane = g.laneWidth();
    this.start = g.sectorStart(quadrant);
    this.span = g.sectorSpan();
    this.wholeCircle = g.quadrantCount() == 1;
    this.startX = Math.cos(start);
    this.startY = Math.sin(start);
    this.endX = Math.cos(start + span);
    this.endY = Math.sin(start + span);
    this.box = boundingBox();
  }

  /** {minX, minY, maxX, maxY} of the cell, generously rounded out. */
  double[] box() {
    return box.clone();
  }

  /** Whether a blip of radius {@code r} centred at (x, y) stays inside with the margin. */
  boolean fits(double x, double y, double r) {
    double rho = Math.sqrt(x * x + y * y);
    double m = ChartGeometry.BORDER_MARGIN;
    if (rho > outer - r - m || (inner > 0 && rho < inner + r + m)) {
      return false;
    }
    double crossStart = startX * y - startY * x;
    double dotStart = startX * x + startY * y;
    double needStart = lane + r + m;
    if (wholeCircle) {
      // One quadrant: the lane's ray is the only edge; keep the lane's width on both sides.
      return (dotStart >= 0 ? Math.abs(crossStart) : rho) >= needStart;
    }
    double crossEnd = x * endY - y * endX;
    if (crossStart < 0 || crossEnd < 0) {
      return false;
    }
    if ((dotStart >= 0 ? crossStart : rho) < needStart) {
      return false;
    }
    double dotEnd = endX * x + endY * y;
    return (dotEnd >= 0 ? crossEnd : rho) >= r + m;
  }

  /**
   * A point uniformly distributed over the cell's area (before the edge test), or {@code null} when
   * it does not fit a blip of radius {@code r}.
   */
  double @org.jspecify.annotations.Nullable [] sample(SplitMix64 rng, double r) {
    double m = ChartGeometry.BORDER_MARGIN;
    double a = inner > 0 ? inner + r + m : 0;
    double b = outer - r - m;
    double u = rng.nextDouble();
    double angle = start + rng.nextDouble() * span;
    if (b <= a) {
      return null;
    }
    double rho = Math.sqrt(a * a + u * (b * b - a * a));
    double x = rho * Math.cos(angle);
    double y = rho * Math.sin(angle);
    return fits(x, y, r) ? new double[] {x, y} : null;
  }

  /**
   * The points of a hexagonal lattice with spacing {@code d}, anchored at the chart centre, where a
   * blip of radius {@code r} fits; in reading order (top row first, left to right).
   */
  List<double[]> lattice(double d, double r) {
    List<double[]> points = new ArrayList<>();
    visitLattice(d, r, points);
    return points;
  }

  /** The number of points {@link #lattice} would return, without allocating them. */
  int latticeCount(double d, double r) {
    return visitLattice(d, r, null);
  }

  private int visitLattice(
      double d, double r, @org.jspecify.annotations.Nullable List<double[]> out) {
    double h = d * Math.sqrt(3) / 2;
    long firstRow = (long) Math.floor(box[1] / h);
    long lastRow = (long) Math.ceil(box[3] / h);
    double reach = outer - r - ChartGeometry.BORDER_MARGIN;
    int count = 0;
    for (long j = firstRow; j <= lastRow; j++) {
      double y = j * h;
      if (Math.abs(y) > reach) {
        continue;
      }
      // Only the part of the row inside the outer circle can fit; skip the box's corners.
      double half = Math.sqrt(reach * reach - y * y);
      double offset = (j & 1) == 0 ? 0 : d / 2;
      long firstCol = (long) Math.ceil((Math.max(box[0], -half) - offset) / d);
      long lastCol = (long) Math.floor((Math.min(box[2], half) - offset) / d);
      for (long i = firstCol; i <= lastCol; i++) {
        double x = i * d + offset;
        if (fits(x, y, r)) {
          count++;
          if (out != null) {
            out.add(new double[] {x, y});
          }
        }
      }
    }
    return count;
  }

  private double[] boundingBox() {
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    List<Double> angles = new ArrayList<>(List.of(start, start + span));
    // The arc bulges furthest where it crosses an axis; add those crossings inside the span.
    for (int k = -8; k <= 8; k++) {
      double a = k * Math.PI / 2;
      if (a > start && a < start + span) {
        angles.add(a);
      }
    }
    for (double a : angles) {
      for (double rho : new double[] {inner, outer}) {
        double x = rho * Math.cos(a);
        double y = rho * Math.sin(a);
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
      }
    }
    return new double[] {minX - 1, minY - 1, maxX + 1, maxY + 1};
  }
}
