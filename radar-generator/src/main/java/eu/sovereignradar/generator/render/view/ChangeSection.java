package eu.sovereignradar.generator.render.view;

import java.util.List;

/** A kind of change (new, moved in, moved out, retired, reviewed) and its blips. */
public record ChangeSection(String id, String heading, List<ChangeRow> rows) {
  public ChangeSection {
    rows = List.copyOf(rows);
  }
}
