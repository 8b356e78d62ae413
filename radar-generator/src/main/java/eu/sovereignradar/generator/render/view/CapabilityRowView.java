package eu.sovereignradar.generator.render.view;

import java.util.List;

/**
 * One capability of a product's category, with what each alternative states, in the order of the
 * comparison table.
 *
 * @param id the capability id
 * @param title the capability's name
 * @param cells one per alternative
 */
public record CapabilityRowView(String id, String title, List<CapabilityCellView> cells) {
  public CapabilityRowView {
    cells = List.copyOf(cells);
  }
}
