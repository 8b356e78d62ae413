package eu.sovereignradar.generator.compare;

import static java.util.Objects.requireNonNull;

import eu.sovereignradar.generator.model.Capability;
import java.util.List;

/**
 * One capability of the product's category and one cell per alternative, in the order of the
 * product's alternatives. Immutable and thread-safe.
 */
public record CapabilityRow(Capability capability, List<CapabilityCell> cells) {
  public CapabilityRow {
    requireNonNull(capability, "capability");
    cells = List.copyOf(cells);
  }
}
