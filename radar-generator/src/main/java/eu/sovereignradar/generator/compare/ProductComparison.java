package eu.sovereignradar.generator.compare;

import static java.util.Objects.requireNonNull;

import eu.sovereignradar.generator.model.Product;
import java.util.List;

/**
 * Everything a product's comparison page shows. Immutable and thread-safe.
 *
 * @param product the proprietary product
 * @param alternatives every blip that replaces it, sorted by ring (innermost first), then score
 *     (highest first), then title and id
 * @param recommended the alternatives in the recommended rings (see {@link
 *     Comparisons#recommendedRings()}), in the same order; may be empty
 * @param capabilities one row per capability declared by the product's category in radar.yaml, with
 *     a cell per alternative; empty when the category declares none
 */
public record ProductComparison(
    Product product,
    List<Alternative> alternatives,
    List<Alternative> recommended,
    List<CapabilityRow> capabilities) {
  public ProductComparison {
    requireNonNull(product, "product");
    alternatives = List.copyOf(alternatives);
    recommended = List.copyOf(recommended);
    capabilities = List.copyOf(capabilities);
  }
}
