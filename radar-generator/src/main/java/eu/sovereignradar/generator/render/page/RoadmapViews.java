package eu.sovereignradar.generator.render.page;

import eu.sovereignradar.generator.analysis.DependencyMatrix;
import eu.sovereignradar.generator.analysis.RoadmapPlan;
import eu.sovereignradar.generator.layout.TimelineWriter;
import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.InventoryItem;
import eu.sovereignradar.generator.model.Organisation;
import eu.sovereignradar.generator.model.RoadmapSettings;
import eu.sovereignradar.generator.model.RoadmapStep;
import eu.sovereignradar.generator.render.safety.Html;
import eu.sovereignradar.generator.render.theme.Messages;
import eu.sovereignradar.generator.render.view.ActionRow;
import eu.sovereignradar.generator.render.view.Fact;
import eu.sovereignradar.generator.render.view.FigureView;
import eu.sovereignradar.generator.render.view.ItemLink;
import eu.sovereignradar.generator.render.view.LaneView;
import eu.sovereignradar.generator.render.view.MatrixRowView;
import eu.sovereignradar.generator.render.view.PhaseRow;
import eu.sovereignradar.generator.render.view.RecommendationRow;
import eu.sovereignradar.generator.render.view.ReportView;
import eu.sovereignradar.generator.render.view.RoadmapView;
import eu.sovereignradar.generator.render.view.StepItemRow;
import eu.sovereignradar.generator.render.view.StepRow;
import eu.sovereignradar.generator.render.view.StepView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the views of the roadmap page, each step's page and the assessment report from the
 * analysis' {@link RoadmapPlan} and {@link DependencyMatrix}. Only formatting happens here. In a
 * public build (a public roadmap) the steps carry no applications, owners or users, and nothing
 * here looks them up. Thread-safe.
 */
final class RoadmapViews {
  /** How many of the most exposed applications the report lists. */
  static final int REPORT_EXPOSED = 10;

  private final SiteContext site;
  private final MatrixViews matrix;
  private final Messages m;

  RoadmapViews(SiteContext site, MatrixViews matrix) {
    this.site = site;
    this.matrix = matrix;
    this.m = site.messages();
  }

  private boolean internal() {
    return site.analysis().internal();
  }

  RoadmapView roadmap() {
    RoadmapPlan plan = site.analysis().roadmap();
    Organisation org = site.radar().settings().organisation();
    return new RoadmapView(
        org == null ? "" : org.name(),
        m.get(
            "roadmap_lead", plan.steps().size(), site.radar().settings().roadmap().phases().size()),
        m.get("roadmap_reference", site.date(site.radar().settings().referenceDate()).text()),
        figures(plan),
        phases(plan),
        plan.quickWins().stream().map(s -> row(s, 0)).toList(),
        timeline(0),
        legend(),
        plan.steps().stream().map(s -> row(s, 0)).toList(),
        lanes(plan, 0),
        internal());
  }

  private List<FigureView> figures(RoadmapPlan plan) {
    RoadmapPlan.Figures f = plan.figures();
    List<FigureView> figures = new ArrayList<>();
    int active = f.steps() - f.cancelled();
    figures.add(
        new FigureView(f.done() + " / " + active, m.get("roadmap_figure_done", f.done(), active)));
    if (internal()) {
      figures.add(
          new FigureView(
              site.number(f.usersMigrated()),
              m.get(
                  "roadmap_figure_users",
                  site.number(f.usersMigrated()),
                  site.number(f.usersPlanned()))));
      figures.add(
          new FigureView(
              f.exposureNow() + " → " + f.exposureAfter(),
              m.get("roadmap_figure_exposure", f.exposureNow(), f.exposureAfter())));
    }
    return figures;
  }

  private List<PhaseRow> phases(RoadmapPlan plan) {
    return plan.phases().stream()
        .map(
            p ->
                new PhaseRow(
                    p.phase().title(),
                    site.date(p.phase().start()),
                    site.date(p.phase().end()),
                    p.done() + " / " + p.steps(),
                    internal() ? site.number(p.users()) : "",
                    internal() ? String.valueOf(p.exposureAfter()) : ""))
        .toList();
  }

  private String symbol(RoadmapStep.Status status) {
    return switch (status) {
      case MIGRATED, DECOMMISSIONED -> "✓";
      case PILOT, COEXISTENCE -> "◐";
      case PLANNED -> "○";
      case CANCELLED -> "✕";
    };
  }

