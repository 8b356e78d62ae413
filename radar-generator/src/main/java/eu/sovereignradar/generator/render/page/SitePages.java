package eu.sovereignradar.generator.render.page;

import eu.sovereignradar.generator.analysis.EditionChanges;
import eu.sovereignradar.generator.analysis.RadarAnalysis;
import eu.sovereignradar.generator.analysis.RoadmapPlan;
import eu.sovereignradar.generator.compare.ProductComparison;
import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.InventoryItem;
import eu.sovereignradar.generator.model.Quadrant;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.model.RetiredBlip;
import eu.sovereignradar.generator.render.files.SearchIndexWriter;
import eu.sovereignradar.generator.render.safety.Html;
import eu.sovereignradar.generator.render.safety.MarkdownRenderer.RenderedMarkdown;
import eu.sovereignradar.generator.render.theme.Messages;
import eu.sovereignradar.generator.render.view.AboutView;
import eu.sovereignradar.generator.render.view.PageMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The pages of a site as data: for each page its kind, template, path, sitemap date and how to
 * build its view from the analysis. The renderer only walks this list, so a new kind of page is one
 * more entry here and one template, not a change to the orchestration. Thread-safe.
 */
public final class SitePages {
  /**
   * One page to write.
   *
   * @param listed whether the page goes into the sitemap (the 404 page does not)
   * @param lastmod the sitemap's date of the page, or null
   * @param content builds the page's meta and view; called once, on any thread
   */
  public record Page(
      String kind,
      String template,
      String path,
      boolean listed,
      @Nullable String lastmod,
      Function<Function<String, RenderedMarkdown>, Content> content) {}

  /**
   * What a page shows: its meta data, its view model, and for blip pages the search index entry.
   */
  public record Content(PageMeta meta, Object view, SearchIndexWriter.@Nullable Entry search) {}

  private final RadarAnalysis analysis;
  private final Messages messages;
  private final SiteContext site;
  private final OverviewViews overviews;
  private final BlipViews blips;
  private final ComparisonViews comparisons;
  private final ChartSpecs charts;
  private final PageMetas metas;
  private final MatrixViews matrix;
  private final RoadmapViews roadmap;
  private final EditionViews editions;

  /**
   * @param preview whether pages load the preview server's live-reload script
   * @param customStylesheet whether the theme has {@code assets/custom.css}, loaded after {@code
   *     site.css}
   */
  public SitePages(
      RadarAnalysis analysis, Messages messages, boolean preview, boolean customStylesheet) {
    this(
        analysis,
        messages,
        preview,
        customStylesheet,
        SiteLanguage.only(analysis.radar().language()));
  }

  /**
   * @param language the language of this site among the radar's, and its translated sources
   */
  public SitePages(
      RadarAnalysis analysis,
      Messages messages,
      boolean preview,
      boolean customStylesheet,
      SiteLanguage language) {
    this.analysis = analysis;
    this.messages = messages;
    this.site = new SiteContext(analysis, messages, language);
    BlipItems items = new BlipItems(site);
    ScoreViews scores = new ScoreViews(messages, analysis.radar().language());
    this.overviews = new OverviewViews(site, items);
    this.blips = new BlipViews(site, items, scores);
    this.comparisons = new ComparisonViews(site, items, blips, scores);
    this.charts = new ChartSpecs(site, items);
    this.matrix = new MatrixViews(site, comparisons);
    this.roadmap = new RoadmapViews(site, matrix);
    this.editions = new EditionViews(site, charts, blips);
    this.metas = new PageMetas(site, preview, customStylesheet);
  }

  /** The radar's {@code baseUrl} ending with {@code /}, or null: the sitemap needs it. */
  public @Nullable String baseUrl() {
    return site.baseUrl();
  }

