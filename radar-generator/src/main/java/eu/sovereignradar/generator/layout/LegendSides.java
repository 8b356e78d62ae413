package eu.sovereignradar.generator.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where each quadrant's legend goes beside the whole chart, as on the Thoughtworks radar: to the
 * right of the chart when its sector's middle points right, to the left when it points left, and on
 * each side ordered from top to bottom like the sectors, so a legend sits next to its sector. A
 * sector that points straight up or down (one or three quadrants) joins the side with fewer
 * legends, the right on a tie. Pure and deterministic.
 */
public final class LegendSides {

  /**
   * One quadrant's place.
   *
   * @param right whether the legend goes to the right of the chart
   * @param row its 1-based row on that side, top first
   */
  public record Place(boolean right, int row) {}

  private LegendSides() {}

  /** The places of the legends of {@code quadrantCount} quadrants (1 to 8), in quadrant order. */
  public static List<Place> of(int quadrantCount) {
    ChartGeometry g = new ChartGeometry(quadrantCount, 1, 1);
    double[] x = new double[quadrantCount];
    double[] y = new double[quadrantCount];
    Boolean[] right = new Boolean[quadrantCount];
    int rightCount = 0;
    int leftCount = 0;
    for (int q = 0; q < quadrantCount; q++) {
      double a = g.sectorStart(q) + g.sectorSpan() / 2;
      x[q] = Math.cos(a);
      y[q] = Math.sin(a);
      if (x[q] > 1e-9) {
        right[q] = true;
        rightCount++;
      } else if (x[q] < -1e-9) {
        right[q] = false;
        leftCount++;
      }
    }
    for (int q = 0; q < quadrantCount; q++) {
      if (right[q] == null) {
        right[q] = rightCount <= leftCount;
        if (right[q]) {
          rightCount++;
        } else {
          leftCount++;
        }
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int q = 0; q < quadrantCount; q++) {
      order.add(q);
    }
    order.sort(Comparator.<Integer>comparingDouble(q -> y[q]).thenComparingInt(q -> q));
    int[] row = new int[quadrantCount];
    int rightRow = 0;
    int leftRow = 0;
    for (int q : order) {
      row[q] = right[q] ? ++rightRow : ++leftRow;
    }
    List<Place> places = new ArrayList<>();
    for (int q = 0; q < quadrantCount; q++) {
      places.add(new Place(right[q], row[q]));
    }
    return places;
  }
}
