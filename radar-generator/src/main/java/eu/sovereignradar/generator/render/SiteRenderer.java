package eu.sovereignradar.generator.render;

import eu.sovereignradar.generator.compare.Comparisons;
import eu.sovereignradar.generator.compare.ProductComparison;
import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.layout.BlipNumbering;
import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.Product;
import eu.sovereignradar.generator.model.Quadrant;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.render.MarkdownRenderer.RenderedMarkdown;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes a whole site for a valid radar into an empty folder: the home, about and 404 pages, one
 * page per blip, quadrant, tag and product, the comparisons overview, the search index, the theme's assets, {@code robots.txt} and
 * (with a {@code baseUrl}) {@code sitemap.xml}. Pages are rendered in parallel; the output does not
 * depend on the order in which they finish. Thread-safe; one instance can render several radars.
 */
public final class SiteRenderer {
  private final Theme theme;
  private final Path contentRoot;
  private final MarkdownRenderer markdown = new MarkdownRenderer();
  private final boolean preview;
  private final @Nullable PageCache pages;
  private final Map<String, RenderedMarkdown> bodies = new ConcurrentHashMap<>();
  private @Nullable ThemeTemplates templates;

  /**
   * A renderer for the published site.
   *
   * @param theme templates, messages and assets
   * @param contentRoot the content folder, so template errors of an override folder can be
   *     reported with a path relative to it
   */
  public SiteRenderer(Theme theme, Path contentRoot) {
    this(theme, contentRoot, false);
  }

  /**
   * @param preview true for the local preview server ({@code radar serve}): every page loads the
   *     server's live-reload script, and a renderer kept for the next rebuild copies pages whose
   *     input did not change instead of rendering them again. Never for a published site.
   */
  public SiteRenderer(Theme theme, Path contentRoot, boolean preview) {
    this.theme = theme;
    this.contentRoot = contentRoot.toAbsolutePath().normalize();
    this.preview = preview;
    this.pages = preview ? new PageCache() : null;
  }

  /** How many pages the last render copied from the one before instead of rendering them (preview only). */
  int reusedPages() {
    return pages == null ? 0 : pages.reused();
  }

  /** The theme's templates, parsed on first use and kept: a renderer reads its theme once. */
  private synchronized ThemeTemplates templates() throws IOException {
    if (templates == null) {
      templates = new ThemeTemplates(theme);
    }
    return templates;
  }

  /** A Markdown body rendered, or in preview taken from the previous render when unchanged. */
  private RenderedMarkdown markdown(String body) {
    return preview ? bodies.computeIfAbsent(body, markdown::render) : markdown.render(body);
  }

