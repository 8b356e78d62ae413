package eu.sovereignradar.generator.render.view;

import java.util.List;

/** One criticality of the heat map as a table row, for readers who do not see the picture. */
public record HeatRow(String label, List<String> counts) {
  public HeatRow {
    counts = List.copyOf(counts);
  }
}
