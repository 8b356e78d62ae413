package eu.sovereignradar.generator.layout;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.layout.LegendSides.Place;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LegendSidesTest {

  @Test
  void putsFourQuadrantsInTheCornersNextToTheirSectors() {
    // Sectors start at twelve o'clock and run clockwise: top right, bottom right, bottom left, top
    // left.
    assertThat(LegendSides.of(4))
        .containsExactly(
            new Place(true, 1), new Place(true, 2), new Place(false, 2), new Place(false, 1));
  }

  @Test
  void putsSixQuadrantsThreeASideTopToBottom() {
    assertThat(LegendSides.of(6))
        .containsExactly(
            new Place(true, 1),
            new Place(true, 2),
            new Place(true, 3),
            new Place(false, 3),
            new Place(false, 2),
            new Place(false, 1));
  }

  @Test
  void givesASectorPointingStraightDownToTheShorterSide() {
    // Three sectors: upper right, bottom (straight down), upper left.
    List<Place> places = LegendSides.of(3);

    assertThat(places.get(0)).isEqualTo(new Place(true, 1));
    assertThat(places.get(2)).isEqualTo(new Place(false, 1));
    assertThat(places.get(1)).isEqualTo(new Place(true, 2));
    assertThat(LegendSides.of(1)).containsExactly(new Place(true, 1));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void usesEveryRowOnceAndAtMostFourASide(int quadrants) {
    List<Place> places = LegendSides.of(quadrants);

    for (boolean right : new boolean[] {true, false}) {
      List<Integer> rows = places.stream().filter(p -> p.right() == right).map(Place::row).toList();
      assertThat(rows).doesNotHaveDuplicates().allSatisfy(r -> assertThat(r).isBetween(1, 4));
      assertThat(rows.stream().mapToInt(Integer::intValue).max().orElse(0)).isEqualTo(rows.size());
    }
  }
}