  /**
   * Renders {@code radar} into {@code root}, which must exist and be empty.
   *
   * @throws IOException when a file cannot be written, or the theme lacks a file it needs
   */
  public RenderResult render(Radar radar, Path root) throws IOException {
    Messages messages = Messages.load(theme, radar.language());
    SiteContext site = new SiteContext(radar, messages, BlipNumbering.number(radar.blips()), productPages(radar),
        Comparisons.of(radar));
    Map<Quadrant, List<Blip>> byQuadrant = new LinkedHashMap<>();
    Map<String, List<Blip>> byTag = new TreeMap<>();
    for (Blip b : radar.blips()) {
      byQuadrant.computeIfAbsent(b.quadrant(), q -> new ArrayList<>()).add(b);
      b.tags().forEach(t -> byTag.computeIfAbsent(t, k -> new ArrayList<>()).add(b));
    }
    Map<String, Integer> tagCounts = new HashMap<>();
    byTag.forEach((t, list) -> tagCounts.put(t, list.size()));

    BlipItems items = new BlipItems(site);
    OverviewViews overviews = new OverviewViews(site, items, byQuadrant);
    ScoreViews scores = new ScoreViews(messages, radar.language());
    BlipViews blipViews = new BlipViews(site, items, tagCounts, scores);
    ComparisonViews comparisonViews = new ComparisonViews(site, items, blipViews, scores);
    ChartSpecs charts = new ChartSpecs(site, items);
    PageMetas metas = new PageMetas(site, preview);
    PageWriter writer = new PageWriter(templates(), theme, contentRoot, root, messages, pages);
    for (String dir : List.of("blips", "quadrants", "tags", "assets")) {
      Files.createDirectories(root.resolve(dir));
    }
    if (!radar.products().isEmpty()) {
      Files.createDirectories(root.resolve("products"));
    }

    Map<String, @Nullable String> lastmod = new TreeMap<>();
    List<Job> jobs = new ArrayList<>();
    jobs.add(() -> writer.write("index.ftlh", SitePaths.INDEX,
        metas.meta("home", radar.title(), radar.description(), SitePaths.INDEX),
        overviews.home(charts.home(), byTag, comparisonViews.productKeys())));
    jobs.add(() -> {
      var about = overviews.about(radar.about() == null ? null : markdown(radar.about().body()).html());
      writer.write("about.ftlh", SitePaths.ABOUT, metas.meta("about", about.heading(), radar.description(),
          SitePaths.ABOUT), about);
    });
    jobs.add(() -> {
      var meta = metas.meta("not-found", messages.get("not_found_title"), messages.get("not_found_text"), SitePaths.NOT_FOUND);
      writer.write("404.ftlh", SitePaths.NOT_FOUND, meta, overviews.notFound(meta.nav().root()));
    });
    lastmod.put(SitePaths.INDEX, null);
    lastmod.put(SitePaths.ABOUT, null);
    for (Quadrant q : radar.quadrants()) {
      String path = SitePaths.quadrant(q.id());
      List<Blip> blips = byQuadrant.getOrDefault(q, List.of());
      jobs.add(() -> writer.write("quadrant.ftlh", path, metas.meta("quadrant", q.title(), q.description(), path),
          overviews.quadrant(q, charts.quadrant(q, blips))));
      lastmod.put(path, null);
    }
    byTag.forEach((tag, blips) -> {
      String path = SitePaths.tag(tag);
      jobs.add(() -> writer.write("tag.ftlh", path,
          metas.meta("tag", messages.get("tag_heading", tag), messages.get("tag_description", tag), path),
          overviews.tag(tag, blips)));
      lastmod.put(path, null);
    });
    if (!radar.products().isEmpty()) {
      jobs.add(() -> writer.write("comparisons.ftlh", SitePaths.COMPARISONS,
          metas.meta("comparisons", messages.get("comparisons_title"), messages.get("comparisons_description"),
              SitePaths.COMPARISONS),
          comparisonViews.overview()));
      lastmod.put(SitePaths.COMPARISONS, null);
    }
    for (ProductComparison c : site.comparisons().products()) {
      String path = SitePaths.product(c.product().id());
      jobs.add(() -> writer.write("product.ftlh", path,
          metas.meta("product", messages.get("product_heading", c.product().title()), comparisonViews.description(c), path),
          comparisonViews.product(c, markdown(c.product().body()).html())));
      lastmod.put(path, null);
    }
    SearchIndexWriter.Entry[] entries = new SearchIndexWriter.Entry[radar.blips().size()];
    for (int i = 0; i < radar.blips().size(); i++) {
      int index = i;
      Blip b = radar.blips().get(i);
      String path = SitePaths.blip(b.id());
      jobs.add(() -> {
        RenderedMarkdown body = markdown(b.body());
        writer.write("blip.ftlh", path, metas.meta("blip", b.title(), blipDescription(b, messages), path),
            blipViews.view(b, body.html()));
        entries[index] = new SearchIndexWriter.Entry(b.id(), site.number(b), b.title(),
            b.summary() == null ? "" : b.summary(), b.quadrant().title(), b.ring().title(),
            String.join(" ", b.tags()), path, SearchIndexWriter.words(body.text()));
      });
      lastmod.put(path, b.reviewed() == null ? null : b.reviewed().toString());
    }
    runInParallel(jobs);
    if (pages != null) {
      pages.finish();
      Set<String> current = new HashSet<>();
      radar.blips().forEach(b -> current.add(b.body()));
      radar.products().forEach(p -> current.add(p.body()));
      if (radar.about() != null) {
        current.add(radar.about().body());
      }
      bodies.keySet().retainAll(current);
    }

    SearchIndexWriter.write(root.resolve(SitePaths.SEARCH_INDEX), List.of(entries));
    List<String> files = new ArrayList<>(lastmod.keySet());
    files.add(SitePaths.NOT_FOUND);
    files.add(SitePaths.SEARCH_INDEX);
    files.addAll(AssetCopier.copy(theme, root));
    files.addAll(AssetCopier.copySchemas(root));
    files.addAll(SitemapWriter.write(root, site.baseUrl(), lastmod));
    files.sort(null);
    List<Diagnostic> diagnostics = new ArrayList<>(writer.diagnostics());
    diagnostics.sort(Diagnostic.ORDER);
    return new RenderResult(diagnostics, files);
  }

  /**
   * The ids of products that get a page of their own, so blip pages link to them: every product,
   * since a product without alternatives still deserves a page saying so (validation warns).
   */
  static Set<String> productPages(Radar radar) {
    return radar.products().stream().map(Product::id).collect(Collectors.toUnmodifiableSet());
  }

  private static String blipDescription(Blip b, Messages messages) {
    return b.summary() != null && !b.summary().isBlank() ? b.summary()
        : messages.get("blip_description", b.title(), b.ring().title(), b.quadrant().title());
  }

  private static void runInParallel(List<Job> jobs) throws IOException {
    try {
      jobs.parallelStream().forEach(job -> {
        try {
          job.run();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** One page to write. */
  @FunctionalInterface
  private interface Job {
    void run() throws IOException;
  }
}
