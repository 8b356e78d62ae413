package eu.sovereignradar.generator.scaffold;

import eu.sovereignradar.generator.analysis.DependencyMatrix;
import eu.sovereignradar.generator.analysis.RadarAnalysis;
import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.InventoryItem;
import eu.sovereignradar.generator.model.RoadmapSettings;
import eu.sovereignradar.generator.model.RoadmapStep;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Drafts roadmap steps ({@code roadmap/<item id>.md}) for the inventory items to replace that no
 * step moves yet, in the order docs/roadmap.md describes: the largest exposure reduction per effort
 * first, an item only after the items it depends on. Writes new files only, never over an existing
 * one. Thread-safe; each call reads the analysis it was given.
 */
public final class RoadmapDrafter {
  private final RadarAnalysis analysis;
  private final Path contentDirectory;

  /**
   * @param analysis the analysed radar, with its inventory and roadmap
   * @param contentDirectory where {@code roadmap/} is
   */
  public RoadmapDrafter(RadarAnalysis analysis, Path contentDirectory) {
    this.analysis = analysis;
    this.contentDirectory = contentDirectory;
  }

  /**
   * One drafted step.
   *
   * @param dependsOn ids of the drafts and existing steps it waits for
   * @param reduction the exposure it would remove
   */
  public record Draft(
      String id,
      String title,
      InventoryItem item,
      Blip to,
      RoadmapSettings.Phase phase,
      LocalDate start,
      LocalDate end,
      RoadmapStep.Effort effort,
      RoadmapStep.Risk risk,
      int users,
      List<String> dependsOn,
      int reduction,
      String text) {
    public Draft {
      dependsOn = List.copyOf(dependsOn);
    }

    Draft withText(String text) {
      return new Draft(
          id, title, item, to, phase, start, end, effort, risk, users, dependsOn, reduction, text);
    }
  }

  /**
   * What happened to one draft.
   *
   * @param path its content-relative path, e.g. {@code roadmap/exchange-online.md}
   * @param written false when a file of that name existed and was left alone
   */
  public record Outcome(Draft draft, String path, boolean written) {}

  /** The drafts, in order, without writing anything. Empty when there is nothing to draft. */
  public List<Draft> drafts() {
    List<RoadmapSettings.Phase> phases = analysis.radar().settings().roadmap().phases();
    if (phases.isEmpty()) {
      throw new IllegalStateException("radar.yaml declares no roadmap phases");
    }
    LocalDate reference = analysis.radar().settings().referenceDate();
    RoadmapSettings.Phase first =
        phases.stream()
            .filter(p -> !p.end().isBefore(reference))
            .findFirst()
            .orElse(phases.get(phases.size() - 1));
    LocalDate earliest = first.start().isBefore(reference) ? reference : first.start();

    // Items already moved by a step that is not cancelled, and the last such step's end.
    Map<String, RoadmapStep> movedBy = new HashMap<>();
    for (RoadmapStep s : analysis.radar().roadmap()) {
      if (s.status() == RoadmapStep.Status.CANCELLED) {
        continue;
      }
      for (String id : s.moves()) {
        RoadmapStep last = movedBy.get(id);
        if (last == null || s.end().isAfter(last.end())) {
          movedBy.put(id, s);
        }
      }
    }
    Map<String, InventoryItem> candidates = new LinkedHashMap<>();
    for (InventoryItem item : analysis.radar().inventory()) {
      if (item.disposition() == InventoryItem.Disposition.REPLACE
          && item.target() != null
          && !movedBy.containsKey(item.id())
          && analysis.radar().findBlip(item.target()).isPresent()) {
        candidates.put(item.id(), item);
      }
    }

    Map<String, Integer> reductions = new HashMap<>();
    candidates.values().forEach(i -> reductions.put(i.id(), reduction(i)));
    Comparator<InventoryItem> best =
        Comparator.comparingDouble(
                (InventoryItem i) -> -(double) reductions.get(i.id()) / effort(i).weight())
            .thenComparing(InventoryItem::id);

    List<Draft> drafts = new ArrayList<>();
    Map<String, Draft> byItem = new HashMap<>();
    Set<String> pending = new HashSet<>(candidates.keySet());
    while (!pending.isEmpty()) {
      // Ready: every item it depends on that is still to draft has been drafted. A circle in the
      // inventory's dependsOn would leave nothing ready; then the best remaining item goes next.
      List<InventoryItem> ready =
          pending.stream()
              .map(candidates::get)
              .filter(i -> i.dependsOn().stream().noneMatch(pending::contains))
              .sorted(best)
              .toList();
      InventoryItem next =
          ready.isEmpty()
              ? pending.stream().map(candidates::get).sorted(best).findFirst().orElseThrow()
              : ready.get(0);
      pending.remove(next.id());
      List<String> dependsOn = new ArrayList<>();
      LocalDate start = earliest;
      for (String d : next.dependsOn()) {
        Draft draft = byItem.get(d);
        RoadmapStep step = movedBy.get(d);
        LocalDate after = null;
        if (draft != null) {
          dependsOn.add(draft.id());
          after = draft.end();
        } else if (step != null) {
          dependsOn.add(step.id());
          after = step.end();
        }
        if (after != null && !after.isBefore(start)) {
          start = after.plusDays(1);
        }
      }
      Draft draft = draft(next, start, dependsOn, reductions.get(next.id()), phases);
      drafts.add(draft);
      byItem.put(next.id(), draft);
    }
    return drafts;
  }

