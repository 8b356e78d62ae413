package eu.sovereignradar.generator.layout;

import java.util.Arrays;

/**
 * A uniform grid of placed blip centres over one cell's bounding box, for collision tests that look
 * at a few neighbouring grid cells instead of every placed blip. The grid cell is as wide as the
 * minimum centre distance, so a collision can only come from the 3 × 3 block around a point. Points
 * are kept in flat arrays with per-cell linked lists: no boxing, no hashing.
 */
final class SpatialGrid {
  private final double minX;
  private final double minY;
  private final double size;
  private final int cols;
  private final int rows;
  private final int[] head;
  private int[] next;
  private double[] xs;
  private double[] ys;
  private int count;

  /**
   * @param box {minX, minY, maxX, maxY} that every point lies in
   * @param size the grid cell width; also the minimum centre distance {@link #collides} tests
   * @param expected how many points will be added (a capacity hint)
   */
  SpatialGrid(double[] box, double size, int expected) {
    this.minX = box[0];
    this.minY = box[1];
    this.size = size;
    this.cols = Math.max(1, (int) Math.ceil((box[2] - box[0]) / size) + 1);
    this.rows = Math.max(1, (int) Math.ceil((box[3] - box[1]) / size) + 1);
    this.head = new int[cols * rows];
    Arrays.fill(head, -1);
    int capacity = Math.max(16, expected);
    this.next = new int[capacity];
    this.xs = new double[capacity];
    this.ys = new double[capacity];
  }

  void add(double x, double y) {
    if (count == xs.length) {
      int capacity = count * 2;
      next = Arrays.copyOf(next, capacity);
      xs = Arrays.copyOf(xs, capacity);
      ys = Arrays.copyOf(ys, capacity);
    }
    int c = cellOf(x, y);
    xs[count] = x;
    ys[count] = y;
    next[count] = head[c];
    head[c] = count;
    count++;
  }

  /** Whether a point lies closer than the grid size to (x, y). */
  boolean collides(double x, double y) {
    double limit = size * size;
    int cx = col(x);
    int cy = row(y);
    for (int j = Math.max(0, cy - 1); j <= Math.min(rows - 1, cy + 1); j++) {
      for (int i = Math.max(0, cx - 1); i <= Math.min(cols - 1, cx + 1); i++) {
        for (int p = head[j * cols + i]; p >= 0; p = next[p]) {
          double dx = xs[p] - x;
          double dy = ys[p] - y;
          if (dx * dx + dy * dy < limit) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Distance from (x, y) to the nearest point within {@code reach} grid cells, capped at {@code
   * reach · size} when there is none that close.
   */
  double nearestDistance(double x, double y, int reach) {
    double cap = reach * size;
    double best = cap * cap;
    int cx = col(x);
    int cy = row(y);
    for (int j = Math.max(0, cy - reach); j <= Math.min(rows - 1, cy + reach); j++) {
      for (int i = Math.max(0, cx - reach); i <= Math.min(cols - 1, cx + reach); i++) {
        for (int p = head[j * cols + i]; p >= 0; p = next[p]) {
          double dx = xs[p] - x;
          double dy = ys[p] - y;
          best = Math.min(best, dx * dx + dy * dy);
        }
      }
    }
    return Math.sqrt(best);
  }

  private int cellOf(double x, double y) {
    return row(y) * cols + col(x);
  }

  private int col(double x) {
    return Math.min(cols - 1, Math.max(0, (int) ((x - minX) / size)));
  }

  private int row(double y) {
    return Math.min(rows - 1, Math.max(0, (int) ((y - minY) / size)));
  }
}
