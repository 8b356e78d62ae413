package eu.sovereignradar.generator.render.view;

import eu.sovereignradar.generator.render.safety.Html;
import java.util.List;

/**
 * The assessment report: the organisation, key figures, the matrix summary, the radar, the roadmap
 * and the recommended alternatives per area, on pages meant for print.
 *
 * @param exposed the applications with the highest exposure, as the matrix rows them
 * @param recommendations per area, the applications to replace and their alternatives
 */
public record ReportView(
    String organisation,
    String date,
    String lead,
    List<FigureView> figures,
    Html heatMap,
    List<DimensionHead> dimensions,
    List<MatrixRowView> exposed,
    String exposedNote,
    Html chart,
    List<FigureView> roadmapFigures,
    List<PhaseRow> phases,
    Html timeline,
    List<StepRow> steps,
    List<RecommendationGroup> recommendations,
    boolean hasRoadmap) {
  public ReportView {
    figures = List.copyOf(figures);
    dimensions = List.copyOf(dimensions);
    exposed = List.copyOf(exposed);
    roadmapFigures = List.copyOf(roadmapFigures);
    phases = List.copyOf(phases);
    steps = List.copyOf(steps);
    recommendations = List.copyOf(recommendations);
  }

  /** The recommendations of one area. */
  public record RecommendationGroup(String title, List<RecommendationRow> rows) {
    public RecommendationGroup {
      rows = List.copyOf(rows);
    }
  }
}
