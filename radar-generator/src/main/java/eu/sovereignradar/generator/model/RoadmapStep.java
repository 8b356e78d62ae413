package eu.sovereignradar.generator.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One step of the roadmap: {@code roadmap/<id>.md}. It moves inventory items ({@code moves}) to a
 * blip ({@code to}) within a phase, after the steps it depends on. Items, blip, phase, lanes and
 * steps are ids, checked by the validator. {@code moves}, {@code owner} and {@code users} are
 * internal even when the roadmap is public (see {@link #withoutInternal()}). Immutable and
 * thread-safe.
 *
 * @param users as the file states it, or null (the analysis then counts the moved items' users)
 */
public record RoadmapStep(
    String id,
    String title,
    List<String> moves,
    @Nullable String to,
    String phase,
    LocalDate start,
    LocalDate end,
    Status status,
    Effort effort,
    Risk risk,
    @Nullable String owner,
    @Nullable Integer users,
    List<String> dependsOn,
    @Nullable String rollback,
    List<ChangeAction> actions,
    String body,
    SourceRef source) {
  public RoadmapStep {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(phase, "phase");
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    requireNonNull(status, "status");
    requireNonNull(effort, "effort");
    requireNonNull(risk, "risk");
    moves = List.copyOf(moves);
    dependsOn = List.copyOf(dependsOn);
    actions = List.copyOf(actions);
  }

  /** The step as a public roadmap shows it: without the items it moves, its owner and users. */
  public RoadmapStep withoutInternal() {
    return new RoadmapStep(
        id, title, List.of(), to, phase, start, end, status, effort, risk, null, null, dependsOn,
        rollback, actions, body, source);
  }

  /** Where the step stands. */
  public enum Status {
    PLANNED,
    PILOT,
    COEXISTENCE,
    MIGRATED,
    DECOMMISSIONED,
    CANCELLED;

    public String id() {
      return InventoryItem.Vocabulary.id(this);
    }

    /** Migrated or decommissioned: the items no longer run on what they left. */
    public boolean done() {
      return this == MIGRATED || this == DECOMMISSIONED;
    }

    public static Optional<Status> of(String id) {
      return InventoryItem.Vocabulary.of(values(), id);
    }
  }

  /** The work a step takes, in T-shirt sizes; {@link #weight()} is the divisor of its benefit. */
  public enum Effort {
    S(1, 2),
    M(2, 4),
    L(4, 6),
    XL(8, 9);

    private final int weight;
    private final int months;

    Effort(int weight, int months) {
      this.weight = weight;
      this.months = months;
    }

    /** 1, 2, 4 and 8: each size about twice the one before. */
    public int weight() {
      return weight;
    }

    /** How long a step of this size is drafted to take. */
    public int months() {
      return months;
    }

    public String id() {
      return name();
    }

    public static Optional<Effort> of(String id) {
      for (Effort e : values()) {
        if (e.name().equals(id.toUpperCase(Locale.ROOT))) {
          return Optional.of(e);
        }
      }
      return Optional.empty();
    }
  }

  /** How likely the step is to fail or be rolled back. */
  public enum Risk {
    LOW,
    MEDIUM,
    HIGH;

    public String id() {
      return InventoryItem.Vocabulary.id(this);
    }

    public static Optional<Risk> of(String id) {
      return InventoryItem.Vocabulary.of(values(), id);
    }
  }

  /**
   * A change-management action of the step.
   *
   * @param lane a lane id of radar.yaml's roadmap
   * @param date when it happens, or null when not yet planned
   */
  public record ChangeAction(String lane, String title, @Nullable LocalDate date) {}
}
