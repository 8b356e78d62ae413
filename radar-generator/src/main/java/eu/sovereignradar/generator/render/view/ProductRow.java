package eu.sovereignradar.generator.render.view;

import java.util.List;

/**
 * A product in the comparisons overview.
 *
 * @param id the product id
 * @param title the product's name
 * @param href the product's comparison page
 * @param vendor the vendor and its country, e.g. "Microsoft Corporation (United States)"
 * @param recommended the alternatives in the recommended rings, sorted by ring, then score; may be
 *     empty
 * @param count the number of all alternatives in words
 */
public record ProductRow(
    String id,
    String title,
    String href,
    String vendor,
    List<RecommendedItem> recommended,
    String count) {
  public ProductRow {
    recommended = List.copyOf(recommended);
  }
}
