package eu.sovereignradar.generator.render.page;

import eu.sovereignradar.generator.layout.ChartBlip;
import eu.sovereignradar.generator.layout.ChartSpec;
import eu.sovereignradar.generator.layout.RadarChartWriter;
import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.Movement;
import eu.sovereignradar.generator.model.Quadrant;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.model.Replacement;
import eu.sovereignradar.generator.render.safety.Html;
import java.util.List;

/**
 * Describes the charts for the layout package (translated title and description, accessible names,
 * links relative to the page) and returns its SVG as markup. Thread-safe.
 */
public final class ChartSpecs {
  private final SiteContext site;
  private final BlipItems items;

  public ChartSpecs(SiteContext site, BlipItems items) {
    this.site = site;
    this.items = items;
  }

  /**
   * The whole radar, for the home page, whose legends name the quadrants beside their sectors: no
   * quadrant labels on the chart, which leaves it room for legible numbers.
   */
  public Html home() {
    Radar r = site.radar();
    return whole(r.blips(), b -> site.number(b), r.title(), 0, "radarChart-", false);
  }

  /** The whole radar with its quadrant labels, for a page without the legends (the report). */
  public Html labelled() {
    Radar r = site.radar();
    return whole(r.blips(), b -> site.number(b), r.title(), 0, "radarChart-", true);
  }

  /**
   * One quadrant's sector as a picture for the home page, shown above its legend on phones where
   * the whole chart would be too small to read; the legend's entries are its links.
   */
  public Html sector(Quadrant q, List<Blip> blips, int index) {
    Radar r = site.radar();
    String title = site.messages().get("chart_quadrant_title", q.title());
    return new Html(
        RadarChartWriter.svg(
            new ChartSpec(
                List.of(q),
                r.quadrants(),
                r.rings(),
                blips(blips, 0),
                title,
                title,
                "sector" + index + "-",
                false,
                false)));
  }

  /** One quadrant's sector, for its page. */
  public Html quadrant(Quadrant q, List<Blip> blips) {
    Radar r = site.radar();
    String title = site.messages().get("chart_quadrant_title", q.title());
    String description =
        site.messages()
            .get("chart_quadrant_description", blips.size(), q.title(), r.rings().size());
    return new Html(
        RadarChartWriter.svg(
            new ChartSpec(
                List.of(q),
                r.quadrants(),
                r.rings(),
                blips(blips, 1),
                title,
                description,
                "quadrantChart-")));
  }

  /** The radar as it stood at a past edition: its blips then, numbered among themselves. */
  public Html past(
      List<Blip> blips, java.util.Map<String, Integer> numbers, String edition, int depth) {
    String title = site.messages().get("edition_chart_title", site.radar().title(), edition);
    return whole(blips, b -> numbers.get(b.id()), title, depth, "pastChart-", true);
  }

  /** Every quadrant with {@code blips}, for a page at {@code depth}. */
  private Html whole(
      List<Blip> blips,
      java.util.function.ToIntFunction<Blip> number,
      String title,
      int depth,
      String idPrefix,
      boolean quadrantLabels) {
    Radar r = site.radar();
    String description =
        site.messages()
            .get("chart_description", blips.size(), r.quadrants().size(), r.rings().size());
    return new Html(
        RadarChartWriter.svg(
            new ChartSpec(
                r.quadrants(),
                r.quadrants(),
                r.rings(),
                blips.stream().map(b -> chartBlip(b, number.applyAsInt(b), depth)).toList(),
                title,
                description,
                idPrefix,
                quadrantLabels,
                true)));
  }

  private List<ChartBlip> blips(List<Blip> blips, int depth) {
    return blips.stream().map(b -> chartBlip(b, site.number(b), depth)).toList();
  }

  private ChartBlip chartBlip(Blip b, int number, int depth) {
    String name =
        b.movement() == Movement.UNCHANGED
            ? site.messages()
                .get("chart_blip_name", number, b.title(), b.ring().title(), b.quadrant().title())
            : site.messages()
                .get(
                    "chart_blip_name_moved",
                    number,
                    b.title(),
                    b.ring().title(),
                    b.quadrant().title(),
                    items.movementLabel(b.movement()));
    return new ChartBlip(
        b.id(),
        number,
        b.ring().id(),
        b.quadrant().id(),
        b.title(),
        name,
        SitePaths.root(depth) + SitePaths.blip(b.id()),
        b.movement(),
        b.tags(),
        b.replaces().stream().map(Replacement::productId).toList());
  }
}
