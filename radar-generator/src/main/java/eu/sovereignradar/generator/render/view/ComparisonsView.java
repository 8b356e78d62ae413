package eu.sovereignradar.generator.render.view;

import java.util.List;

/**
 * The comparisons overview: every product by category with its recommended alternatives.
 *
 * @param lead the introduction, naming the recommended rings
 * @param groups one group per category that has products, in quadrant order
 */
public record ComparisonsView(String lead, List<CategoryGroupView> groups) {
  public ComparisonsView {
    groups = List.copyOf(groups);
  }
}