  private List<String> legend() {
    return List.of(
        "✓ " + m.get("roadmap_legend_done"),
        "◐ " + m.get("roadmap_legend_running"),
        "○ " + m.get("roadmap_legend_planned"),
        "✕ " + m.get("roadmap_legend_cancelled"),
        "▼ " + m.get("roadmap_legend_deadline"),
        "◆ " + m.get("roadmap_legend_action"),
        "┆ " + m.get("roadmap_legend_today"));
  }

  private String stepHref(String id, int depth) {
    return SitePaths.root(depth) + SitePaths.step(id);
  }

  StepRow row(RoadmapPlan.Step s, int depth) {
    RoadmapStep step = s.step();
    String root = SitePaths.root(depth);
    return new StepRow(
        step.id(),
        step.title(),
        stepHref(step.id(), depth),
        symbol(step.status()),
        s.phase() == null ? step.phase() : s.phase().title(),
        site.date(step.start()),
        site.date(step.end()),
        m.get("status_" + step.status().id()),
        step.status().id(),
        m.get("effort_" + step.effort().id().toLowerCase(Locale.ROOT)),
        m.get("risk_" + step.risk().id()),
        s.items().stream()
            .map(i -> new ItemLink(i.title(), root + SitePaths.inventory(i.id())))
            .toList(),
        target(step, depth).orElse(null),
        internal() ? site.number(s.users()) : "",
        internal() ? String.valueOf(s.reduction()) : "",
        s.dependsOn().stream().map(d -> new ItemLink(d.title(), stepHref(d.id(), depth))).toList(),
        s.firstDeadline().map(site::date).orElse(null));
  }

  private Optional<ItemLink> target(RoadmapStep step, int depth) {
    return step.to() == null
        ? Optional.empty()
        : site.radar()
            .findBlip(step.to())
            .map(b -> new ItemLink(b.title(), SitePaths.root(depth) + SitePaths.blip(b.id())));
  }

  private List<LaneView> lanes(RoadmapPlan plan, int depth) {
    List<LaneView> lanes = new ArrayList<>();
    for (RoadmapSettings.Lane lane : site.radar().settings().roadmap().lanes()) {
      List<ActionRow> actions = new ArrayList<>();
      for (RoadmapPlan.Step s : plan.steps()) {
        for (RoadmapStep.ChangeAction a : s.step().actions()) {
          if (a.lane().equals(lane.id())) {
            actions.add(action(a, s.step(), depth));
          }
        }
      }
      actions.sort(
          Comparator.comparing((ActionRow a) -> a.date() == null ? "9999" : a.date().iso())
              .thenComparing(ActionRow::title));
      lanes.add(new LaneView(lane.id(), laneTitle(lane), actions));
    }
    return lanes;
  }

  private ActionRow action(RoadmapStep.ChangeAction a, RoadmapStep step, int depth) {
    return new ActionRow(
        a.date() == null ? null : site.date(a.date()),
        a.title(),
        new ItemLink(step.title(), stepHref(step.id(), depth)));
  }

  private String laneTitle(RoadmapSettings.Lane lane) {
    return lane.title() != null ? lane.title() : m.get("roadmap_lane_" + lane.id());
  }

