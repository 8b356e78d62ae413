package eu.sovereignradar.generator.analysis;

import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.InventoryItem;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.model.RoadmapSettings.Phase;
import eu.sovereignradar.generator.model.RoadmapStep;
import eu.sovereignradar.generator.score.SovereigntyScore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The roadmap analysed: each step with the items it moves, its users, the exposure it removes and
 * the steps that wait for it; the quick wins; and the progress figures, overall and after each
 * phase. The formulas are those of docs/roadmap.md ("Figures"). Immutable and thread-safe.
 *
 * @param steps in the radar's order (start, end, id)
 * @param quickWins the steps that are quick wins, best reduction per effort first
 * @param phases one entry per phase of radar.yaml, in order
 */
public record RoadmapPlan(
    List<Step> steps, List<Step> quickWins, Figures figures, List<PhaseFigures> phases) {
  public RoadmapPlan {
    steps = List.copyOf(steps);
    quickWins = List.copyOf(quickWins);
    phases = List.copyOf(phases);
  }

  /**
   * One step, analysed.
   *
   * @param items the inventory items it moves (none in a public build)
   * @param users the step's {@code users}, or the sum of its items' users
   * @param exposureBefore the sum of its items' exposures today, over those whose exposure is known
   * @param exposureAfter the same items' exposure once moved
   * @param dependents the steps that list this one in {@code dependsOn}
   * @param deadlines the notice deadline of each moved item's contract, by item id, earliest first
   * @param exposures each moved item's exposure today and once moved ({@code [before, after]}), by
   *     item id; absent for an item whose exposure is unknown
   */
  public record Step(
      RoadmapStep step,
      @Nullable Phase phase,
      List<InventoryItem> items,
      int users,
      int exposureBefore,
      int exposureAfter,
      List<RoadmapStep> dependsOn,
      List<RoadmapStep> dependents,
      Map<String, LocalDate> deadlines,
      Map<String, int[]> exposures,
      boolean quickWin) {
    public Step {
      exposures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(exposures));
      items = List.copyOf(items);
      dependsOn = List.copyOf(dependsOn);
      dependents = List.copyOf(dependents);
      deadlines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(deadlines));
    }

    /** The exposure the step removes. */
    public int reduction() {
      return exposureBefore - exposureAfter;
    }

    /** The earliest notice deadline among the moved items, if any has a contract. */
    public Optional<LocalDate> firstDeadline() {
      return deadlines.values().stream().min(Comparator.naturalOrder());
    }
  }

  /**
   * The progress figures.
   *
   * @param exposureNow the sum of the inventory's known exposures
   * @param exposureAfter the same once every step that is not cancelled is done
   */
  public record Figures(
      int steps,
      int done,
      int cancelled,
      int usersMigrated,
      int usersPlanned,
      int exposureNow,
      int exposureAfter) {}

  /** What a phase holds and what exposure remains once it is over. */
  public record PhaseFigures(Phase phase, int steps, int done, int users, int exposureAfter) {}

  /** The plan of {@code radar}'s roadmap, exposures taken from {@code matrix}. */
  public static RoadmapPlan of(
      Radar radar, DependencyMatrix matrix, Function<Blip, SovereigntyScore> scores) {
    Map<String, DependencyMatrix.Row> rows = new HashMap<>();
    matrix.rows().forEach(r -> rows.put(r.item().id(), r));
    Map<String, RoadmapStep> stepsById = new HashMap<>();
    radar.roadmap().forEach(s -> stepsById.put(s.id(), s));
    Map<String, List<RoadmapStep>> dependents = new HashMap<>();
    for (RoadmapStep s : radar.roadmap()) {
      for (String d : s.dependsOn()) {
        dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(s);
      }
    }

    List<Step> steps = new ArrayList<>();
    for (RoadmapStep s : radar.roadmap()) {
      List<InventoryItem> items = new ArrayList<>();
      int users = 0;
      int before = 0;
      int afterSum = 0;
      Map<String, LocalDate> deadlines = new LinkedHashMap<>();
      Map<String, int[]> exposures = new LinkedHashMap<>();
      for (String id : s.moves()) {
        DependencyMatrix.Row row = rows.get(id);
        if (row == null) {
          continue;
        }
        InventoryItem item = row.item();
        items.add(item);
        users += item.users() == null ? 0 : item.users();
        if (row.exposure() != null) {
          int moved = exposureAfter(radar, s, row, scores);
          before += row.exposure();
          afterSum += moved;
          exposures.put(id, new int[] {row.exposure(), moved});
        }
        if (row.decisionDate() != null) {
          deadlines.put(id, row.decisionDate());
        }
      }
      List<Map.Entry<String, LocalDate>> sortedDeadlines = new ArrayList<>(deadlines.entrySet());
      sortedDeadlines.sort(
          Map.Entry.<String, LocalDate>comparingByValue()
              .thenComparing(Map.Entry.comparingByKey()));
      Map<String, LocalDate> ordered = new LinkedHashMap<>();
      sortedDeadlines.forEach(e -> ordered.put(e.getKey(), e.getValue()));
      int stepUsers = s.users() != null ? s.users() : users;
      boolean quickWin =
          !s.status().done()
              && s.status() != RoadmapStep.Status.CANCELLED
              && (s.effort() == RoadmapStep.Effort.S || s.effort() == RoadmapStep.Effort.M)
              && s.risk() != RoadmapStep.Risk.HIGH
              && before - afterSum > 0;
      steps.add(
          new Step(
              s,
              radar.settings().roadmap().findPhase(s.phase()).orElse(null),
              items,
              stepUsers,
              before,
              afterSum,
              s.dependsOn().stream().map(stepsById::get).toList(),
              dependents.getOrDefault(s.id(), List.of()),
              ordered,
              exposures,
              quickWin));
    }

    List<Step> quickWins = new ArrayList<>(steps.stream().filter(Step::quickWin).toList());
    quickWins.sort(
        Comparator.comparingDouble((Step s) -> -(double) s.reduction() / s.step().effort().weight())
            .thenComparing(s -> s.step().start())
            .thenComparing(s -> s.step().id()));

    int now = 0;
    for (DependencyMatrix.Row r : matrix.rows()) {
      now += r.exposure() == null ? 0 : r.exposure();
    }
    int afterPlan = remaining(radar, rows, scores, now, null);
    int done = 0;
    int cancelled = 0;
    int usersMigrated = 0;
    int usersPlanned = 0;
    for (Step s : steps) {
      if (s.step().status() == RoadmapStep.Status.CANCELLED) {
        cancelled++;
        continue;
      }
      usersPlanned += s.users();
      if (s.step().status().done()) {
        done++;
        usersMigrated += s.users();
      }
    }

    List<PhaseFigures> phases = new ArrayList<>();
    for (Phase p : radar.settings().roadmap().phases()) {
      phases.add(phase(p, steps, remaining(radar, rows, scores, now, p.end())));
    }
    return new RoadmapPlan(
        steps,
        quickWins,
        new Figures(steps.size(), done, cancelled, usersMigrated, usersPlanned, now, afterPlan),
        phases);
  }

  private static PhaseFigures phase(Phase p, List<Step> steps, int remaining) {
    int count = 0;
    int done = 0;
    int users = 0;
    for (Step s : steps) {
      RoadmapStep step = s.step();
      if (step.phase().equals(p.id())) {
        count++;
        done += step.status().done() ? 1 : 0;
        users += step.status() == RoadmapStep.Status.CANCELLED ? 0 : s.users();
      }
    }
    return new PhaseFigures(p, count, done, users, remaining);
  }

  /**
   * The inventory's exposure once every step that is not cancelled and ends by {@code until} (every
   * such step when null) is done. An item several steps move counts as the last of them leaves it.
   */
  private static int remaining(
      Radar radar,
      Map<String, DependencyMatrix.Row> rows,
      Function<Blip, SovereigntyScore> scores,
      int now,
      @Nullable LocalDate until) {
    Map<String, Integer> after = new HashMap<>();
    Map<String, LocalDate> movedOn = new HashMap<>();
    for (RoadmapStep step : radar.roadmap()) {
      if (step.status() == RoadmapStep.Status.CANCELLED
          || (until != null && step.end().isAfter(until))) {
        continue;
      }
      for (String id : step.moves()) {
        DependencyMatrix.Row row = rows.get(id);
        if (row == null || row.exposure() == null) {
          continue;
        }
        LocalDate last = movedOn.get(id);
        if (last == null || !step.end().isBefore(last)) {
          after.put(id, exposureAfter(radar, step, row, scores));
          movedOn.put(id, step.end());
        }
      }
    }
    int remaining = now;
    for (Map.Entry<String, Integer> e : after.entrySet()) {
      remaining += e.getValue() - rows.get(e.getKey()).exposure();
    }
    return remaining;
  }

  /**
   * An item's exposure once {@code step} has moved it: its impact × (100 − the target blip's
   * sovereignty score) / 100, or 0 when the step has no target (the item is retired).
   */
  static int exposureAfter(
      Radar radar,
      RoadmapStep step,
      DependencyMatrix.Row row,
      Function<Blip, SovereigntyScore> scores) {
    if (step.to() == null) {
      return 0;
    }
    Optional<Blip> blip = radar.findBlip(step.to());
    if (blip.isEmpty()) {
      return row.exposure() == null ? 0 : row.exposure();
    }
    int score = scores.apply(blip.get()).value();
    return DependencyMatrix.exposure(row.impact(), score);
  }

  /** The analysed step with this id. */
  public Optional<Step> find(String id) {
    return steps.stream().filter(s -> s.step().id().equals(id)).findFirst();
  }
}
