package eu.sovereignradar.generator.render.view;

import java.util.List;

/**
 * One application in the matrix.
 *
 * @param cells one per dimension, in column order
 * @param exposure 0 to 100 as text, or the word for unknown
 * @param decision the contract's decision date as text, or empty
 * @param scoreSort the score, -1 when unknown: the key the script sorts by (as {@code
 *     exposureSort}, {@code criticalityRank} and the ISO {@code decisionIso})
 * @param areaId, floorId, dispositionId what the matrix filters match: the area id, the floor
 *     ({@code 0} to {@code 4} or {@code unknown}) and the disposition id (or empty)
 * @param steps the roadmap steps that move the application
 */
public record MatrixRowView(
    String id,
    String areaId,
    String floorId,
    String dispositionId,
    String title,
    String href,
    String criticality,
    String criticalityId,
    int criticalityRank,
    List<LevelCell> cells,
    LevelCell floor,
    String score,
    int scoreSort,
    String impact,
    String exposure,
    int exposureSort,
    String decision,
    String decisionIso,
    List<ItemLink> steps) {
  public MatrixRowView {
    cells = List.copyOf(cells);
    steps = List.copyOf(steps);
  }
}
