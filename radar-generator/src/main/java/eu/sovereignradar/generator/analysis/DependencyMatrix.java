package eu.sovereignradar.generator.analysis;

import eu.sovereignradar.generator.model.AssessmentSettings;
import eu.sovereignradar.generator.model.AssessmentSettings.Dimension;
import eu.sovereignradar.generator.model.Country;
import eu.sovereignradar.generator.model.InventoryItem;
import eu.sovereignradar.generator.model.InventoryItem.Criticality;
import eu.sovereignradar.generator.model.InventoryItem.DimensionAssessment;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.score.AccessLaws;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The dependency matrix: every inventory item assessed per dimension, with its floor, score, impact
 * and exposure, and the key figures a board reads first. The formulas are those of
 * docs/dependency-matrix.md; each is one method here so the documentation can point at it. Rows are
 * sorted by exposure, highest first, items whose exposure is unknown last. Immutable and
 * thread-safe.
 *
 * @param reference the date deadlines are judged against: the edition's date, or the build date
 */
public record DependencyMatrix(
    List<Dimension> dimensions, List<Row> rows, Summary summary, LocalDate reference) {
  public DependencyMatrix {
    dimensions = List.copyOf(dimensions);
    rows = List.copyOf(rows);
  }

  /** Decisions due within this many months of the reference date are counted in the summary. */
  public static final int DECISION_HORIZON_MONTHS = 12;

  /**
   * One item's row.
   *
   * @param levels per dimension, in {@link #dimensions()} order: the level, or null when unknown
   * @param floor the lowest level of the gating dimensions, or null when it is unknown
   * @param score 0 to 100 over the known dimensions, or null when none is known
   * @param known how many dimensions are assessed
   * @param impact 0 to 100, from criticality, data class and users
   * @param exposure impact × shortfall, 0 to 100, or null when the score is unknown
   * @param laws the extraterritorial laws that reach the item (through its provider, the provider's
   *     parent or its vendor), empty when none
   * @param dependents the items that list this one in {@code dependsOn}
   */
  public record Row(
      InventoryItem item,
      List<@Nullable Integer> levels,
      @Nullable Integer floor,
      @Nullable Integer score,
      int known,
      int impact,
      @Nullable Integer exposure,
      @Nullable LocalDate decisionDate,
      List<String> laws,
      boolean processedOutsideEurope,
      List<InventoryItem> dependents) {
    public Row {
      levels = java.util.Collections.unmodifiableList(new ArrayList<>(levels));
      laws = List.copyOf(laws);
      dependents = List.copyOf(dependents);
    }
  }

  /**
   * The key figures.
   *
   * @param heat counts by criticality (index 0 = low … 3 = critical) and floor (0 to 4, 5 for
   *     unknown)
   */
  public record Summary(
      int items,
      int critical,
      int criticalUnderForeignLaw,
      int usersOutsideEurope,
      int decisionsDue,
      LocalDate decisionHorizon,
      int unknownAssessments,
      int assessments,
      int[][] heat) {}

  /**
   * Exposure = impact × shortfall: {@code impact × (100 − score) / 100}, rounded half up
   * (docs/dependency-matrix.md). The roadmap uses it with a target blip's score in place of the
   * application's.
   */
  public static int exposure(int impact, int score) {
    return (int) Math.round(impact * (100 - score) / 100.0);
  }

  /** The matrix of {@code radar}'s inventory; empty rows when it has none. */
  public static DependencyMatrix of(Radar radar) {
    AssessmentSettings settings = radar.settings().assessment();
    LocalDate reference = radar.settings().referenceDate();
    Map<String, List<InventoryItem>> dependents = new LinkedHashMap<>();
    for (InventoryItem item : radar.inventory()) {
      for (String d : item.dependsOn()) {
        dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(item);
      }
    }
    List<Row> rows = new ArrayList<>();
    for (InventoryItem item : radar.inventory()) {
      rows.add(row(radar, settings, item, dependents.getOrDefault(item.id(), List.of())));
    }
    rows.sort(
        Comparator.comparing((Row r) -> r.exposure() == null)
            .thenComparing(r -> r.exposure() == null ? 0 : -r.exposure())
            .thenComparing(r -> -r.impact())
            .thenComparing(r -> r.item().id()));
    return new DependencyMatrix(
        settings.dimensions(), rows, summary(rows, reference, settings), reference);
  }

  private static Row row(
      Radar radar,
      AssessmentSettings settings,
      InventoryItem item,
      List<InventoryItem> dependents) {
    List<@Nullable Integer> levels = new ArrayList<>();
    for (Dimension d : settings.dimensions()) {
      DimensionAssessment a = item.assessments().get(d.id());
      levels.add(a == null ? null : a.level());
    }
    Integer score = score(settings.dimensions(), levels);
    int impact = impact(settings, item);
    return new Row(
        item,
        levels,
        floor(settings.dimensions(), levels),
        score,
        (int) levels.stream().filter(l -> l != null).count(),
        impact,
        score == null ? null : exposure(impact, score),
        item.contract() == null ? null : item.contract().decisionDate().orElse(null),
        laws(radar, item),
        item.data().processedIn().stream().anyMatch(c -> !c.isEuropean()),
        dependents);
  }

  /**
   * The lowest level among the gating dimensions (all dimensions when none gates). Unknown when a
   * gating dimension is unknown, unless a known one is already 0: then nothing can lower it.
   */
  static @Nullable Integer floor(List<Dimension> dimensions, List<@Nullable Integer> levels) {
    boolean anyGate = dimensions.stream().anyMatch(Dimension::floor);
    Integer min = null;
    boolean unknown = false;
    for (int i = 0; i < dimensions.size(); i++) {
      if (anyGate && !dimensions.get(i).floor()) {
        continue;
      }
      Integer l = levels.get(i);
      if (l == null) {
        unknown = true;
      } else if (min == null || l < min) {
        min = l;
      }
    }
    if (min != null && min == 0) {
      return 0;
    }
    return unknown ? null : min;
  }

  /** 100 × Σ(weight × level / 4) / Σ(weight) over the known dimensions; null when none is known. */
  static @Nullable Integer score(List<Dimension> dimensions, List<@Nullable Integer> levels) {
    double sum = 0;
    double weights = 0;
    for (int i = 0; i < dimensions.size(); i++) {
      Integer l = levels.get(i);
      if (l != null) {
        sum += dimensions.get(i).weight() * l / (double) AssessmentSettings.MAX_LEVEL;
        weights += dimensions.get(i).weight();
      }
    }
    return weights == 0 ? null : (int) Math.round(100 * sum / weights);
  }

  /**
   * 100 × (criticality / 4) × (data class weight / highest data class weight) × users factor. A
   * missing data class counts as the highest, so that leaving it out never lowers the impact.
   */
  static int impact(AssessmentSettings settings, InventoryItem item) {
    double highest =
        settings.dataClasses().stream()
            .mapToDouble(AssessmentSettings.DataClass::weight)
            .max()
            .orElse(1);
    double dataWeight =
        Optional.ofNullable(item.data().dataClass())
            .flatMap(settings::findDataClass)
            .map(AssessmentSettings.DataClass::weight)
            .orElse(highest);
    double criticality = item.criticality().weight() / (double) Criticality.CRITICAL.weight();
    return (int) Math.round(100 * criticality * (dataWeight / highest) * usersFactor(item.users()));
  }

  /** 0.25 below 50 users, 0.5 from 50, 0.75 from 500, 1 from 5,000; 0.5 when not given. */
  static double usersFactor(@Nullable Integer users) {
    if (users == null) {
      return 0.5;
    }
    return users >= 5000 ? 1 : users >= 500 ? 0.75 : users >= 50 ? 0.5 : 0.25;
  }

  /** The laws reaching data abroad of the provider's, the parent's and the vendor's countries. */
  static List<String> laws(Radar radar, InventoryItem item) {
    Set<Country> countries = new LinkedHashSet<>();
    if (item.provider() != null) {
      if (item.provider().country() != null) {
        countries.add(item.provider().country());
      }
      if (item.provider().parentCountry() != null) {
        countries.add(item.provider().parentCountry());
      }
    }
    if (item.origin() != null) {
      countries.add(item.origin());
    }
    Set<String> laws = new LinkedHashSet<>();
    countries.forEach(c -> AccessLaws.find(c).ifPresent(laws::add));
    return List.copyOf(laws);
  }

  private static Summary summary(List<Row> rows, LocalDate reference, AssessmentSettings settings) {
    LocalDate horizon = reference.plusMonths(DECISION_HORIZON_MONTHS);
    int critical = 0;
    int criticalForeign = 0;
    int usersOutside = 0;
    int decisions = 0;
    int unknown = 0;
    int[][] heat = new int[Criticality.values().length][AssessmentSettings.MAX_LEVEL + 2];
    for (Row r : rows) {
      boolean isCritical = r.item().criticality() == Criticality.CRITICAL;
      critical += isCritical ? 1 : 0;
      criticalForeign += isCritical && !r.laws().isEmpty() ? 1 : 0;
      if (r.processedOutsideEurope() && r.item().users() != null) {
        usersOutside = Math.max(usersOutside, r.item().users());
      }
      if (r.decisionDate() != null && !r.decisionDate().isAfter(horizon)) {
        decisions++;
      }
      unknown += settings.dimensions().size() - r.known();
      heat[r.item().criticality().ordinal()][
          r.floor() == null ? AssessmentSettings.MAX_LEVEL + 1 : r.floor()]++;
    }
    return new Summary(
        rows.size(),
        critical,
        criticalForeign,
        usersOutside,
        decisions,
        horizon,
        unknown,
        rows.size() * settings.dimensions().size(),
        heat);
  }
}
