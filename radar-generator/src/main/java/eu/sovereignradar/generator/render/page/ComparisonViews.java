package eu.sovereignradar.generator.render.page;

import eu.sovereignradar.generator.compare.Alternative;
import eu.sovereignradar.generator.compare.CapabilityCell;
import eu.sovereignradar.generator.compare.CapabilityRow;
import eu.sovereignradar.generator.compare.CategoryComparisons;
import eu.sovereignradar.generator.compare.ProductComparison;
import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.Product;
import eu.sovereignradar.generator.model.Ring;
import eu.sovereignradar.generator.model.Support;
import eu.sovereignradar.generator.render.safety.Html;
import eu.sovereignradar.generator.render.safety.UrlPolicy;
import eu.sovereignradar.generator.render.theme.Messages;
import eu.sovereignradar.generator.render.view.AlternativeRow;
import eu.sovereignradar.generator.render.view.CapabilityCellView;
import eu.sovereignradar.generator.render.view.CapabilityRowView;
import eu.sovereignradar.generator.render.view.CategoryGroupView;
import eu.sovereignradar.generator.render.view.ComparisonsView;
import eu.sovereignradar.generator.render.view.ItemLink;
import eu.sovereignradar.generator.render.view.ProductKey;
import eu.sovereignradar.generator.render.view.ProductRow;
import eu.sovereignradar.generator.render.view.ProductView;
import eu.sovereignradar.generator.render.view.RecommendedItem;
import eu.sovereignradar.generator.score.AccessLaws;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Builds the views of the comparison pages: one page per product ({@code products/<id>.html}) and
 * the overview ({@code comparisons.html}). The order of everything comes from {@link
 * eu.sovereignradar.generator.compare.Comparisons}; this class only turns it into words and links.
 * Thread-safe.
 */
public final class ComparisonViews {
  /** Product pages live in {@code products/}. */
  private static final int PRODUCT_DEPTH = 1;

  /** A heading in rendered Markdown (CommonMark writes {@code <h2>} or {@code <h2 id=...>}). */
  private static final Pattern HEADING = Pattern.compile("<h[1-6][ >]");

  private final SiteContext site;
  private final BlipItems items;
  private final BlipViews blips;
  private final ScoreViews scores;

  public ComparisonViews(SiteContext site, BlipItems items, BlipViews blips, ScoreViews scores) {
    this.site = site;
    this.items = items;
    this.blips = blips;
    this.scores = scores;
  }

  /** The page of one product. */
  public ProductView product(ProductComparison c, Html body) {
    Product p = c.product();
    Messages m = site.messages();
    String language = site.radar().language();
    String root = SitePaths.root(PRODUCT_DEPTH);
    List<AlternativeRow> rows = c.alternatives().stream().map(a -> row(a, PRODUCT_DEPTH)).toList();
    List<CapabilityRowView> matrix =
        c.alternatives().isEmpty()
            ? List.of()
            : c.capabilities().stream().map(r -> capabilityRow(r, c.alternatives())).toList();
    return new ProductView(
        p.id(),
        m.get("product_heading", p.title()),
        p.title(),
        p.summary(),
        p.vendor(),
        p.origin().name(language),
        p.jurisdiction(),
        AccessLaws.find(p.origin()).map(laws -> m.get("product_access_laws", laws)).orElse(null),
        p.category().title(),
        root + SitePaths.quadrant(p.category().id()),
        p.website() == null ? null : UrlPolicy.link(p.website()),
        body,
        HEADING.matcher(body.markup()).find(),
        alternativeCount(c.alternatives().size()),
        rows,
        matrix,
        m.get("product_capabilities_caption", p.title()),
        root + SitePaths.INDEX + "?replaces=" + p.id() + "#radarFilters",
        editUrl(p),
        site.analysis().itemsUsing(p.id()).stream()
            .map(i -> new ItemLink(i.title(), root + SitePaths.inventory(i.id())))
            .toList());
  }

  /** The meta description of a product page. */
  public String description(ProductComparison c) {
    return site.messages().get("product_description", c.product().title(), c.product().vendor());
  }

  /** The overview of every product by category. */
  public ComparisonsView overview() {
    Messages m = site.messages();
    List<CategoryGroupView> groups = new ArrayList<>();
    for (CategoryComparisons cat : site.comparisons().byCategory()) {
      List<ProductRow> products = cat.products().stream().map(this::productRow).toList();
      groups.add(
          new CategoryGroupView(
              cat.category().id(),
              cat.category().title(),
              SitePaths.quadrant(cat.category().id()),
              products));
    }
    List<String> rings = site.comparisons().recommendedRings().stream().map(Ring::title).toList();
    return new ComparisonsView(m.get("comparisons_lead", join(rings)), groups);
  }

  /** Every product for the "alternatives to" filter, by title. */
  public List<ProductKey> productKeys() {
    return site.radar().products().stream().map(p -> new ProductKey(p.id(), p.title())).toList();
  }

  private ProductRow productRow(ProductComparison c) {
    Product p = c.product();
    String vendor =
        site.messages()
            .get("product_vendor_country", p.vendor(), p.origin().name(site.radar().language()));
    List<RecommendedItem> recommended =
        c.recommended().stream()
            .map(
                a -> {
                  Blip b = a.blip();
                  return new RecommendedItem(
                      b.title(),
                      SitePaths.blip(b.id()),
                      b.ring().id(),
                      b.ring().title(),
                      scores.label(a.score()),
                      coverage(a),
                      a.replacement().coverage().id());
                })
            .toList();
    return new ProductRow(
        p.id(),
        p.title(),
        SitePaths.product(p.id()),
        vendor,
        recommended,
        alternativeCount(c.alternatives().size()));
  }

  AlternativeRow row(Alternative a, int depth) {
    Blip b = a.blip();
    return new AlternativeRow(
        items.item(b, depth),
        blips.licence(b.licence(), b.licenceNote()),
        b.vendor(),
        b.origin() == null ? null : b.origin().name(site.radar().language()),
        blips.hosting(b),
        coverage(a),
        a.replacement().coverage().id(),
        a.replacement().notes(),
        a.score().value(),
        scores.label(a.score()),
        SitePaths.root(depth) + SitePaths.blip(b.id()) + "#score");
  }

  private CapabilityRowView capabilityRow(CapabilityRow row, List<Alternative> alternatives) {
    List<CapabilityCellView> cells = new ArrayList<>();
    for (int i = 0; i < row.cells().size(); i++) {
      CapabilityCell cell = row.cells().get(i);
      String support = cell.findSupport().map(Support::id).orElse("unknown");
      cells.add(
          new CapabilityCellView(
              alternatives.get(i).blip().title(),
              support,
              site.messages().get("capability_" + support),
              cell.note()));
    }
    return new CapabilityRowView(row.capability().id(), row.capability().title(), cells);
  }

  private String coverage(Alternative a) {
    return site.messages().get("coverage_" + a.replacement().coverage().id());
  }

  private String alternativeCount(int n) {
    return site.messages().get(n == 1 ? "alternatives_one" : "alternatives_other", n);
  }

  /** "Adopt", "Adopt and Trial", "Adopt, Trial and Assess". */
  private String join(List<String> words) {
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return site.messages()
        .get(
            "list_pair",
            String.join(", ", words.subList(0, words.size() - 1)),
            words.get(words.size() - 1));
  }

  private @Nullable String editUrl(Product p) {
    return site.editUrl(p.source());
  }
}
