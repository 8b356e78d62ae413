package eu.sovereignradar.generator.layout;

import eu.sovereignradar.generator.model.Movement;
import eu.sovereignradar.generator.model.Quadrant;
import eu.sovereignradar.generator.model.Ring;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small chart specs for the layout tests, built in code from a seed. */
final class ChartFixtures {
  private static final String[] COLORS = {
    "#1b7f3b", "#1f5fa8", "#8a5a00", "#b3261e", "#ffe066", "#6a1b9a", "#00838f", "#eeeeee"
  };

  private ChartFixtures() {}

  static List<Quadrant> quadrants(int count) {
    List<Quadrant> quadrants = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      quadrants.add(new Quadrant("q" + i, "Quadrant " + i, "", List.of(), i));
    }
    return quadrants;
  }

  static List<Ring> rings(int count) {
    List<Ring> rings = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rings.add(new Ring("r" + i, "Ring " + i, "", COLORS[i], i));
    }
    return rings;
  }

  static ChartBlip blip(String id, int number, int quadrant, int ring, Movement movement) {
    return new ChartBlip(
        id,
        number,
        "r" + ring,
        "q" + quadrant,
        "Blip " + id,
        "Blip " + id + ", Ring " + ring + ", Quadrant " + quadrant,
        "blips/" + id + ".html",
        movement,
        List.of("tag-" + (number % 3)),
        List.of());
  }

  /** {@code count} blips spread randomly (seeded) over the cells, numbered in radar order. */
  static List<ChartBlip> randomBlips(long seed, int count, int quadrants, int rings) {
    Random random = new Random(seed);
    List<int[]> cells = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      cells.add(new int[] {random.nextInt(quadrants), random.nextInt(rings), i});
    }
    cells.sort((a, b) -> a[0] != b[0] ? a[0] - b[0] : a[1] != b[1] ? a[1] - b[1] : a[2] - b[2]);
    List<ChartBlip> blips = new ArrayList<>();
    Movement[] movements = Movement.values();
    for (int i = 0; i < cells.size(); i++) {
      int[] c = cells.get(i);
      blips.add(blip("b" + seed + "-" + c[2], i + 1, c[0], c[1], movements[c[2] % 4]));
    }
    return blips;
  }

  static ChartSpec spec(int quadrants, int rings, List<ChartBlip> blips) {
    List<Quadrant> all = quadrants(quadrants);
    return new ChartSpec(all, all, rings(rings), blips, "A radar", "Blips by ring", "t-");
  }
}