  /**
   * Writes every draft whose file does not exist yet.
   *
   * @throws IOException when {@code roadmap/} cannot be created or a file cannot be written
   */
  public List<Outcome> write() throws IOException {
    List<Outcome> outcomes = new ArrayList<>();
    List<Draft> drafts = drafts();
    if (drafts.isEmpty()) {
      return outcomes;
    }
    Path folder = contentDirectory.resolve("roadmap");
    Files.createDirectories(folder);
    for (Draft d : drafts) {
      String path = "roadmap/" + d.id() + ".md";
      Path file = folder.resolve(d.id() + ".md");
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        outcomes.add(new Outcome(d, path, false));
        continue;
      }
      // CREATE_NEW keeps "never overwrite" true even if the file appears after the check.
      try (Writer w =
          Files.newBufferedWriter(
              file,
              StandardCharsets.UTF_8,
              StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE)) {
        w.write(d.text());
        outcomes.add(new Outcome(d, path, true));
      } catch (FileAlreadyExistsException e) {
        outcomes.add(new Outcome(d, path, false));
      }
    }
    return outcomes;
  }

  private int reduction(InventoryItem item) {
    DependencyMatrix.Row row = analysis.row(item.id()).orElseThrow();
    if (row.exposure() == null) {
      return 0;
    }
    Blip to = analysis.radar().findBlip(item.target()).orElseThrow();
    int after = DependencyMatrix.exposure(row.impact(), analysis.score(to).value());
    return row.exposure() - after;
  }

  /** docs/roadmap.md: the size of the move from the users and the criticality. */
  static RoadmapStep.Effort effort(InventoryItem item) {
    int users = item.users() == null ? 0 : item.users();
    boolean critical = item.criticality() == InventoryItem.Criticality.CRITICAL;
    if (users >= 5000 || (critical && users >= 500)) {
      return RoadmapStep.Effort.XL;
    }
    if (users >= 500) {
      return RoadmapStep.Effort.L;
    }
    if (users >= 50 || critical) {
      return RoadmapStep.Effort.M;
    }
    return RoadmapStep.Effort.S;
  }

  static RoadmapStep.Risk risk(InventoryItem item) {
    return switch (item.criticality()) {
      case CRITICAL -> RoadmapStep.Risk.HIGH;
      case HIGH -> RoadmapStep.Risk.MEDIUM;
      default -> RoadmapStep.Risk.LOW;
    };
  }

  private Draft draft(
      InventoryItem item,
      LocalDate start,
      List<String> dependsOn,
      int reduction,
      List<RoadmapSettings.Phase> phases) {
    RoadmapStep.Effort effort = effort(item);
    LocalDate end = start.plusMonths(effort.months()).minusDays(1);
    RoadmapSettings.Phase phase =
        phases.stream()
            .filter(p -> !start.isBefore(p.start()) && !start.isAfter(p.end()))
            .findFirst()
            .orElse(
                start.isBefore(phases.get(0).start())
                    ? phases.get(0)
                    : phases.get(phases.size() - 1));
    Blip to = analysis.radar().findBlip(item.target()).orElseThrow();
    String title = "Move " + item.title() + " to " + to.title();
    int users = item.users() == null ? 0 : item.users();
    Draft draft =
        new Draft(
            item.id(),
            title,
            item,
            to,
            phase,
            start,
            end,
            effort,
            risk(item),
            users,
            dependsOn,
            reduction,
            "");
    return draft.withText(text(draft));
  }

  private String text(Draft d) {
    InventoryItem item = d.item();
    DependencyMatrix.Row row = analysis.row(item.id()).orElseThrow();
    NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ENGLISH);
    StringBuilder out = new StringBuilder(1024);
    out.append("---\n");
    out.append("# Drafted by 'radar roadmap suggest' from inventory/")
        .append(item.id())
        .append(".md: review every value before you rely on it.\n");
    out.append("title: ").append(quoted(d.title())).append('\n');
    out.append("moves: [").append(item.id()).append("]\n");
    out.append("to: ").append(d.to().id()).append('\n');
    out.append("phase: ").append(d.phase().id()).append('\n');
    out.append("start: ").append(d.start()).append('\n');
    out.append("end: ").append(d.end()).append('\n');
    out.append("status: planned\n");
    out.append("effort: ").append(d.effort().id()).append('\n');
    out.append("risk: ").append(d.risk().id()).append('\n');
    if (item.users() != null) {
      out.append("users: ").append(item.users()).append('\n');
    }
    if (!d.dependsOn().isEmpty()) {
      out.append("dependsOn: [").append(String.join(", ", d.dependsOn())).append("]\n");
    }
    out.append("---\n");
    out.append(item.title()).append(": ").append(item.criticality().id()).append(" criticality");
    if (item.users() != null) {
      out.append(", ").append(numbers.format(item.users())).append(" users");
    }
    out.append(". It moves to ").append(d.to().title()).append(", which the radar places in ");
    out.append(d.to().ring().title()).append(" with a sovereignty score of ");
    out.append(analysis.score(d.to()).value()).append(". ");
    if (row.exposure() != null) {
      out.append("Its exposure is ")
          .append(row.exposure())
          .append(" today; the move would remove about ")
          .append(d.reduction())
          .append(".");
    } else {
      out.append("Its exposure is unknown until its assessment is complete.");
    }
    out.append("\n\n");
    if (row.decisionDate() != null) {
      out.append("Notice on its contract must be given by ")
          .append(row.decisionDate())
          .append(
              d.end().isAfter(row.decisionDate())
                  ? ", before this draft ends: plan a bridge renewal or a faster move."
                  : ", after this draft ends.")
          .append("\n\n");
    }
    out.append("To decide before this step is planned:\n\n");
    out.append("- who owns it, and which users move first (a pilot with rollback criteria?);\n");
    out.append("- how long the old and the new service run side by side;\n");
    out.append("- the change actions: awareness, training, procurement and governance.\n");
    return out.toString();
  }

  /** A YAML double-quoted scalar: the JSON escapes, which YAML reads the same way. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
