package eu.sovereignradar.generator.compare;

import static java.util.Objects.requireNonNull;

import eu.sovereignradar.generator.model.Product;
import eu.sovereignradar.generator.model.Replacement;

/**
 * A product a blip replaces, seen from the blip: the product and the blip's {@code replaces} entry
 * for it. Immutable and thread-safe.
 */
public record ReplacedProduct(Product product, Replacement replacement) {
  public ReplacedProduct {
    requireNonNull(product, "product");
    requireNonNull(replacement, "replacement");
  }
}