  /** The timeline picture, with links for a page at {@code depth}. */
  Html timeline(int depth) {
    RoadmapPlan plan = site.analysis().roadmap();
    RoadmapSettings settings = site.radar().settings().roadmap();
    List<TimelineWriter.Phase> phases =
        settings.phases().stream()
            .map(p -> new TimelineWriter.Phase(p.title(), p.start(), p.end()))
            .toList();
    List<TimelineWriter.Group> groups = new ArrayList<>();
    if (internal()) {
      for (InventoryItem.Area area : InventoryItem.Area.values()) {
        List<TimelineWriter.Bar> bars =
            plan.steps().stream()
                .filter(s -> area(s).filter(a -> a == area).isPresent())
                .map(s -> bar(s, depth))
                .toList();
        if (!bars.isEmpty()) {
          groups.add(new TimelineWriter.Group(m.get("area_" + area.id()), bars));
        }
      }
      List<TimelineWriter.Bar> preparation =
          plan.steps().stream().filter(s -> area(s).isEmpty()).map(s -> bar(s, depth)).toList();
      if (!preparation.isEmpty()) {
        groups.add(new TimelineWriter.Group(m.get("roadmap_group_preparation"), preparation));
      }
    } else {
      groups.add(
          new TimelineWriter.Group(
              m.get("roadmap_group_steps"),
              plan.steps().stream().map(s -> bar(s, depth)).toList()));
    }
    List<TimelineWriter.Lane> lanes = new ArrayList<>();
    for (RoadmapSettings.Lane lane : settings.lanes()) {
      List<TimelineWriter.Mark> marks = new ArrayList<>();
      for (RoadmapPlan.Step s : plan.steps()) {
        for (RoadmapStep.ChangeAction a : s.step().actions()) {
          if (a.lane().equals(lane.id()) && a.date() != null) {
            marks.add(
                new TimelineWriter.Mark(
                    a.date(),
                    site.date(a.date()).text() + ": " + a.title() + " (" + s.step().title() + ")"));
          }
        }
      }
      lanes.add(new TimelineWriter.Lane(laneTitle(lane), marks));
    }
    return new Html(
        TimelineWriter.svg(
            new TimelineWriter.Timeline(
                m.get("roadmap_timeline_title"),
                phases,
                groups,
                lanes,
                site.radar().settings().referenceDate(),
                m.get("roadmap_timeline_today"),
                m.get("roadmap_lanes_heading"))));
  }

  /** The area most of the step's applications belong to (the first listed on a tie). */
  private static Optional<InventoryItem.Area> area(RoadmapPlan.Step s) {
    InventoryItem.Area best = null;
    int bestCount = 0;
    for (InventoryItem item : s.items()) {
      int count = (int) s.items().stream().filter(i -> i.area() == item.area()).count();
      if (count > bestCount) {
        best = item.area();
        bestCount = count;
      }
    }
    return Optional.ofNullable(best);
  }

  private TimelineWriter.Bar bar(RoadmapPlan.Step s, int depth) {
    RoadmapStep step = s.step();
    String description =
        m.get(
            "roadmap_bar",
            step.title(),
            site.date(step.start()).text(),
            site.date(step.end()).text(),
            m.get("status_" + step.status().id()));
    List<TimelineWriter.Mark> deadlines = new ArrayList<>();
    for (var d : s.deadlines().entrySet()) {
      String item =
          s.items().stream()
              .filter(i -> i.id().equals(d.getKey()))
              .map(InventoryItem::title)
              .findFirst()
              .orElse(d.getKey());
      deadlines.add(
          new TimelineWriter.Mark(
              d.getValue(), m.get("roadmap_deadline", item, site.date(d.getValue()).text())));
    }
    return new TimelineWriter.Bar(
        step.id(),
        step.title(),
        symbol(step.status()),
        "status-" + step.status().id(),
        stepHref(step.id(), depth),
        description,
        step.start(),
        step.end(),
        step.dependsOn(),
        deadlines);
  }

