package eu.sovereignradar.generator.validation;

import eu.sovereignradar.generator.content.YamlNode;
import eu.sovereignradar.generator.model.RoadmapSettings;
import eu.sovereignradar.generator.model.RoadmapSettings.Lane;
import eu.sovereignradar.generator.model.RoadmapSettings.Phase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads radar.yaml's {@code roadmap}: whether it is public, its phases (which must follow each
 * other in date order) and its change-management lanes (the four default lanes when none are
 * given).
 */
final class RoadmapSettingsReader {
  static final List<String> KEYS = List.of("public", "phases", "lanes");
  static final List<String> PHASE_KEYS = List.of("id", "title", "start", "end");
  static final List<String> LANE_KEYS = List.of("id", "title");

  private RoadmapSettingsReader() {}

  static RoadmapSettings read(Fields f) {
    Optional<YamlNode.Map> map =
        f.node("roadmap")
            .flatMap(n -> f.asMap("roadmap", n, "write roadmap: {phases: [...], lanes: [...]}"));
    if (map.isEmpty()) {
      return RoadmapSettings.none();
    }
    Fields r = f.nested(map.get(), "roadmap ");
    r.warnUnknownKeys(KEYS, "roadmap");
    boolean isPublic = r.bool("public").orElse(false);
    List<Phase> phases = phases(r);
    List<Lane> lanes = r.has("lanes") ? lanes(r) : RoadmapSettings.DEFAULT_LANES;
    return new RoadmapSettings(isPublic, phases, lanes);
  }

  private static List<Phase> phases(Fields r) {
    List<Phase> phases = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (YamlNode item : r.list("phases")) {
      Optional<YamlNode.Map> m =
          r.asMap("phases item", item, "each phase needs an id, a title, a start and an end");
      if (m.isEmpty()) {
        continue;
      }
      Fields p = r.nested(m.get(), "phase ");
      p.warnUnknownKeys(PHASE_KEYS, "a phase");
      Optional<String> id = p.id("id", true, "pilot");
      Optional<String> title = p.text("title", true);
      Optional<LocalDate> start = p.date("start", true);
      Optional<LocalDate> end = p.date("end", true);
      if (id.isPresent() && !seen.add(id.get())) {
        AssessmentSettingsReader.duplicate(p, "phase", id.get());
        continue;
      }
      if (id.isEmpty() || title.isEmpty() || start.isEmpty() || end.isEmpty()) {
        continue;
      }
      if (end.get().isBefore(start.get())) {
        order(
            p,
            "end",
            "phase '"
                + id.get()
                + "' ends ("
                + end.get()
                + ") before it starts ("
                + start.get()
                + ")");
        continue;
      }
      Phase previous = phases.isEmpty() ? null : phases.get(phases.size() - 1);
      if (previous != null && start.get().isBefore(previous.start())) {
        order(
            p,
            "start",
            "phase '"
                + id.get()
                + "' starts ("
                + start.get()
                + ") before the phase before it, '"
                + previous.id()
                + "' ("
                + previous.start()
                + ")");
        continue;
      }
      if (previous != null && end.get().isBefore(previous.end())) {
        order(
            p,
            "end",
            "phase '"
                + id.get()
                + "' ends ("
                + end.get()
                + ") before the phase before it, '"
                + previous.id()
                + "' ("
                + previous.end()
                + ")");
        continue;
      }
      phases.add(new Phase(id.get(), title.get(), start.get(), end.get()));
    }
    return phases;
  }

  private static void order(Fields p, String key, String message) {
    p.out()
        .error(
            "roadmap.phase-order",
            p.atValue(key),
            message,
            "list the phases in date order, each ending on or after it starts");
  }

  private static List<Lane> lanes(Fields r) {
    List<Lane> lanes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (YamlNode item : r.list("lanes")) {
      Optional<YamlNode.Map> m = r.asMap("lanes item", item, "each lane needs an id and a title");
      if (m.isEmpty()) {
        continue;
      }
      Fields l = r.nested(m.get(), "lane ");
      l.warnUnknownKeys(LANE_KEYS, "a lane");
      Optional<String> id = l.id("id", true, "training");
      Optional<String> title = l.text("title", true);
      if (id.isPresent() && !seen.add(id.get())) {
        AssessmentSettingsReader.duplicate(l, "lane", id.get());
      } else if (id.isPresent() && title.isPresent()) {
        lanes.add(new Lane(id.get(), title.get()));
      }
    }
    return lanes;
  }
}
