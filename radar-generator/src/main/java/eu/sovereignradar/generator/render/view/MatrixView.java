package eu.sovereignradar.generator.render.view;

import eu.sovereignradar.generator.render.safety.Html;
import java.util.List;

/**
 * The dependency matrix page: key figures, the heat map (picture and table), the level key, and the
 * applications grouped by area with one column per dimension.
 *
 * @param organisation the organisation's name, or empty
 * @param example whether about.md or radar.yaml label the organisation as an example
 */
public record MatrixView(
    String organisation,
    String lead,
    List<FigureView> figures,
    Html heatMap,
    List<String> heatColumns,
    List<HeatRow> heatRows,
    List<LevelCell> levels,
    List<DimensionHead> dimensions,
    List<MatrixGroup> groups,
    String csvHref,
    String reference,
    List<Choice> criticalities,
    List<Choice> floors,
    List<Choice> dispositions) {
  public MatrixView {
    criticalities = List.copyOf(criticalities);
    floors = List.copyOf(floors);
    dispositions = List.copyOf(dispositions);
    figures = List.copyOf(figures);
    heatColumns = List.copyOf(heatColumns);
    heatRows = List.copyOf(heatRows);
    levels = List.copyOf(levels);
    dimensions = List.copyOf(dimensions);
    groups = List.copyOf(groups);
  }
}
