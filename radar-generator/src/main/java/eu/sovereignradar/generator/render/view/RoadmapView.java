package eu.sovereignradar.generator.render.view;

import eu.sovereignradar.generator.render.safety.Html;
import java.util.List;

/**
 * The roadmap page: progress figures, phases, quick wins, the timeline and the same steps as a
 * table, and the change actions by lane.
 *
 * @param internal whether the build shows what is internal (applications moved, users, owners)
 */
public record RoadmapView(
    String organisation,
    String lead,
    String reference,
    List<FigureView> figures,
    List<PhaseRow> phases,
    List<StepRow> quickWins,
    Html timeline,
    List<String> legend,
    List<StepRow> steps,
    List<LaneView> lanes,
    boolean internal) {
  public RoadmapView {
    figures = List.copyOf(figures);
    phases = List.copyOf(phases);
    quickWins = List.copyOf(quickWins);
    legend = List.copyOf(legend);
    steps = List.copyOf(steps);
    lanes = List.copyOf(lanes);
  }
}
