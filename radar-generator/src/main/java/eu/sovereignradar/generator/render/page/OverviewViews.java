package eu.sovereignradar.generator.render.page;

import eu.sovereignradar.generator.layout.LegendSides;
import eu.sovereignradar.generator.layout.RadarChartWriter;
import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.Edition;
import eu.sovereignradar.generator.model.Movement;
import eu.sovereignradar.generator.model.Quadrant;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.render.safety.Html;
import eu.sovereignradar.generator.render.theme.Messages;
import eu.sovereignradar.generator.render.view.AboutView;
import eu.sovereignradar.generator.render.view.HomeView;
import eu.sovereignradar.generator.render.view.Legend;
import eu.sovereignradar.generator.render.view.MovementKey;
import eu.sovereignradar.generator.render.view.NotFoundView;
import eu.sovereignradar.generator.render.view.ProductKey;
import eu.sovereignradar.generator.render.view.QuadrantKey;
import eu.sovereignradar.generator.render.view.QuadrantLegend;
import eu.sovereignradar.generator.render.view.QuadrantSection;
import eu.sovereignradar.generator.render.view.QuadrantView;
import eu.sovereignradar.generator.render.view.RingKey;
import eu.sovereignradar.generator.render.view.TagLink;
import eu.sovereignradar.generator.render.view.TagView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Builds the views of the pages that list blips: home, quadrant, tag, about and 404. Thread-safe.
 */
public final class OverviewViews {
  private final SiteContext site;
  private final BlipItems items;

  public OverviewViews(SiteContext site, BlipItems items) {
    this.site = site;
    this.items = items;
  }

  /**
   * The home page; {@code sector} draws a quadrant's sector for the legend that shows it on phones.
   */
  public HomeView home(
      Html chart,
      Function<Quadrant, Html> sector,
      Map<String, List<Blip>> byTag,
      List<ProductKey> products) {
    Radar r = site.radar();
    List<LegendSides.Place> places = LegendSides.of(r.quadrants().size());
    List<QuadrantLegend> legends = new ArrayList<>();
    for (int i = 0; i < r.quadrants().size(); i++) {
      Quadrant q = r.quadrants().get(i);
      LegendSides.Place place = places.get(i);
      legends.add(
          new QuadrantLegend(
              q.id(),
              q.title(),
              SitePaths.quadrant(q.id()),
              place.right() ? "right" : "left",
              place.row(),
              sector.apply(q),
              items.byRing(blipsOf(q), 0)));
    }
    List<QuadrantSection> sections =
        r.quadrants().stream()
            .map(
                q ->
                    new QuadrantSection(
                        q.id(),
                        q.title(),
                        q.description(),
                        SitePaths.quadrant(q.id()),
                        site.count(blipsOf(q).size()),
                        items.byRing(blipsOf(q), 0)))
            .toList();
    List<TagLink> tags =
        byTag.entrySet().stream()
            .map(e -> new TagLink(e.getKey(), SitePaths.tag(e.getKey()), e.getValue().size()))
            .toList();
    String comparisons =
        products.isEmpty()
            ? null
            : site.messages()
                .get(
                    products.size() == 1 ? "home_comparisons_one" : "home_comparisons_other",
                    products.size());
    return new HomeView(
        r.description(),
        edition(r.edition()),
        chart,
        legend(0),
        legends,
        sections,
        tags,
        products,
        comparisons);
  }

  public QuadrantView quadrant(Quadrant q, Html chart) {
    List<Blip> blips = blipsOf(q);
    return new QuadrantView(
        q.id(),
        q.title(),
        q.description(),
        site.count(blips.size()),
        chart,
        legend(1),
        items.byRing(blips, 1));
  }

  public TagView tag(String tag, List<Blip> blips) {
    return new TagView(
        tag,
        site.messages().get("tag_heading", tag),
        site.count(blips.size()),
        items.byRing(blips, 1));
  }

  public AboutView about(@Nullable Html body) {
    Radar r = site.radar();
    String heading =
        r.about() == null || r.about().title() == null
            ? site.messages().get("about_heading")
            : r.about().title();
    return new AboutView(heading, r.description(), body, legend(0));
  }

  public NotFoundView notFound(String root) {
    return new NotFoundView(quadrantKeys(root));
  }

  /**
   * Rings, quadrants and (with a previous edition) the movement marks, linked from {@code depth}.
   */
  public Legend legend(int depth) {
    Radar r = site.radar();
    List<RingKey> rings =
        r.rings().stream()
            .map(ring -> new RingKey(ring.id(), ring.title(), ring.description(), ring.color()))
            .toList();
    return new Legend(rings, quadrantKeys(SitePaths.root(depth)), movements(r.edition()));
  }

  private List<QuadrantKey> quadrantKeys(String root) {
    return site.radar().quadrants().stream()
        .map(
            q ->
                new QuadrantKey(
                    q.id(), q.title(), q.description(), root + SitePaths.quadrant(q.id())))
        .toList();
  }

  private List<MovementKey> movements(@Nullable Edition edition) {
    if (edition == null || edition.previousDate() == null) {
      return List.of();
    }
    String since = site.date(edition.previousDate()).text();
    return List.of(
        movement(Movement.NEW, "new", since),
        movement(Movement.MOVED_IN, "moved_in", since),
        movement(Movement.MOVED_OUT, "moved_out", since));
  }

  private MovementKey movement(Movement movement, String key, String since) {
    Messages m = site.messages();
    return new MovementKey(
        BlipItems.cssId(movement),
        m.get("movement_" + key),
        m.get("movement_" + key + "_legend", since),
        new Html(RadarChartWriter.legendSymbol(movement)));
  }

  private @Nullable String edition(@Nullable Edition edition) {
    if (edition == null) {
      return null;
    }
    return edition.date() == null
        ? site.messages().get("edition", edition.id())
        : site.messages().get("edition_dated", edition.id(), site.date(edition.date()).text());
  }

  private List<Blip> blipsOf(Quadrant q) {
    return site.analysis().blipsIn(q);
  }
}
