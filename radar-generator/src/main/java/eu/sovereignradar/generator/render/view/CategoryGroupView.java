package eu.sovereignradar.generator.render.view;

import java.util.List;

/**
 * The products of one category in the comparisons overview.
 *
 * @param id the quadrant id
 * @param title the quadrant's title
 * @param href the quadrant page
 * @param products the products, by title
 */
public record CategoryGroupView(String id, String title, String href, List<ProductRow> products) {
  public CategoryGroupView {
    products = List.copyOf(products);
  }
}
