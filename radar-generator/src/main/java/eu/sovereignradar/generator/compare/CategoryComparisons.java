package eu.sovereignradar.generator.compare;

import static java.util.Objects.requireNonNull;

import eu.sovereignradar.generator.model.Quadrant;
import java.util.List;

/**
 * The products of one category (a quadrant) for the comparisons overview, in the radar's product
 * order (title, then id). Immutable and thread-safe.
 */
public record CategoryComparisons(Quadrant category, List<ProductComparison> products) {
  public CategoryComparisons {
    requireNonNull(category, "category");
    products = List.copyOf(products);
  }
}
