package eu.sovereignradar.generator.render;

import eu.sovereignradar.generator.analysis.RadarAnalysis;
import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.render.files.AssetCopier;
import eu.sovereignradar.generator.render.files.FeedWriter;
import eu.sovereignradar.generator.render.files.MatrixCsvWriter;
import eu.sovereignradar.generator.render.files.RadarJsonWriter;
import eu.sovereignradar.generator.render.files.SearchIndexWriter;
import eu.sovereignradar.generator.render.files.SitemapWriter;
import eu.sovereignradar.generator.render.output.OutputBudget;
import eu.sovereignradar.generator.render.output.PageCache;
import eu.sovereignradar.generator.render.output.PreviousSite;
import eu.sovereignradar.generator.render.page.SiteLanguage;
import eu.sovereignradar.generator.render.page.SitePages;
import eu.sovereignradar.generator.render.page.SitePaths;
import eu.sovereignradar.generator.render.safety.MarkdownRenderer;
import eu.sovereignradar.generator.render.safety.MarkdownRenderer.RenderedMarkdown;
import eu.sovereignradar.generator.render.theme.Messages;
import eu.sovereignradar.generator.render.theme.PageWriter;
import eu.sovereignradar.generator.render.theme.Theme;
import eu.sovereignradar.generator.render.theme.ThemeTemplates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Writes a whole site for an analysed radar into an empty folder: every page {@link SitePages}
 * lists, the search index, the theme's assets, {@code robots.txt} and (with a {@code baseUrl})
 * {@code sitemap.xml}. It computes nothing about the content: numbers, scores and comparisons come
 * from the {@link RadarAnalysis}. Pages are rendered in parallel; the output does not depend on the
 * order in which they finish. Thread-safe; one instance can render several radars.
 */
public final class SiteRenderer {
  private final Theme theme;
  private final Path contentRoot;
  private final MarkdownRenderer markdown = new MarkdownRenderer();
  private final boolean preview;
  private final @Nullable PageCache pages;
  private final @Nullable RenderedBodies bodies;
  private @Nullable ThemeTemplates templates;

  /**
   * A renderer for the published site.
   *
   * @param theme templates, messages and assets
   * @param contentRoot the content folder, so template errors of an override folder can be reported
   *     with a path relative to it
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
    this(theme, contentRoot, preview, preview ? RenderedBodies.forHeap() : null);
  }

  /**
   * @param bodies the Markdown bodies of the builds before, to render only the bodies that changed;
   *     null to render every body. Kept from one build to the next by {@link #startBuild(long)} and
   *     {@link #finishBuild()}.
   */
  public SiteRenderer(
      Theme theme, Path contentRoot, boolean preview, @Nullable RenderedBodies bodies) {
    this.theme = theme;
    this.contentRoot = contentRoot.toAbsolutePath().normalize();
    this.preview = preview;
    this.pages = preview ? new PageCache() : null;
    this.bodies = bodies;
  }

  /** Starts a build of {@code contentBytes} of content, which may render several languages. */
  public void startBuild(long contentBytes) {
    if (bodies != null) {
      bodies.start(contentBytes);
    }
  }

  /**
   * Ends a build whose pages were all written: of the bodies kept, only those of this build stay
   * for the next one.
   */
  public void finishBuild() {
    if (bodies != null) {
      bodies.finish();
    }
  }

  /**
   * How many pages the last render copied from the one before instead of rendering them (preview
   * only).
   */
  int reusedPages() {
    return pages == null ? 0 : pages.reused();
  }

  /** The theme's templates, parsed on first use and kept: a renderer reads its theme once. */
  private synchronized ThemeTemplates templates() throws IOException {
    if (templates == null) {
      templates = ThemeTemplates.of(theme);
    }
    return templates;
  }

  /** A Markdown body rendered, or taken from the build before when unchanged. */
  private RenderedMarkdown markdown(String body) {
    return bodies == null ? markdown.render(body) : bodies.get(body, markdown::render);
  }

  /**
   * Renders the analysed radar into {@code root}, which must exist and be empty.
   *
   * @throws IOException when a file cannot be written, or the theme lacks a file it needs
   */
  public RenderResult render(RadarAnalysis analysis, Path root) throws IOException {
    return render(
        analysis, root, SiteLanguage.only(analysis.radar().language()), OutputBudget.unlimited());
  }

  /**
   * Renders like {@link #render(RadarAnalysis, Path)}, within {@code budget}.
   *
   * @throws OutputBudget.TooLarge when the site would exceed the budget
   */
  public RenderResult render(RadarAnalysis analysis, Path root, OutputBudget budget)
      throws IOException {
    return render(analysis, root, SiteLanguage.only(analysis.radar().language()), budget);
  }

  /**
   * Renders the analysed radar, read in {@code language}, into {@code root}: the published folder
   * for the default language, its {@code <lang>/} folder for another, within {@code budget}, which
   * the sites of every language share. The files that describe the whole radar ({@code radar.json},
   * its schemas, {@code robots.txt} and the sitemap, which lists the pages of every language) are
   * written with the default language only.
   *
   * @throws OutputBudget.TooLarge when the site would exceed the budget
   */
  public RenderResult render(
      RadarAnalysis analysis, Path root, SiteLanguage language, OutputBudget budget)
      throws IOException {
    return render(analysis, root, language, budget, PreviousSite.NONE);
  }

