package eu.sovereignradar.generator.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.Movement;
import eu.sovereignradar.generator.model.Quadrant;
import eu.sovereignradar.generator.model.Ring;
import eu.sovereignradar.generator.model.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlipNumberingTest {
  private static final List<Quadrant> QUADRANTS = ChartFixtures.quadrants(2);
  private static final List<Ring> RINGS = ChartFixtures.rings(2);

  private static Blip blip(String id, String title, int quadrant, int ring) {
    return new Blip(
        id,
        title,
        RINGS.get(ring),
        QUADRANTS.get(quadrant),
        null,
        List.of(),
        null,
        null,
        null,
        null,
        List.of(),
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        Movement.UNCHANGED,
        "",
        new SourceRef("blips/" + id + ".md"));
  }

  @Test
  void numbersByQuadrantRingTitleAndId() {
    List<Blip> blips =
        List.of(
            blip("zeta", "Zeta", 1, 0),
            blip("b", "alpha", 0, 1),
            blip("a", "Alpha", 0, 1),
            blip("y", "Yak", 0, 0));

    assertThat(BlipNumbering.number(blips))
        .containsExactly(
            java.util.Map.entry("y", 1),
            java.util.Map.entry("a", 2),
            java.util.Map.entry("b", 3),
            java.util.Map.entry("zeta", 4));
  }

  @Test
  void givesTheSameNumbersWhateverTheInputOrder() {
    List<Blip> blips = List.of(blip("a", "A", 0, 0), blip("b", "B", 1, 1), blip("c", "C", 0, 1));

    assertThat(BlipNumbering.number(List.of(blips.get(2), blips.get(0), blips.get(1))))
        .isEqualTo(BlipNumbering.number(blips));
  }

  @Test
  void rejectsDuplicateIds() {
    assertThatThrownBy(
            () -> BlipNumbering.number(List.of(blip("a", "A", 0, 0), blip("a", "B", 1, 1))))
        .hasMessageContaining("'a' appears twice");
  }
}
