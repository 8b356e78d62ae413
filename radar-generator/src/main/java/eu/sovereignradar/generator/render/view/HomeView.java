package eu.sovereignradar.generator.render.view;

import eu.sovereignradar.generator.render.safety.Html;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The home page: the radar chart, its legend, the blips listed per quadrant and ring (the chart's
 * text alternative), and the tags.
 *
 * @param description the radar's description (may be empty)
 * @param edition the edition line, e.g. "Edition 2026-11, 28 November 2026", or null
 * @param chart the chart SVG
 * @param legend rings, quadrants and movement marks
 * @param legends one legend per quadrant, in quadrant order, for beside the chart
 * @param quadrants every quadrant with its blips
 * @param tags every tag, sorted
 * @param products every product, by title, for the "alternatives to" filter; empty without products
 * @param comparisons the invitation to the comparisons overview, or null without products
 */
public record HomeView(
    String description,
    @Nullable String edition,
    Html chart,
    Legend legend,
    List<QuadrantLegend> legends,
    List<QuadrantSection> quadrants,
    List<TagLink> tags,
    List<ProductKey> products,
    @Nullable String comparisons) {
  public HomeView {
    legends = List.copyOf(legends);
    quadrants = List.copyOf(quadrants);
    tags = List.copyOf(tags);
    products = List.copyOf(products);
  }
}
