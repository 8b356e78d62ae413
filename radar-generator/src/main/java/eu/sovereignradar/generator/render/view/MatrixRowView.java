package eu.sovereignradar.generator.render.view;

import java.util.List;

/**
 * One application in the matrix.
 *
 * @param cells one per dimension, in column order
 * @param exposure 0 to 100 as text, or the word for unknown
 * @param decision the contract's decision date as text, or empty
 */
public record MatrixRowView(
    String id,
    String title,
    String href,
    String criticality,
    String criticalityId,
    List<LevelCell> cells,
    LevelCell floor,
    String score,
    String impact,
    String exposure,
    String decision) {
  public MatrixRowView {
    cells = List.copyOf(cells);
  }
}
