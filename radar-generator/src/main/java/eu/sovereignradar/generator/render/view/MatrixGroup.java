package eu.sovereignradar.generator.render.view;

import java.util.List;

/** The matrix rows of one area (business applications, cloud providers, collaboration). */
public record MatrixGroup(String id, String title, List<MatrixRowView> rows) {
  public MatrixGroup {
    rows = List.copyOf(rows);
  }
}
