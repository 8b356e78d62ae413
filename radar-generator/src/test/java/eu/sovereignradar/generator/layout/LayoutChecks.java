package eu.sovereignradar.generator.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Independent checks of a layout. They do not reuse the placer's geometry code: containment is
 * tested on points around each blip's outline with plain polar coordinates, overlaps with a sweep
 * over x.
 */
final class LayoutChecks {
  private static final double EPSILON = 1e-6;

  private LayoutChecks() {}

  /** Every blip's outline, grown by the border margin, lies inside its ring and its sector. */
  static void assertInsideCells(ChartLayout layout) {
    ChartGeometry g = layout.geometry();
    double span = 2 * Math.PI / g.quadrantCount();
    double m = ChartGeometry.BORDER_MARGIN - EPSILON;
    for (BlipPosition p : layout.positions().values()) {
      double inner = g.ringInnerRadius(p.ring());
      double outer = g.ringOuterRadius(p.ring());
      double rho = Math.hypot(p.x(), p.y());
      assertThat(rho + p.radius() + m)
          .as("%s within outer border", p.id())
          .isLessThanOrEqualTo(outer);
      if (p.ring() > 0) {
        assertThat(rho - p.radius() - m)
            .as("%s outside inner border", p.id())
            .isGreaterThanOrEqualTo(inner);
      }
      // The ring labels' lane along the sector's first edge stays free.
      double start0 = -Math.PI / 2 + p.quadrant() * span;
      double ux = Math.cos(start0);
      double uy = Math.sin(start0);
      double along = p.x() * ux + p.y() * uy;
      double fromEdge = along >= 0 ? Math.abs(p.x() * uy - p.y() * ux) : rho;
      assertThat(fromEdge - p.radius() - m)
          .as("%s clear of the label lane", p.id())
          .isGreaterThanOrEqualTo(g.laneWidth());
      if (g.quadrantCount() == 1) {
        continue;
      }
      double start = -Math.PI / 2 + p.quadrant() * span;
      for (int k = 0; k < 64; k++) {
        double a = 2 * Math.PI * k / 64;
        double x = p.x() + (p.radius() + m) * Math.cos(a);
        double y = p.y() + (p.radius() + m) * Math.sin(a);
        double angle = Math.atan2(y, x) - start;
        angle = ((angle % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
        assertThat(angle)
            .as("%s outline point %d inside its sector", p.id(), k)
            .isLessThanOrEqualTo(span + EPSILON);
      }
    }
  }

  /** No two blips come closer than the gap. */
  static void assertNoOverlaps(ChartLayout layout) {
    List<BlipPosition> byX = new ArrayList<>(layout.positions().values());
    byX.sort(Comparator.comparingDouble(BlipPosition::x));
    double widest = byX.stream().mapToDouble(BlipPosition::radius).max().orElse(0);
    for (int i = 0; i < byX.size(); i++) {
      BlipPosition a = byX.get(i);
      for (int j = i + 1; j < byX.size(); j++) {
        BlipPosition b = byX.get(j);
        if (b.x() - a.x() > a.radius() + widest + BlipPlacer.GAP) {
          break;
        }
        double distance = Math.hypot(a.x() - b.x(), a.y() - b.y());
        assertThat(distance)
            .as("distance between %s and %s", a.id(), b.id())
            .isGreaterThanOrEqualTo(a.radius() + b.radius() + BlipPlacer.GAP - EPSILON);
      }
    }
  }
}
