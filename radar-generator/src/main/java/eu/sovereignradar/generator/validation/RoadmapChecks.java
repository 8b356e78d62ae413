package eu.sovereignradar.generator.validation;

import eu.sovereignradar.generator.diagnostic.DiagnosticCollector;
import eu.sovereignradar.generator.diagnostic.SourcePosition;
import eu.sovereignradar.generator.model.RoadmapStep;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The roadmap checks that need every step at once: circles in {@code dependsOn}, steps that start
 * before a step they depend on ends, and items to replace that no step moves.
 */
final class RoadmapChecks {
  private RoadmapChecks() {}

  static void check(
      List<RoadmapReader.Read> steps,
      Map<String, SourcePosition> replaceAt,
      DiagnosticCollector out) {
    List<RoadmapReader.Read> sorted = new ArrayList<>(steps);
    sorted.sort(Comparator.comparing(r -> r.step().id()));
    Map<String, RoadmapReader.Read> byId = new HashMap<>();
    sorted.forEach(r -> byId.put(r.step().id(), r));
    cycles(sorted, byId, out);
    order(sorted, byId, out);
    unmoved(sorted, replaceAt, out);
  }

  /**
   * Reports each circle once, at the dependsOn entry of its first step (by id) that closes it,
   * naming every step of the circle in order.
   */
  private static void cycles(
      List<RoadmapReader.Read> sorted,
      Map<String, RoadmapReader.Read> byId,
      DiagnosticCollector out) {
    Set<String> finished = new HashSet<>();
    Set<Set<String>> reported = new HashSet<>();
    for (RoadmapReader.Read r : sorted) {
      visit(r.step().id(), new ArrayList<>(), finished, byId, reported, out);
    }
  }

  private static void visit(
      String id,
      List<String> path,
      Set<String> finished,
      Map<String, RoadmapReader.Read> byId,
      Set<Set<String>> reported,
      DiagnosticCollector out) {
    if (finished.contains(id)) {
      return;
    }
    int at = path.indexOf(id);
    if (at >= 0) {
      List<String> circle = new ArrayList<>(path.subList(at, path.size()));
      if (reported.add(new HashSet<>(circle))) {
        report(circle, byId, out);
      }
      return;
    }
    RoadmapReader.Read r = byId.get(id);
    if (r == null) {
      return;
    }
    path.add(id);
    for (String d : r.step().dependsOn()) {
      visit(d, path, finished, byId, reported, out);
    }
    path.remove(path.size() - 1);
    finished.add(id);
  }

  private static void report(
      List<String> circle, Map<String, RoadmapReader.Read> byId, DiagnosticCollector out) {
    // Start the circle at its smallest id, so the message does not depend on where the walk began.
    int first = circle.indexOf(circle.stream().min(Comparator.naturalOrder()).orElseThrow());
    List<String> ordered = new ArrayList<>(circle.subList(first, circle.size()));
    ordered.addAll(circle.subList(0, first));
    String head = ordered.get(0);
    String next = ordered.size() > 1 ? ordered.get(1) : head;
    RoadmapReader.Read r = byId.get(head);
    int index = r.step().dependsOn().indexOf(next);
    SourcePosition at = index >= 0 ? r.dependsOn().get(index) : r.start();
    out.error(
        "roadmap.cycle",
        at,
        "steps depend on each other in a circle: " + String.join(" → ", ordered) + " → " + head,
        "remove one dependsOn entry of the circle: a step can only wait for steps that end before"
            + " it starts");
  }

  private static void order(
      List<RoadmapReader.Read> sorted,
      Map<String, RoadmapReader.Read> byId,
      DiagnosticCollector out) {
    for (RoadmapReader.Read r : sorted) {
      RoadmapStep step = r.step();
      for (int i = 0; i < step.dependsOn().size(); i++) {
        RoadmapReader.Read d = byId.get(step.dependsOn().get(i));
        if (d == null || d.step().status() == RoadmapStep.Status.CANCELLED) {
          continue;
        }
        if (!step.start().isAfter(d.step().end())) {
          out.error(
              "roadmap.starts-before-dependency",
              r.start(),
              "the step starts on "
                  + step.start()
                  + ", but '"
                  + d.step().id()
                  + "', which it depends on, ends on "
                  + d.step().end(),
              "start it after " + d.step().end() + ", or drop the dependency");
        }
      }
    }
  }

  private static void unmoved(
      List<RoadmapReader.Read> sorted,
      Map<String, SourcePosition> replaceAt,
      DiagnosticCollector out) {
    if (sorted.isEmpty()) {
      return;
    }
    Set<String> moved = new HashSet<>();
    for (RoadmapReader.Read r : sorted) {
      if (r.step().status() != RoadmapStep.Status.CANCELLED) {
        moved.addAll(r.step().moves());
      }
    }
    replaceAt.entrySet().stream()
        .filter(e -> !moved.contains(e.getKey()))
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                out.warning(
                    "inventory.replace-without-step",
                    e.getValue(),
                    "'" + e.getKey() + "' is to be replaced, but no roadmap step moves it",
                    "add it to the moves of a step (radar roadmap suggest drafts one)"));
  }
}