  /**
   * Every page in a stable order: home, about, 404, quadrants, tags, the comparisons overview and
   * product pages (when there are products), the matrix and inventory pages, the roadmap and its
   * steps, the report, then blips.
   */
  public List<Page> pages() {
    Radar radar = analysis.radar();
    List<Page> pages = new ArrayList<>();
    pages.add(listed("home", "index.ftlh", SitePaths.INDEX, md -> home()));
    pages.add(listed("about", "about.ftlh", SitePaths.ABOUT, this::about));
    pages.add(
        new Page("not-found", "404.ftlh", SitePaths.NOT_FOUND, false, null, md -> notFound()));
    for (Quadrant q : radar.quadrants()) {
      String path = SitePaths.quadrant(q.id());
      pages.add(listed("quadrant", "quadrant.ftlh", path, md -> quadrant(q, path)));
    }
    analysis
        .byTag()
        .forEach(
            (tag, tagged) -> {
              String path = SitePaths.tag(tag);
              pages.add(listed("tag", "tag.ftlh", path, md -> tag(tag, tagged, path)));
            });
    if (!radar.products().isEmpty()) {
      pages.add(
          listed("comparisons", "comparisons.ftlh", SitePaths.COMPARISONS, md -> comparisons()));
    }
    for (ProductComparison c : analysis.comparisons().products()) {
      String path = SitePaths.product(c.product().id());
      pages.add(listed("product", "product.ftlh", path, md -> product(c, path, md)));
    }
    if (!radar.inventory().isEmpty()) {
      // Internal pages stay out of the sitemap, even of an internal build.
      pages.add(
          new Page("matrix", "matrix.ftlh", SitePaths.MATRIX, false, null, md -> matrixPage()));
      for (InventoryItem item : radar.inventory()) {
        String path = SitePaths.inventory(item.id());
        pages.add(
            new Page(
                "inventory", "inventory.ftlh", path, false, null, md -> inventory(item, path, md)));
      }
    }
    if (!radar.roadmap().isEmpty()) {
      // Listed in the sitemap only when a public build shows a public roadmap.
      boolean listed = !analysis.internal();
      pages.add(
          new Page(
              "roadmap", "roadmap.ftlh", SitePaths.ROADMAP, listed, null, md -> roadmapPage()));
      for (RoadmapPlan.Step step : analysis.roadmap().steps()) {
        String path = SitePaths.step(step.step().id());
        pages.add(new Page("step", "step.ftlh", path, listed, null, md -> step(step, path, md)));
      }
    }
    if (!radar.inventory().isEmpty()) {
      pages.add(new Page("report", "report.ftlh", SitePaths.REPORT, false, null, md -> report()));
    }
    List<EditionChanges> dated = editions.editions();
    if (!dated.isEmpty()) {
      pages.add(listed("changes", "changes.ftlh", SitePaths.CHANGES, md -> changesIndex(md)));
      for (EditionChanges c : dated) {
        String changes = SitePaths.changes(c.edition().id());
        pages.add(listed("changes", "changes.ftlh", changes, md -> editionChanges(c, changes, md)));
        String past = SitePaths.edition(c.edition().id());
        pages.add(listed("edition", "edition.ftlh", past, md -> pastRadar(c, past, md)));
      }
    }
    for (RetiredBlip r : radar.retired()) {
      String path = SitePaths.blip(r.blip().id());
      pages.add(
          new Page(
              "retired",
              "retired.ftlh",
              path,
              true,
              r.date().toString(),
              md -> retired(r, path, md)));
    }
    for (Blip b : radar.blips()) {
      String path = SitePaths.blip(b.id());
      String lastmod = b.reviewed() == null ? null : b.reviewed().toString();
      pages.add(
          new Page(
              "blip", "blip.ftlh", path, true, lastmod, md -> blip(b, path, md.apply(b.body()))));
    }
    return List.copyOf(pages);
  }

  /** A page that goes into the sitemap without a date. */
  private static Page listed(
      String kind,
      String template,
      String path,
      Function<Function<String, RenderedMarkdown>, Content> content) {
    return new Page(kind, template, path, true, null, content);
  }