  StepView step(RoadmapPlan.Step s, Html body) {
    RoadmapStep step = s.step();
    int depth = 1;
    String root = SitePaths.root(depth);
    List<Fact> facts = new ArrayList<>();
    facts.add(
        new Fact(
            m.get("roadmap_phase"), s.phase() == null ? step.phase() : s.phase().title(), null));
    facts.add(
        new Fact(
            m.get("step_dates"),
            m.get("step_dates_value", site.date(step.start()).text(), site.date(step.end()).text()),
            null));
    facts.add(
        new Fact(
            m.get("roadmap_status"),
            symbol(step.status()) + " " + m.get("status_" + step.status().id()),
            null));
    facts.add(
        new Fact(
            m.get("roadmap_effort"),
            m.get("effort_" + step.effort().id().toLowerCase(Locale.ROOT)),
            null));
    facts.add(new Fact(m.get("roadmap_risk"), m.get("risk_" + step.risk().id()), null));
    if (internal() && step.owner() != null) {
      facts.add(new Fact(m.get("step_owner"), step.owner(), null));
    }
    if (internal() && (step.users() != null || !s.items().isEmpty())) {
      facts.add(new Fact(m.get("roadmap_users"), site.number(s.users()), null));
    }
    List<StepItemRow> items = new ArrayList<>();
    for (InventoryItem item : s.items()) {
      DependencyMatrix.Row row = site.analysis().row(item.id()).orElseThrow();
      int[] exposure = s.exposures().get(item.id());
      String unknown = m.get("level_unknown_short");
      items.add(
          new StepItemRow(
              new ItemLink(item.title(), root + SitePaths.inventory(item.id())),
              exposure == null ? unknown : String.valueOf(exposure[0]),
              exposure == null ? unknown : String.valueOf(exposure[1]),
              row.decisionDate() == null ? null : site.date(row.decisionDate()),
              item.product() != null && site.hasProductPage(item.product())
                  ? new ItemLink(
                      m.get(
                          "step_comparison_link",
                          site.findProduct(item.product())
                              .map(p -> p.title())
                              .orElse(item.product())),
                      root + SitePaths.product(item.product()))
                  : null));
    }
    List<Fact> targetFacts = new ArrayList<>();
    if (step.to() != null) {
      site.radar()
          .findBlip(step.to())
          .ifPresent(
              b -> {
                targetFacts.add(new Fact(m.get("step_ring"), b.ring().title(), null));
                targetFacts.add(
                    new Fact(
                        m.get("step_score"),
                        site.analysis().score(b).applicable()
                            ? m.get("step_score_value", site.analysis().score(b).value())
                            : m.get("score_not_applicable"),
                        null));
              });
    }
    return new StepView(
        step.id(),
        step.title(),
        step.status().id(),
        facts,
        items,
        target(step, depth).orElse(null),
        targetFacts,
        s.dependsOn().stream().map(d -> new ItemLink(d.title(), stepHref(d.id(), depth))).toList(),
        s.dependents().stream().map(d -> new ItemLink(d.title(), stepHref(d.id(), depth))).toList(),
        step.rollback(),
        step.actions().stream().map(a -> action(a, step, depth)).toList(),
        body,
        root + SitePaths.ROADMAP);
  }

  ReportView report(Html chart) {
    RoadmapPlan plan = site.analysis().roadmap();
    DependencyMatrix dm = site.analysis().matrix();
    Organisation org = site.radar().settings().organisation();
    String name = org == null ? site.radar().title() : org.name();
    String date = site.date(site.radar().settings().referenceDate()).text();
    List<MatrixRowView> exposed =
        dm.rows().stream().limit(REPORT_EXPOSED).map(r -> matrix.row(r, 0)).toList();
    boolean hasRoadmap = !plan.steps().isEmpty();
    return new ReportView(
        name,
        date,
        m.get("report_lead", name, date),
        matrix.figures(),
        matrix.heatMap(),
        matrix.dimensionHeads(),
        exposed,
        m.get("report_exposed_note", exposed.size(), dm.rows().size()),
        chart,
        hasRoadmap ? figures(plan) : List.of(),
        hasRoadmap ? phases(plan) : List.of(),
        hasRoadmap ? timeline(0) : new Html(""),
        plan.steps().stream().map(s -> row(s, 0)).toList(),
        recommendations(),
        hasRoadmap);
  }

  private List<ReportView.RecommendationGroup> recommendations() {
    List<ReportView.RecommendationGroup> groups = new ArrayList<>();
    for (InventoryItem.Area area : InventoryItem.Area.values()) {
      List<RecommendationRow> rows = new ArrayList<>();
      for (DependencyMatrix.Row r : site.analysis().matrix().rows()) {
        InventoryItem item = r.item();
        if (item.area() != area || item.target() == null) {
          continue;
        }
        Blip target = site.radar().findBlip(item.target()).orElse(null);
        List<RoadmapPlan.Step> steps = site.analysis().stepsMoving(item.id());
        rows.add(
            new RecommendationRow(
                item.title(),
                r.exposure() == null ? m.get("level_unknown_short") : String.valueOf(r.exposure()),
                item.disposition() == null ? "" : m.get("disposition_" + item.disposition().id()),
                target == null ? null : target.title(),
                target == null ? "" : target.ring().title(),
                target == null ? "" : String.valueOf(site.analysis().score(target).value()),
                steps.isEmpty() ? null : steps.get(steps.size() - 1).step().title()));
      }
      if (!rows.isEmpty()) {
        groups.add(new ReportView.RecommendationGroup(m.get("area_" + area.id()), rows));
      }
    }
    return groups;
  }
}
