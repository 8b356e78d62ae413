package eu.sovereignradar.generator.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Places blips on the chart without overlaps. Pure and deterministic: positions depend only on the
 * blips' ids, cells and numbers, never on input order, time or hash-map iteration.
 *
 * <p>Every quadrant-ring cell is placed on its own; blips keep {@link ChartGeometry#BORDER_MARGIN}
 * from the cell's borders, so blips of neighbouring cells cannot touch. In a cell:
 *
 * <ol>
 *   <li>The blip radius is the largest of 11, 10.5, ... 5 units ({@link #DEFAULT_RADIUS} to {@link
 *       #MIN_RADIUS}) at which the cell's hexagonal lattice (spacing {@code 2r + }{@link #GAP}) has
 *       room for the blips.
 *   <li>If the blips fill at most {@link #RANDOM_FILL} of the lattice at that radius, or at a
 *       radius up to 1.5 units smaller ({@link #RANDOM_SHRINK} half units; a scattered cell reads
 *       better than a grid, worth slightly smaller blips), each blip, in id order, draws up to
 *       {@link #MAX_ATTEMPTS} random points from a generator seeded with its id and takes, of the
 *       first {@link #CANDIDATES} that do not collide, the one farthest from the blips already
 *       placed. A blip that finds no free point takes the first free lattice point.
 *   <li>Otherwise (or if a blip found no free lattice point either) the cell is a lattice: the
 *       spacing is widened as far as the blips still fit, a seeded choice leaves the surplus points
 *       empty, and blips fill the rest in number order, so numbers read left to right, top to
 *       bottom.
 * </ol>
 *
 * <p>Collision tests use a {@link SpatialGrid}, so a cell costs about linear time in its blips.
 * When some cell cannot hold its blips even at the minimum radius, the whole chart is enlarged
 * ({@link ChartGeometry#scale()} &gt; 1) in bounded steps until every cell can; blips keep their
 * size in user units and so become smaller relative to the chart, but never overlap.
 */
public final class BlipPlacer {

  /**
   * The blip radius in an uncrowded cell, in SVG user units (the chart radius is 500): room for a
   * three-digit number, see {@link BlipSize}.
   */
  public static final double DEFAULT_RADIUS = BlipSize.DEFAULT_RADIUS;

  /** Minimum free space between two blips. */
  public static final double GAP = 2;

  /**
   * Largest share of the lattice that random placement may fill; above it the cell is a lattice.
   */
  static final double RANDOM_FILL = 0.4;

  /** How many half units smaller than the lattice radius random placement may make blips. */
  static final int RANDOM_SHRINK = 3;

  /** Random points a blip draws at most. */
  static final int MAX_ATTEMPTS = 60;

  /** Collision-free random points a blip compares before it takes the best one. */
  static final int CANDIDATES = 6;

  /** Enlargement steps before giving up (unreachable in practice: each step at least ×1.05). */
  static final int MAX_SCALE_STEPS = 200;

  private static final Comparator<PlaceableBlip> BY_ID = Comparator.comparing(PlaceableBlip::id);
  private static final Comparator<PlaceableBlip> BY_ORDER =
      Comparator.comparingInt(PlaceableBlip::order).thenComparing(PlaceableBlip::id);

  private BlipPlacer() {}

  /**
   * Places {@code blips} on a chart of {@code quadrantCount} sectors and {@code ringCount} rings.
   *
   * @throws IllegalArgumentException if a count is outside 1 to 8, a blip's quadrant or ring is out
   *     of range, or two blips share an id
   */
  public static ChartLayout place(int quadrantCount, int ringCount, List<PlaceableBlip> blips) {
    ChartGeometry base = new ChartGeometry(quadrantCount, ringCount, 1);
    List<List<PlaceableBlip>> cells = new ArrayList<>();
    for (int i = 0; i < quadrantCount * ringCount; i++) {
      cells.add(new ArrayList<>());
    }
    Set<String> ids = new HashSet<>();
    for (PlaceableBlip b : blips) {
      if (b.quadrant() < 0 || b.quadrant() >= quadrantCount) {
        throw new IllegalArgumentException("blip '" + b.id() + "' has no quadrant " + b.quadrant());
      }
      if (b.ring() < 0 || b.ring() >= ringCount) {
        throw new IllegalArgumentException("blip '" + b.id() + "' has no ring " + b.ring());
      }
      if (!ids.add(b.id())) {
        throw new IllegalArgumentException("blip '" + b.id() + "' appears twice");
      }
      cells.get(b.quadrant() * ringCount + b.ring()).add(b);
    }
    ChartGeometry geometry = enlargeUntilEveryCellFits(base, cells);
    Map<String, BlipPosition> positions = new TreeMap<>();
    for (int q = 0; q < quadrantCount; q++) {
      for (int k = 0; k < ringCount; k++) {
        List<PlaceableBlip> members = cells.get(q * ringCount + k);
        if (!members.isEmpty()) {
          for (BlipPosition p : placeCell(new Cell(geometry, q, k), q, k, members)) {
            positions.put(p.id(), p);
          }
        }
      }
    }
    return new ChartLayout(geometry, positions);
  }

  private static ChartGeometry enlargeUntilEveryCellFits(
      ChartGeometry base, List<List<PlaceableBlip>> cells) {
    double scale = 1;
    double lastStep = 1;
    for (int step = 0; step < MAX_SCALE_STEPS; step++) {
      ChartGeometry g = base.withScale(scale);
      double worst = 0;
      for (int i = 0; i < cells.size(); i++) {
        int n = cells.get(i).size();
        if (n > 0) {
          Cell cell = new Cell(g, i / base.ringCount(), i % base.ringCount());
          double min = minRadius(cells.get(i)) / 2.0;
          int capacity = cell.latticeCount(2 * min + GAP, min);
          worst = Math.max(worst, capacity == 0 ? 4 : n / (double) capacity);
        }
      }
      if (worst <= 1) {
        return step == 0 ? g : smallestFitting(base, cells, scale / lastStep, scale);
      }
      // Capacity grows with the square of the scale; aim slightly past the estimate.
      lastStep = Math.max(1.05, Math.sqrt(worst) * 1.02);
      scale *= lastStep;
    }
    throw new IllegalStateException(
        "the radar is too crowded to draw even after " + MAX_SCALE_STEPS + " enlargements");
  }

  /**
   * The estimate overshoots (capacity grows in jumps), and every unit of enlargement makes the
   * chart larger on screen: a few bisection steps between a scale that failed and one that fits
   * find a smaller one that fits. Only checked scales are returned.
   */
  private static ChartGeometry smallestFitting(
      ChartGeometry base, List<List<PlaceableBlip>> cells, double fails, double fits) {
    for (int i = 0; i < 6; i++) {
      double mid = (fails + fits) / 2;
      if (everyCellFits(base.withScale(mid), cells)) {
        fits = mid;
      } else {
        fails = mid;
      }
    }
    return base.withScale(fits);
  }

  private static boolean everyCellFits(ChartGeometry g, List<List<PlaceableBlip>> cells) {
    for (int i = 0; i < cells.size(); i++) {
      List<PlaceableBlip> members = cells.get(i);
      if (!members.isEmpty()) {
        Cell cell = new Cell(g, i / g.ringCount(), i % g.ringCount());
        double min = minRadius(members) / 2.0;
        if (cell.latticeCount(2 * min + GAP, min) < members.size()) {
          return false;
        }
      }
    }
    return true;
  }

  private static List<BlipPosition> placeCell(
      Cell cell, int quadrant, int ring, List<PlaceableBlip> members) {
    int n = members.size();
    // Radii in half units from the cell's smallest (its longest number must fit) up to
    // DEFAULT_RADIUS. Capacity falls as the radius grows, so a binary search finds the largest
    // radius whose lattice holds the blips; the smallest always does (the chart was enlarged
    // until it did).
    int minimum = minRadius(members);
    int low = minimum;
    int high = Math.max(minimum, (int) Math.ceil(2 * DEFAULT_RADIUS));
    int lowCapacity = -1;
    int highCapacity = cell.latticeCount(high + GAP, high / 2.0);
    if (n <= highCapacity) {
      low = high;
      lowCapacity = highCapacity;
    } else {
      while (high - low > 1) {
        int mid = (low + high) / 2;
        int capacity = cell.latticeCount(mid + GAP, mid / 2.0);
        if (n <= capacity) {
          low = mid;
          lowCapacity = capacity;
        } else {
          high = mid;
        }
      }
      if (lowCapacity < 0) {
        lowCapacity = cell.latticeCount(low + GAP, low / 2.0);
      }
    }
    double r = low / 2.0;
    if (n > lowCapacity) {
      throw new IllegalStateException(
          "cell (quadrant " + quadrant + ", ring " + ring + ") cannot hold " + n + " blips");
    }
    // A scattered cell reads better than a grid, so accept slightly smaller blips for it: try
    // random placement at the lattice radius and up to RANDOM_SHRINK half-units below it.
    for (int halves = low; halves >= Math.max(minimum, low - RANDOM_SHRINK); halves--) {
      double candidate = halves / 2.0;
      int capacity = halves == low ? lowCapacity : cell.latticeCount(halves + GAP, candidate);
      if (n <= RANDOM_FILL * capacity) {
        List<BlipPosition> placed = placeRandomly(cell, quadrant, ring, members, candidate);
        if (placed != null) {
          return placed;
        }
        break;
      }
    }
    return placeOnLattice(cell, quadrant, ring, members, r, lowCapacity);
  }

  /**
   * The smallest radius, in half units, at which every number of the cell fits inside its mark at
   * {@link BlipSize#NUMBER_FONT}.
   */
  static int minRadius(List<PlaceableBlip> members) {
    int digits = 1;
    for (PlaceableBlip b : members) {
      digits = Math.max(digits, BlipSize.digits(b.order()));
    }
    return (int) Math.ceil(2 * BlipSize.footprintFor(digits));
  }

  private static @org.jspecify.annotations.Nullable List<BlipPosition> placeRandomly(
      Cell cell, int quadrant, int ring, List<PlaceableBlip> members, double r) {
    double spacing = 2 * r + GAP;
    SpatialGrid grid = new SpatialGrid(cell.box(), spacing, members.size());
    List<PlaceableBlip> byId = new ArrayList<>(members);
    byId.sort(BY_ID);
    List<BlipPosition> placed = new ArrayList<>(members.size());
    List<PlaceableBlip> homeless = new ArrayList<>();
    for (PlaceableBlip b : byId) {
      SplitMix64 rng = SplitMix64.seededBy(b.id());
      double[] best = null;
      double bestDistance = -1;
      int candidates = 0;
      for (int attempt = 0; attempt < MAX_ATTEMPTS && candidates < CANDIDATES; attempt++) {
        double[] p = cell.sample(rng, r);
        if (p == null || grid.collides(p[0], p[1])) {
          continue;
        }
        candidates++;
        double distance = grid.nearestDistance(p[0], p[1], 3);
        if (distance > bestDistance) {
          best = p;
          bestDistance = distance;
        }
      }
      if (best == null) {
        homeless.add(b);
      } else {
        grid.add(best[0], best[1]);
        placed.add(new BlipPosition(b.id(), quadrant, ring, best[0], best[1], r));
      }
    }
    if (homeless.isEmpty()) {
      return placed;
    }
    homeless.sort(BY_ORDER);
    int next = 0;
    for (double[] slot : cell.lattice(spacing, r)) {
      if (next == homeless.size()) {
        break;
      }
      if (!grid.collides(slot[0], slot[1])) {
        grid.add(slot[0], slot[1]);
        placed.add(
            new BlipPosition(homeless.get(next++).id(), quadrant, ring, slot[0], slot[1], r));
      }
    }
    return next == homeless.size() ? placed : null;
  }

  private static List<BlipPosition> placeOnLattice(
      Cell cell, int quadrant, int ring, List<PlaceableBlip> members, double r, int capacity) {
    int n = members.size();
    // Widen the spacing as far as the blips still fit, so a half-full cell is spread evenly
    // instead of packed into its top rows. The count is not strictly monotonic in the spacing;
    // the search only ever keeps a spacing it has checked.
    double fits = 2 * r + GAP;
    double tooWide = fits * Math.sqrt(capacity / (double) n) * 1.2 + 1;
    for (int i = 0; i < 7; i++) {
      double mid = (fits + tooWide) / 2;
      if (cell.latticeCount(mid, r) >= n) {
        fits = mid;
      } else {
        tooWide = mid;
      }
    }
    List<double[]> slots = cell.lattice(fits, r);
    boolean[] used = new boolean[slots.size()];
    if (slots.size() == n) {
      java.util.Arrays.fill(used, true);
    } else {
      List<PlaceableBlip> byId = new ArrayList<>(members);
      byId.sort(BY_ID);
      StringBuilder seed = new StringBuilder();
      byId.forEach(b -> seed.append(b.id()).append('\n'));
      SplitMix64 rng = SplitMix64.seededBy(seed.toString());
      int[] order = new int[slots.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      for (int i = 0; i < n; i++) {
        int j = i + rng.nextInt(order.length - i);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
        used[order[i]] = true;
      }
    }
    List<PlaceableBlip> inOrder = new ArrayList<>(members);
    inOrder.sort(BY_ORDER);
    List<BlipPosition> placed = new ArrayList<>(n);
    int next = 0;
    for (int i = 0; i < slots.size() && next < n; i++) {
      if (used[i]) {
        double[] s = slots.get(i);
        placed.add(new BlipPosition(inOrder.get(next++).id(), quadrant, ring, s[0], s[1], r));
      }
    }
    return placed;
  }
}