  private Content home() {
    Radar radar = analysis.radar();
    return new Content(
        metas.meta("home", radar.title(), radar.description(), SitePaths.INDEX),
        overviews.home(
            charts.home(),
            q -> charts.sector(q, analysis.blipsIn(q), radar.quadrants().indexOf(q)),
            analysis.byTag(),
            comparisons.productKeys()),
        null);
  }

  private Content notFound() {
    PageMeta meta =
        metas.meta(
            "not-found",
            messages.get("not_found_title"),
            messages.get("not_found_text"),
            SitePaths.NOT_FOUND);
    return new Content(meta, overviews.notFound(meta.nav().root()), null);
  }

  private Content quadrant(Quadrant q, String path) {
    return new Content(
        metas.meta("quadrant", q.title(), q.description(), path),
        overviews.quadrant(q, charts.quadrant(q, analysis.blipsIn(q))),
        null);
  }

  private Content tag(String tag, List<Blip> tagged, String path) {
    String title = messages.get("tag_heading", tag);
    String description = messages.get("tag_description", tag);
    return new Content(
        metas.meta("tag", title, description, path), overviews.tag(tag, tagged), null);
  }

  private Content matrixPage() {
    String title = messages.get("matrix_title");
    return new Content(
        metas.meta("matrix", title, messages.get("matrix_description"), SitePaths.MATRIX),
        matrix.matrix(),
        null);
  }

  private Content inventory(
      InventoryItem item, String path, Function<String, RenderedMarkdown> md) {
    RenderedMarkdown body = md.apply(item.body());
    // Inventory pages exist only in internal builds, so their entries never reach a public index.
    SearchIndexWriter.Entry search =
        new SearchIndexWriter.Entry(
            "i",
            item.id(),
            0,
            item.title(),
            String.join(", ", item.processes()),
            messages.get("area_" + item.area().id()),
            item.vendor() == null ? "" : item.vendor(),
            "",
            path,
            SearchIndexWriter.words(body.text()));
    return new Content(
        metas.meta(
            "inventory",
            item.title(),
            messages.get("inventory_description", item.title()),
            path,
            item.source()),
        matrix.item(item, body.html()),
        search);
  }

  private static Function<String, Html> html(Function<String, RenderedMarkdown> md) {
    return text -> md.apply(text).html();
  }

  private Content changesIndex(Function<String, RenderedMarkdown> md) {
    return new Content(
        metas.meta(
            "changes",
            messages.get("changes_title"),
            messages.get("changes_description"),
            SitePaths.CHANGES),
        editions.index(html(md)),
        null);
  }

  private Content editionChanges(
      EditionChanges c, String path, Function<String, RenderedMarkdown> md) {
    String title = messages.get("changes_edition_title", editions.title(c.edition()));
    return new Content(
        metas.meta("changes", title, messages.get("changes_description"), path),
        editions.changes(c, html(md)),
        null);
  }

  private Content pastRadar(EditionChanges c, String path, Function<String, RenderedMarkdown> md) {
    String title = messages.get("edition_page_title", editions.title(c.edition()));
    return new Content(
        metas.meta("edition", title, messages.get("edition_description"), path),
        editions.past(c, html(md)),
        null);
  }

  private Content retired(RetiredBlip r, String path, Function<String, RenderedMarkdown> md) {
    return new Content(
        metas.meta(
            "retired",
            r.blip().title(),
            messages.get("retired_description", r.blip().title()),
            path,
            r.blip().source()),
        editions.retired(r, md.apply(r.blip().body()).html()),
        null);
  }

  /** The Atom feed's entries: one per edition, newest first; empty without dated editions. */
  public List<eu.sovereignradar.generator.render.files.FeedWriter.Entry> feed(
      Function<String, RenderedMarkdown> md) {
    List<eu.sovereignradar.generator.render.files.FeedWriter.Entry> entries = new ArrayList<>();
    List<EditionChanges> dated = editions.editions();
    for (int i = dated.size() - 1; i >= 0; i--) {
      EditionChanges c = dated.get(i);
      entries.add(editions.feedEntry(c, html(md)));
    }
    return entries;
  }