  /**
   * Renders like {@link #render(RadarAnalysis, Path, SiteLanguage, OutputBudget)}, linking each
   * page that is unchanged since {@code previous} to its file there instead of writing it.
   */
  public RenderResult render(
      RadarAnalysis analysis,
      Path root,
      SiteLanguage language,
      OutputBudget budget,
      PreviousSite previous)
      throws IOException {
    Radar radar = analysis.radar();
    Messages messages = Messages.load(theme, radar.language());
    SitePages site =
        new SitePages(analysis, messages, preview, theme.assets().contains("custom.css"), language);
    PageWriter writer =
        new PageWriter(templates(), theme, contentRoot, root, messages, pages, budget, previous);
    for (String dir : site.folders()) {
      Files.createDirectories(root.resolve(dir));
    }
    List<SitePages.Page> all = site.pages();
    SearchIndexWriter.Entry[] entries = new SearchIndexWriter.Entry[all.size()];
    List<Job> jobs = new ArrayList<>();
    if (language.isDefault()) {
      // radar.json needs no page, and writing it is the longest single job of a large radar (a
      // twentieth of a 10,000-blip build): first in the list, it runs beside the pages instead of
      // on one core after them.
      jobs.add(() -> RadarJsonWriter.write(root.resolve(SitePaths.RADAR_JSON), radar));
    }
    for (int i = 0; i < all.size(); i++) {
      int index = i;
      SitePages.Page page = all.get(i);
      jobs.add(
          () -> {
            SitePages.Content content = page.content().apply(this::markdown);
            writer.write(page.template(), page.path(), content.meta(), content.view());
            entries[index] = content.search();
          });
    }
    runInParallel(jobs);
    if (pages != null) {
      pages.finish();
    }
    List<String> files = new ArrayList<>(siteFiles(root, radar, site, all, entries, language));
    files.addAll(
        FeedWriter.write(
            root,
            radar.title(),
            site.baseUrl(),
            SitePaths.feedName(radar.title()),
            site.feed(this::markdown)));
    files.sort(null);
    // The files beside the pages grow with the content, not with its combinations: counted once
    // written.
    Set<String> pagePaths = new HashSet<>();
    all.forEach(p -> pagePaths.add(p.path()));
    for (String f : files) {
      if (!pagePaths.contains(f)) {
        budget.charge(Files.size(root.resolve(f)));
      }
    }
    return new RenderResult(sortedDiagnostics(writer), files);
  }

  /** Writes the files beside the pages and lists everything written, sorted. */
  private List<String> siteFiles(
      Path root,
      Radar radar,
      SitePages site,
      List<SitePages.Page> all,
      SearchIndexWriter.@Nullable Entry[] entries,
      SiteLanguage language)
      throws IOException {
    List<SearchIndexWriter.Entry> search = new ArrayList<>();
    for (SearchIndexWriter.Entry e : entries) {
      if (e != null) {
        search.add(e);
      }
    }
    SearchIndexWriter.write(root.resolve(SitePaths.SEARCH_INDEX), search);
    Map<String, @Nullable String> lastmod = new TreeMap<>();
    List<String> files = new ArrayList<>();
    for (SitePages.Page page : all) {
      files.add(page.path());
      if (page.listed()) {
        lastmod.put(page.path(), page.lastmod());
        // Every language has the same pages, so the root's sitemap can list them all.
        for (String other : language.languages().subList(1, language.languages().size())) {
          String path = page.path().equals(SitePaths.INDEX) ? "" : page.path();
          lastmod.put(other + "/" + path, page.lastmod());
        }
      }
    }
    files.add(SitePaths.SEARCH_INDEX);
    if (language.isDefault()) {
      files.add(SitePaths.RADAR_JSON);
      Path schema = root.resolve(RadarJsonWriter.SCHEMA);
      Files.createDirectories(schema.getParent());
      Files.write(schema, RadarJsonWriter.schema());
      files.add(RadarJsonWriter.SCHEMA);
    }
    if (!site.matrix().rows().isEmpty()) {
      MatrixCsvWriter.write(root.resolve(SitePaths.MATRIX_CSV), site.matrix());
      files.add(SitePaths.MATRIX_CSV);
    }
    files.addAll(AssetCopier.copy(theme, root));
    if (language.isDefault()) {
      files.addAll(AssetCopier.copySchemas(root));
      files.addAll(SitemapWriter.write(root, site.baseUrl(), SitePaths.INDEX, lastmod));
    }
    files.sort(null);
    return files;
  }

  private static List<Diagnostic> sortedDiagnostics(PageWriter writer) {
    List<Diagnostic> diagnostics = new ArrayList<>(writer.diagnostics());
    diagnostics.sort(Diagnostic.ORDER);
    return diagnostics;
  }

  /**
   * Runs the jobs on the common pool and returns when every job has stopped. A parallel stream
   * rethrows the first failure while the other tasks may still be writing, and the caller then
   * deletes the staging folder under them: a failed deletion ("directory not empty") was reported
   * instead of the failure, e.g. an OutOfMemoryError. So no job throws: the first failure is kept,
   * the jobs not yet started are skipped, and it is rethrown once the stream has finished.
   */
  private static void runInParallel(List<Job> jobs) throws IOException {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    jobs.parallelStream()
        .forEach(
            job -> {
              if (failure.get() != null) {
                return;
              }
              try {
                job.run();
              } catch (IOException | RuntimeException | Error e) {
                failure.compareAndSet(null, e);
              }
            });
    Throwable first = failure.get();
    if (first instanceof IOException e) {
      throw e;
    }
    if (first instanceof RuntimeException e) {
      throw e;
    }
    if (first instanceof Error e) {
      throw e;
    }
  }

  /** One page to write. */
  @FunctionalInterface
  private interface Job {
    void run() throws IOException;
  }
}
