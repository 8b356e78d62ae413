package eu.sovereignradar.generator.validation;

import eu.sovereignradar.generator.content.YamlNode;
import eu.sovereignradar.generator.diagnostic.DiagnosticCollector;
import eu.sovereignradar.generator.diagnostic.SourcePosition;
import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.InventoryItem;
import eu.sovereignradar.generator.model.RadarSettings;
import eu.sovereignradar.generator.model.RoadmapSettings;
import eu.sovereignradar.generator.model.RoadmapStep;
import eu.sovereignradar.generator.model.RoadmapStep.ChangeAction;
import eu.sovereignradar.generator.model.SourceRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Checks one roadmap step ({@code roadmap/<id>.md}) against radar.yaml's roadmap, the inventory,
 * the blips and the other steps' ids (items are known by their files, so that an item with errors
 * of its own is not reported again here), and builds the {@link RoadmapStep}. What needs all steps
 * at once (cycles, order of dependent steps) is {@link RoadmapChecks}. Thread-safe.
 */
final class RoadmapReader {
  static final List<String> KEYS =
      List.of(
          "title",
          "moves",
          "to",
          "phase",
          "start",
          "end",
          "status",
          "effort",
          "risk",
          "owner",
          "users",
          "dependsOn",
          "rollback",
          "actions");
  static final List<String> ACTION_KEYS = List.of("lane", "title", "date");

  /**
   * A step read, with the positions {@link RoadmapChecks} reports at.
   *
   * @param dependsOn the position of each id of {@code dependsOn}, in the step's order
   */
  record Read(RoadmapStep step, SourcePosition start, List<SourcePosition> dependsOn) {}

  private final RadarSettings config;
  private final Map<String, InventoryItem> items;
  private final Set<String> itemIds;
  private final Map<String, Blip> blips;
  private final Set<String> stepIds;

  RoadmapReader(
      RadarSettings config,
      Map<String, InventoryItem> items,
      Set<String> itemIds,
      Map<String, Blip> blips,
      Set<String> stepIds) {
    this.config = config;
    this.items = items;
    this.itemIds = itemIds;
    this.blips = blips;
    this.stepIds = stepIds;
  }

  Optional<Read> read(String id, Documents.Document doc, DiagnosticCollector out) {
    Fields f = new Fields(doc.path(), doc.frontMatter(), out, "");
    f.warnUnknownKeys(KEYS, "roadmap step front matter");
    Optional<String> title = f.text("title", true);
    List<String> moves = moves(f);
    String to = to(f);
    Optional<RoadmapSettings.Phase> phase = phase(f);
    Optional<LocalDate> start = f.date("start", true);
    Optional<LocalDate> end = f.date("end", true);
    Optional<RoadmapStep.Status> status =
        vocabulary(
            f,
            "status",
            RoadmapStep.Status::of,
            ids(RoadmapStep.Status.values(), RoadmapStep.Status::id));
    Optional<RoadmapStep.Effort> effort =
        vocabulary(
            f,
            "effort",
            RoadmapStep.Effort::of,
            ids(RoadmapStep.Effort.values(), RoadmapStep.Effort::id));
    Optional<RoadmapStep.Risk> risk =
        vocabulary(
            f, "risk", RoadmapStep.Risk::of, ids(RoadmapStep.Risk.values(), RoadmapStep.Risk::id));
    String owner = f.text("owner", false).orElse(null);
    Integer users = f.count("users").orElse(null);
    List<SourcePosition> dependsOnAt = new ArrayList<>();
    List<String> dependsOn = dependsOn(f, id, dependsOnAt);
    String rollback = f.text("rollback", false).orElse(null);
    List<ChangeAction> actions = actions(f);
    if (start.isPresent() && end.isPresent()) {
      dates(f, start.get(), end.get(), phase.orElse(null));
      if (status.isPresent()
          && !status.get().done()
          && status.get() != RoadmapStep.Status.CANCELLED) {
        deadlines(f, moves, end.get());
      }
    }
    if (title.isEmpty()
        || start.isEmpty()
        || end.isEmpty()
        || status.isEmpty()
        || effort.isEmpty()
        || risk.isEmpty()
        || !f.has("phase")) {
      return Optional.empty();
    }
    RoadmapStep step =
        new RoadmapStep(
            id,
            title.get(),
            moves,
            to,
            f.text("phase", false).orElseThrow(),
            start.get(),
            end.get(),
            status.get(),
            effort.get(),
            risk.get(),
            owner,
            users,
            dependsOn,
            rollback,
            actions,
            doc.parts().body(),
            new SourceRef(doc.path()));
    return Optional.of(new Read(step, f.atValue("start"), dependsOnAt));
  }

  private List<String> moves(Fields f) {
    List<String> result = new ArrayList<>();
    for (YamlNode node : f.list("moves")) {
      Optional<String> id = f.idValue("moves item", node, "exchange-online");
      if (id.isEmpty() || result.contains(id.get())) {
        continue;
      }
      if (!itemIds.contains(id.get())) {
        InventoryReader.known(
            f, f.at(node), "moves", id.get(), itemIds, "roadmap.unknown-item", "inventory item");
      } else {
        result.add(id.get());
      }
    }
    return result;
  }

