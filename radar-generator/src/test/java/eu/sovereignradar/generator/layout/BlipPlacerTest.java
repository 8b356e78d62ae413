package eu.sovereignradar.generator.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BlipPlacerTest {

  static Stream<Arguments> everyShape() {
    return IntStream.rangeClosed(1, 8)
        .boxed()
        .flatMap(q -> IntStream.rangeClosed(1, 8).mapToObj(r -> Arguments.of(q, r)));
  }

  /** A seeded random radar: up to 400 blips, skewed towards some cells as real radars are. */
  static List<PlaceableBlip> randomRadar(long seed, int quadrants, int rings) {
    Random random = new Random(seed);
    int count = random.nextInt(400);
    int busyQuadrant = random.nextInt(quadrants);
    List<PlaceableBlip> blips = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int q = random.nextInt(3) == 0 ? busyQuadrant : random.nextInt(quadrants);
      blips.add(new PlaceableBlip("b-" + seed + "-" + i, q, random.nextInt(rings), i + 1));
    }
    return blips;
  }

  @ParameterizedTest(name = "{0} quadrants, {1} rings")
  @MethodSource("everyShape")
  void placesRandomRadarsInsideTheirCellsWithoutOverlaps(int quadrants, int rings) {
    for (long seed = 0; seed < 3; seed++) {
      List<PlaceableBlip> blips =
          randomRadar(seed * 100 + quadrants * 10 + rings, quadrants, rings);

      ChartLayout layout = BlipPlacer.place(quadrants, rings, blips);

      assertThat(layout.positions()).hasSize(blips.size());
      for (PlaceableBlip b : blips) {
        BlipPosition p = layout.requirePosition(b.id());
        assertThat(p.quadrant()).isEqualTo(b.quadrant());
        assertThat(p.ring()).isEqualTo(b.ring());
        assertThat(p.radius())
            .isBetween(
                BlipSize.footprintFor(BlipSize.digits(b.order())), BlipPlacer.DEFAULT_RADIUS);
      }
      LayoutChecks.assertInsideCells(layout);
      LayoutChecks.assertNoOverlaps(layout);
    }
  }

  @Test
  void givesTheSamePositionsWhateverTheInputOrder() {
    List<PlaceableBlip> blips = randomRadar(42, 5, 4);
    List<PlaceableBlip> shuffled = new ArrayList<>(blips);
    Collections.shuffle(shuffled, new Random(7));

    assertThat(BlipPlacer.place(5, 4, shuffled)).isEqualTo(BlipPlacer.place(5, 4, blips));
  }

  @Test
  void keepsABlipInPlaceWhenAnotherCellChanges() {
    List<PlaceableBlip> blips = new ArrayList<>(randomRadar(3, 4, 4));
    BlipPosition before = BlipPlacer.place(4, 4, blips).requirePosition(blips.get(0).id());
    int otherQuadrant = (blips.get(0).quadrant() + 1) % 4;
    for (int i = 0; i < 3; i++) {
      blips.add(new PlaceableBlip("extra-" + i, otherQuadrant, 0, 900 + i));
    }

    ChartLayout after = BlipPlacer.place(4, 4, blips);
    assertThat(after.requirePosition(blips.get(0).id())).isEqualTo(before);
  }

  @Test
  void usesTheDefaultRadiusWhenThereIsRoom() {
    List<PlaceableBlip> blips =
        List.of(new PlaceableBlip("a", 0, 0, 1), new PlaceableBlip("b", 0, 0, 2));

    ChartLayout layout = BlipPlacer.place(4, 4, blips);

    assertThat(layout.positions().values())
        .allSatisfy(p -> assertThat(p.radius()).isEqualTo(BlipPlacer.DEFAULT_RADIUS));
    assertThat(layout.enlarged()).isFalse();
  }

  @Test
  void holds40BlipsInTheInnermostCellWithoutEnlarging() {
    List<PlaceableBlip> blips = cell(40, 0, 0);

    ChartLayout layout = BlipPlacer.place(4, 4, blips);

    assertThat(layout.enlarged()).isFalse();
    assertThat(layout.positions()).hasSize(40);
    assertThat(layout.positions().values())
        .allSatisfy(
            p ->
                assertThat(p.radius())
                    .isBetween(BlipSize.footprintFor(2), BlipPlacer.DEFAULT_RADIUS - 1));
    LayoutChecks.assertInsideCells(layout);
    LayoutChecks.assertNoOverlaps(layout);
  }

  @Test
  void fillsACrowdedCellInNumberOrderRowByRow() {
    ChartLayout layout = BlipPlacer.place(4, 4, cell(150, 1, 2));

    List<BlipPosition> inNumberOrder = new ArrayList<>();
    for (int i = 1; i <= 150; i++) {
      inNumberOrder.add(layout.requirePosition("blip-" + i));
    }
    for (int i = 1; i < inNumberOrder.size(); i++) {
      BlipPosition previous = inNumberOrder.get(i - 1);
      BlipPosition current = inNumberOrder.get(i);
      assertThat(
              current.y() > previous.y() + 1e-9
                  || (Math.abs(current.y() - previous.y()) < 1e-9 && current.x() > previous.x()))
          .as("blip %d comes after blip %d in reading order", i + 1, i)
          .isTrue();
    }
  }

  @Test
  void enlargesTheChartWhenEvenTheSmallestBlipsDoNotFit() {
    // The innermost cell of an 8 × 8 radar is a narrow wedge; 150 blips cannot fit at scale 1.
    ChartLayout layout = BlipPlacer.place(8, 8, cell(150, 3, 0));

    assertThat(layout.enlarged()).isTrue();
    assertThat(layout.positions()).hasSize(150);
    assertThat(layout.positions().values())
        .allSatisfy(p -> assertThat(p.radius()).isGreaterThanOrEqualTo(BlipSize.footprintFor(3)));
    LayoutChecks.assertInsideCells(layout);
    LayoutChecks.assertNoOverlaps(layout);
  }

  @Test
  void places2000BlipsWithoutOverlaps() {
    List<PlaceableBlip> blips = randomUniform(2000, 4, 4, 11);

    ChartLayout layout = BlipPlacer.place(4, 4, blips);

    assertThat(layout.positions()).hasSize(2000);
    LayoutChecks.assertInsideCells(layout);
    LayoutChecks.assertNoOverlaps(layout);
  }

  @Test
  void places10000BlipsByEnlargingTheChart() {
    List<PlaceableBlip> blips = randomUniform(10_000, 4, 4, 12);

    ChartLayout layout = BlipPlacer.place(4, 4, blips);

    assertThat(layout.positions()).hasSize(10_000);
    assertThat(layout.enlarged()).isTrue();
    LayoutChecks.assertInsideCells(layout);
    LayoutChecks.assertNoOverlaps(layout);
  }

  @Test
  void rejectsDuplicateIdsAndUnknownCells() {
    assertThatThrownBy(
            () ->
                BlipPlacer.place(
                    2,
                    2,
                    List.of(new PlaceableBlip("a", 0, 0, 1), new PlaceableBlip("a", 1, 1, 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a' appears twice");
    assertThatThrownBy(() -> BlipPlacer.place(2, 2, List.of(new PlaceableBlip("a", 2, 0, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no quadrant 2");
    assertThatThrownBy(() -> BlipPlacer.place(9, 2, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void placesNothingForAnEmptyRadar() {
    ChartLayout layout = BlipPlacer.place(3, 3, List.of());

    assertThat(layout.positions()).isEqualTo(Map.of());
    assertThat(layout.enlarged()).isFalse();
  }

  private static List<PlaceableBlip> cell(int count, int quadrant, int ring) {
    List<PlaceableBlip> blips = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      blips.add(new PlaceableBlip("blip-" + i, quadrant, ring, i));
    }
    return blips;
  }

  private static List<PlaceableBlip> randomUniform(int count, int quadrants, int rings, long seed) {
    Random random = new Random(seed);
    List<PlaceableBlip> blips = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      blips.add(
          new PlaceableBlip("blip-" + i, random.nextInt(quadrants), random.nextInt(rings), i + 1));
    }
    return blips;
  }
}
