package eu.sovereignradar.generator.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.model.AssessmentSettings;
import eu.sovereignradar.generator.model.AssessmentSettings.Dimension;
import eu.sovereignradar.generator.model.InventoryItem;
import eu.sovereignradar.generator.model.InventoryItem.Criticality;
import eu.sovereignradar.generator.model.InventoryItem.DataProfile;
import eu.sovereignradar.generator.model.SourceRef;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The formulas of docs/dependency-matrix.md, one case each, computed by hand. */
class DependencyMatrixTest {
  private static final List<Dimension> DIMENSIONS = AssessmentSettings.DEFAULT_DIMENSIONS;

  /**
   * Levels in the default order: jurisdiction, data-location, contract, operations, supply-chain,
   * openness, exit, assurance.
   */
  private static List<Integer> levels(Integer... levels) {
    return Arrays.asList(levels);
  }

  @Test
  void theFloorIsTheLowestGatingLevel() {
    // Gating: jurisdiction, data-location, operations, supply-chain.
    assertThat(DependencyMatrix.floor(DIMENSIONS, levels(3, 4, 0, 2, 3, 0, 0, 0))).isEqualTo(2);
  }

  @Test
  void anUnknownGatingLevelMakesTheFloorUnknownUnlessAZeroIsKnown() {
    assertThat(DependencyMatrix.floor(DIMENSIONS, levels(3, null, 4, 4, 4, 4, 4, 4))).isNull();
    assertThat(DependencyMatrix.floor(DIMENSIONS, levels(0, null, 4, 4, 4, 4, 4, 4))).isZero();
  }

  @Test
  void theScoreIsTheWeightedAverageOfTheKnownLevels() {
    // (20×0 + 15×2 + 15×1) / 4 / (20 + 15 + 15) = 45 / 200 = 22.5 % → 23 (rounded half up).
    assertThat(DependencyMatrix.score(DIMENSIONS, levels(0, 2, null, 1, null, null, null, null)))
        .isEqualTo(23);
    assertThat(
            DependencyMatrix.score(
                DIMENSIONS, levels(null, null, null, null, null, null, null, null)))
        .isNull();
    assertThat(DependencyMatrix.score(DIMENSIONS, levels(4, 4, 4, 4, 4, 4, 4, 4))).isEqualTo(100);
  }

  @Test
  void impactMultipliesCriticalityDataClassAndUsers() {
    AssessmentSettings settings = AssessmentSettings.defaults();
    // critical (4/4) × internal (2/4) × 1,450 users (0.75) = 37.5 → 38.
    assertThat(DependencyMatrix.impact(settings, item(Criticality.CRITICAL, "internal", 1450)))
        .isEqualTo(38);
    // A missing data class counts as the highest: high (3/4) × 1 × no users given (0.5) = 37.5 →
    // 38.
    assertThat(DependencyMatrix.impact(settings, item(Criticality.HIGH, null, null))).isEqualTo(38);
    assertThat(DependencyMatrix.impact(settings, item(Criticality.LOW, "public", 10))).isEqualTo(2);
  }

  @Test
  void theUsersFactorHasFourBands() {
    assertThat(DependencyMatrix.usersFactor(49)).isEqualTo(0.25);
    assertThat(DependencyMatrix.usersFactor(50)).isEqualTo(0.5);
    assertThat(DependencyMatrix.usersFactor(500)).isEqualTo(0.75);
    assertThat(DependencyMatrix.usersFactor(5000)).isEqualTo(1);
    assertThat(DependencyMatrix.usersFactor(null)).isEqualTo(0.5);
  }

  private static InventoryItem item(Criticality criticality, String dataClass, Integer users) {
    return new InventoryItem(
        "x",
        "X",
        null,
        "Vendor",
        null,
        InventoryItem.Area.COLLABORATION,
        null,
        null,
        InventoryItem.ServiceModel.SAAS,
        new DataProfile(dataClass, null, List.of(), List.of(), null),
        users,
        List.of(),
        List.of(),
        criticality,
        List.of(),
        null,
        Map.of(),
        null,
        null,
        "",
        new SourceRef("inventory/x.md"));
  }
}
