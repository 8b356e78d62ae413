package eu.sovereignradar.generator.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * radar.yaml's {@code roadmap}: the phases the steps of {@code roadmap/} fall into, the
 * change-management lanes their actions belong to, and whether a public build shows the roadmap.
 * Internal unless {@code isPublic}. Immutable and thread-safe.
 *
 * @param phases consecutive, in date order (the validator checks it)
 * @param lanes the declared lanes, or {@link #DEFAULT_LANES}
 */
public record RoadmapSettings(boolean isPublic, List<Phase> phases, List<Lane> lanes) {
  public RoadmapSettings {
    phases = List.copyOf(phases);
    lanes = List.copyOf(lanes);
  }

  /**
   * The four lanes of change management the method names. Their titles are null: a page prints them
   * in its own language.
   */
  public static final List<Lane> DEFAULT_LANES =
      List.of(
          new Lane("awareness", null),
          new Lane("training", null),
          new Lane("procurement", null),
          new Lane("governance", null));

  /** No roadmap declared: no phases, the default lanes. */
  public static RoadmapSettings none() {
    return new RoadmapSettings(false, List.of(), DEFAULT_LANES);
  }

  /** A period of the roadmap, such as a pilot or a rollout wave. */
  public record Phase(String id, String title, LocalDate start, LocalDate end) {}

  /**
   * A lane of change management (awareness, training, procurement, governance).
   *
   * @param title null for a default lane, which pages name in their language
   */
  public record Lane(String id, @Nullable String title) {}

  public Optional<Phase> findPhase(String id) {
    return phases.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public Optional<Lane> findLane(String id) {
    return lanes.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  public List<String> phaseIds() {
    return phases.stream().map(Phase::id).toList();
  }

  public List<String> laneIds() {
    return lanes.stream().map(Lane::id).toList();
  }

  /** The phase's position, 0 for the first; -1 when there is none with this id. */
  public int phaseIndex(String id) {
    for (int i = 0; i < phases.size(); i++) {
      if (phases.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}
