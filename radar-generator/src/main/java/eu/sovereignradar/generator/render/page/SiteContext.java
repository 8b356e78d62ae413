package eu.sovereignradar.generator.render.page;

import eu.sovereignradar.generator.analysis.RadarAnalysis;
import eu.sovereignradar.generator.compare.Comparisons;
import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.Product;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.render.theme.Messages;
import eu.sovereignradar.generator.render.view.DateText;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What every view builder of one build shares: the analysis (numbers, scores, comparisons), the UI
 * strings, the products by id and date formatting in the radar's language. Immutable and
 * thread-safe.
 */
public final class SiteContext {
  private final RadarAnalysis analysis;
  private final Radar radar;
  private final Messages messages;
  private final Map<String, Product> products;
  private final DateTimeFormatter dateFormat;
  private final @Nullable String baseUrl;
  private final java.text.NumberFormat numbers;
  // Every page's navigation asks whether there are edition pages: filtered once.
  private final java.util.List<eu.sovereignradar.generator.analysis.EditionChanges> editionPages;
  private final eu.sovereignradar.generator.render.safety.MarkdownRenderer inline =
      new eu.sovereignradar.generator.render.safety.MarkdownRenderer();

  private final SiteLanguage language;
  private final @Nullable String defaultBaseUrl;

  public SiteContext(RadarAnalysis analysis, Messages messages) {
    this(analysis, messages, SiteLanguage.only(analysis.radar().language()));
  }

  public SiteContext(RadarAnalysis analysis, Messages messages, SiteLanguage language) {
    this.language = language;
    this.analysis = analysis;
    this.radar = analysis.radar();
    this.messages = messages;
    Map<String, Product> byId = new HashMap<>();
    radar.products().forEach(p -> byId.put(p.id(), p));
    this.products = Map.copyOf(byId);
    this.dateFormat =
        DateTimeFormatter.ofPattern(
            messages.get("date_pattern"), Locale.forLanguageTag(radar.language()));
    this.numbers =
        java.text.NumberFormat.getIntegerInstance(Locale.forLanguageTag(radar.language()));
    this.editionPages =
        analysis.editions().stream().filter(e -> SitePaths.isId(e.edition().id())).toList();
    String base = radar.baseUrl();
    this.baseUrl = base == null ? null : base.endsWith("/") ? base : base + "/";
    this.defaultBaseUrl =
        baseUrl == null
            ? null
            : baseUrl.substring(0, baseUrl.length() - language.folder().length());
  }

  /** The language of this site, the radar's others and which sources are translated. */
  public SiteLanguage language() {
    return language;
  }

  /**
   * The "edit this page" address of a page made from {@code source}: radar.yaml's {@code editUrl}
   * with the file's path, which on a translated page is its translation's ({@code blips/x.fr.md});
   * null without {@code editUrl}.
   */
  public @Nullable String editUrl(eu.sovereignradar.generator.model.SourceRef source) {
    String template = radar.editUrl();
    if (template == null) {
      return null;
    }
    String path =
        language.fallback(source) == null && !language.isDefault()
            ? eu.sovereignradar.generator.content.ContentFiles.translationPath(
                source.path(), language.lang())
            : source.path();
    return eu.sovereignradar.generator.render.safety.UrlPolicy.link(
        template.replace("{path}", path));
  }

  /** The address of the default language's site (the root), ending with {@code /}, or null. */
  public @Nullable String defaultBaseUrl() {
    return defaultBaseUrl;
  }

  public Radar radar() {
    return radar;
  }

  public Messages messages() {
    return messages;
  }

  /** Everything derived from the content: numbers, scores, comparisons and groupings. */
  public RadarAnalysis analysis() {
    return analysis;
  }

  /** Which blips replace which product. */
  public Comparisons comparisons() {
    return analysis.comparisons();
  }

  /** The blip's stable number. */
  public int number(Blip blip) {
    return analysis.number(blip);
  }

  public Optional<Product> findProduct(String id) {
    return Optional.ofNullable(products.get(id));
  }

  /** True when the site has a page for the product. */
  public boolean hasProductPage(String productId) {
    return analysis.productPages().contains(productId);
  }

  /** The radar's {@code baseUrl} ending with {@code /}, or null. */
  public @Nullable String baseUrl() {
    return baseUrl;
  }

  public DateText date(LocalDate date) {
    return new DateText(date.toString(), dateFormat.format(date));
  }

  /** The editions that get pages: dated, with an id that can name a file; oldest first. */
  public java.util.List<eu.sovereignradar.generator.analysis.EditionChanges> editionPages() {
    return editionPages;
  }

  /** A short Markdown text inside a line (history notes, reasons), rendered safely. */
  public eu.sovereignradar.generator.render.safety.Html inline(String markdown) {
    return inline.renderInline(markdown);
  }

  /**
   * {@code value} with the language's digit grouping (2,399). Synchronized because a {@link
   * java.text.NumberFormat} keeps its digits in fields while it formats, and pages are built on
   * several threads at once: unsynchronized, two pages could swap or garble their figures.
   */
  public String number(long value) {
    synchronized (numbers) {
      return numbers.format(value);
    }
  }

  /** "1 technology" or "12 technologies". */
  public String count(int n) {
    return messages.get(n == 1 ? "count_one" : "count_other", n);
  }
}