  private @Nullable String to(Fields f) {
    Optional<String> id = f.id("to", false, "nextcloud");
    if (id.isEmpty()) {
      return null;
    }
    Blip blip = blips.get(id.get());
    if (blip == null) {
      InventoryReader.known(f, "to", id.get(), blips.keySet(), "roadmap.unknown-blip", "blip");
      return null;
    }
    if (blip.ring().index() == config.rings().size() - 1) {
      f.out()
          .warning(
              "roadmap.target-on-hold",
              f.atValue("to"),
              "the step moves to '"
                  + id.get()
                  + "', which is in the outermost ring ("
                  + blip.ring().title()
                  + ")",
              "choose an alternative from an inner ring, or say in the body why this one");
    }
    return id.get();
  }

  private Optional<RoadmapSettings.Phase> phase(Fields f) {
    Optional<String> id = f.id("phase", true, "pilot");
    if (id.isEmpty() || config.roadmap().phases().isEmpty()) {
      // Without phases, radar.yaml is reported once (roadmap.no-phases), not every step.
      return Optional.empty();
    }
    Optional<RoadmapSettings.Phase> phase = config.roadmap().findPhase(id.get());
    if (phase.isEmpty()) {
      InventoryReader.known(
          f, "phase", id.get(), config.roadmap().phaseIds(), "roadmap.unknown-phase", "phase");
    }
    return phase;
  }

  private List<String> dependsOn(Fields f, String self, List<SourcePosition> positions) {
    List<String> result = new ArrayList<>();
    for (YamlNode node : f.list("dependsOn")) {
      Optional<String> id = f.idValue("dependsOn item", node, "identity-keycloak");
      if (id.isEmpty() || result.contains(id.get())) {
        continue;
      }
      if (id.get().equals(self)) {
        f.out()
            .error(
                "roadmap.unknown-step",
                f.at(node),
                "step '" + self + "' lists itself in dependsOn",
                "remove it: dependsOn names the other steps that must end before this one starts");
      } else if (!stepIds.contains(id.get())) {
        InventoryReader.known(
            f, f.at(node), "dependsOn", id.get(), stepIds, "roadmap.unknown-step", "roadmap step");
      } else {
        result.add(id.get());
        positions.add(f.at(node));
      }
    }
    return result;
  }

  private List<ChangeAction> actions(Fields f) {
    List<ChangeAction> result = new ArrayList<>();
    RoadmapSettings roadmap = config.roadmap();
    for (YamlNode node : f.list("actions")) {
      Optional<YamlNode.Map> m =
          f.asMap("actions item", node, "each action needs a lane, a title and a date");
      if (m.isEmpty()) {
        continue;
      }
      Fields a = f.nested(m.get(), "action ");
      a.warnUnknownKeys(ACTION_KEYS, "an action");
      Optional<String> lane = a.id("lane", true, "training");
      Optional<String> title = a.text("title", true);
      LocalDate date = a.date("date", false).orElse(null);
      if (lane.isPresent() && roadmap.findLane(lane.get()).isEmpty()) {
        InventoryReader.known(
            a, "lane", lane.get(), roadmap.laneIds(), "roadmap.unknown-lane", "lane");
        continue;
      }
      if (lane.isPresent() && title.isPresent()) {
        result.add(new ChangeAction(lane.get(), title.get(), date));
      }
    }
    return result;
  }

  private static void dates(
      Fields f, LocalDate start, LocalDate end, RoadmapSettings.@Nullable Phase phase) {
    if (end.isBefore(start)) {
      f.out()
          .error(
              "roadmap.end-before-start",
              f.atValue("end"),
              "the step ends (" + end + ") before it starts (" + start + ")",
              "swap the dates, or correct the one that is wrong");
      return;
    }
    if (phase != null && (start.isBefore(phase.start()) || end.isAfter(phase.end()))) {
      f.out()
          .warning(
              "roadmap.outside-phase",
              f.atValue(start.isBefore(phase.start()) ? "start" : "end"),
              "the step runs from "
                  + start
                  + " to "
                  + end
                  + ", outside its phase '"
                  + phase.id()
                  + "' ("
                  + phase.start()
                  + " to "
                  + phase.end()
                  + ")",
              "move the step to the phase its dates fall in, or change its dates");
    }
  }

  /** A contract must be renewed or given notice before the step moving its item ends. */
  private void deadlines(Fields f, List<String> moves, LocalDate end) {
    for (String id : moves) {
      InventoryItem item = items.get(id);
      if (item == null || item.contract() == null || item.contract().decisionDate().isEmpty()) {
        continue;
      }
      LocalDate decide = item.contract().decisionDate().get();
      if (end.isAfter(decide)) {
        f.out()
            .warning(
                "roadmap.after-notice-deadline",
                f.atValue("end"),
                "the step ends on "
                    + end
                    + ", after the notice deadline of '"
                    + id
                    + "' ("
                    + decide
                    + "): renewal would be decided before the migration ends",
                "end the step by "
                    + decide
                    + ", or plan a bridge renewal and record its new end in inventory/"
                    + id
                    + ".md");
      }
    }
  }

  private static <E extends Enum<E>> List<String> ids(E[] values, Function<E, String> id) {
    return Arrays.stream(values).map(id).toList();
  }

  private static <E extends Enum<E>> Optional<E> vocabulary(
      Fields f, String key, Function<String, Optional<E>> of, List<String> allowed) {
    return InventoryReader.vocabulary(f, key, true, of, allowed, "roadmap.invalid-value");
  }
}
