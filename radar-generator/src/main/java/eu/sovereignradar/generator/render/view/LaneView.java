package eu.sovereignradar.generator.render.view;

import java.util.List;

/** A lane of change management with its actions in date order. */
public record LaneView(String id, String title, List<ActionRow> actions) {
  public LaneView {
    actions = List.copyOf(actions);
  }
}
