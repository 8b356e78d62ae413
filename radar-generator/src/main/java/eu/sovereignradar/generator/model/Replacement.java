package eu.sovereignradar.generator.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/** One {@code replaces} entry of a blip: the product id, the coverage and optional notes. */
public record Replacement(String productId, Coverage coverage, @Nullable String notes) {
  public Replacement {
    requireNonNull(productId, "productId");
    requireNonNull(coverage, "coverage");
  }
}