  private Content roadmapPage() {
    return new Content(
        metas.meta(
            "roadmap",
            messages.get("roadmap_title"),
            messages.get("roadmap_description"),
            SitePaths.ROADMAP),
        roadmap.roadmap(),
        null);
  }

  private Content step(RoadmapPlan.Step step, String path, Function<String, RenderedMarkdown> md) {
    String title = step.step().title();
    return new Content(
        metas.meta(
            "step", title, messages.get("step_description", title), path, step.step().source()),
        roadmap.step(step, md.apply(step.step().body()).html()),
        null);
  }

  private Content report() {
    return new Content(
        metas.meta(
            "report",
            messages.get("report_title"),
            messages.get("report_description"),
            SitePaths.REPORT),
        roadmap.report(charts.labelled()),
        null);
  }

  private Content comparisons() {
    String title = messages.get("comparisons_title");
    String description = messages.get("comparisons_description");
    return new Content(
        metas.meta("comparisons", title, description, SitePaths.COMPARISONS),
        comparisons.overview(),
        null);
  }

  private Content product(ProductComparison c, String path, Function<String, RenderedMarkdown> md) {
    String title = messages.get("product_heading", c.product().title());
    RenderedMarkdown body = md.apply(c.product().body());
    var p = c.product();
    SearchIndexWriter.Entry search =
        new SearchIndexWriter.Entry(
            "p",
            p.id(),
            0,
            p.title(),
            p.summary() == null ? "" : p.summary(),
            p.category().title(),
            p.vendor(),
            String.join(" ", p.tags()),
            path,
            SearchIndexWriter.words(body.text()));
    return new Content(
        metas.meta("product", title, comparisons.description(c), path, p.source()),
        comparisons.product(c, body.html()),
        search);
  }

  /** The dependency matrix, for {@code matrix.csv}; no rows without an inventory. */
  public eu.sovereignradar.generator.analysis.DependencyMatrix matrix() {
    return analysis.matrix();
  }

  /** The folders the pages go into, to create before pages are written in parallel. */
  public List<String> folders() {
    List<String> folders = new ArrayList<>(List.of("blips", "quadrants", "tags", "assets"));
    if (!analysis.radar().products().isEmpty()) {
      folders.add("products");
    }
    if (!analysis.radar().inventory().isEmpty()) {
      folders.add("inventory");
    }
    if (!analysis.radar().roadmap().isEmpty()) {
      folders.add("roadmap");
    }
    List<EditionChanges> dated = editions.editions();
    if (!dated.isEmpty()) {
      folders.add("changes");
      dated.forEach(c -> folders.add("editions/" + c.edition().id()));
    }
    return List.copyOf(folders);
  }

  private Content about(Function<String, RenderedMarkdown> md) {
    Radar radar = analysis.radar();
    Html body = radar.about() == null ? null : md.apply(radar.about().body()).html();
    AboutView about = overviews.about(body);
    return new Content(
        metas.meta(
            "about",
            about.heading(),
            radar.description(),
            SitePaths.ABOUT,
            radar.about() == null ? null : radar.about().source()),
        about,
        null);
  }

  private Content blip(Blip b, String path, RenderedMarkdown body) {
    SearchIndexWriter.Entry search =
        new SearchIndexWriter.Entry(
            "b",
            b.id(),
            analysis.number(b),
            b.title(),
            b.summary() == null ? "" : b.summary(),
            b.quadrant().title(),
            b.ring().title(),
            String.join(" ", b.tags()),
            path,
            SearchIndexWriter.words(body.text()));
    return new Content(
        metas.meta("blip", b.title(), description(b), path, b.source()),
        blips.view(b, body.html()),
        search);
  }

  private String description(Blip b) {
    return b.summary() != null && !b.summary().isBlank()
        ? b.summary()
        : messages.get("blip_description", b.title(), b.ring().title(), b.quadrant().title());
  }
}
