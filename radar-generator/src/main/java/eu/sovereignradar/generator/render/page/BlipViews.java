package eu.sovereignradar.generator.render.page;

import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.Hosting;
import eu.sovereignradar.generator.model.Licence;
import eu.sovereignradar.generator.model.Product;
import eu.sovereignradar.generator.model.Replacement;
import eu.sovereignradar.generator.render.safety.Html;
import eu.sovereignradar.generator.render.safety.UrlPolicy;
import eu.sovereignradar.generator.render.view.BlipView;
import eu.sovereignradar.generator.render.view.HistoryView;
import eu.sovereignradar.generator.render.view.ItemLink;
import eu.sovereignradar.generator.render.view.LicenceView;
import eu.sovereignradar.generator.render.view.LinkView;
import eu.sovereignradar.generator.render.view.ReplacementView;
import eu.sovereignradar.generator.render.view.TagLink;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Builds the view of a blip page. Thread-safe. */
public final class BlipViews {
  private static final int DEPTH = 1;

  private final SiteContext site;
  private final BlipItems items;
  private final ScoreViews scores;

  public BlipViews(SiteContext site, BlipItems items, ScoreViews scores) {
    this.site = site;
    this.items = items;
    this.scores = scores;
  }

  public BlipView view(Blip b, Html body) {
    String root = SitePaths.root(DEPTH);
    return new BlipView(
        items.item(b, DEPTH),
        root + SitePaths.quadrant(b.quadrant().id()),
        b.ring().description(),
        body,
        licence(b.licence(), b.licenceNote()),
        b.licence() == null ? b.licenceNote() : null,
        b.vendor(),
        b.origin() == null ? null : b.origin().name(site.radar().language()),
        hosting(b),
        safe(b.website()),
        safe(b.sourceCode()),
        b.links().stream().map(l -> new LinkView(l.title(), UrlPolicy.link(l.url()))).toList(),
        b.replaces().stream().map(r -> replacement(r, root)).toList(),
        b.history().stream().map(h -> history(h)).toList(),
        b.reviewed() == null ? null : site.date(b.reviewed()),
        stale(b),
        editUrl(b),
        b.tags().stream()
            .map(
                t ->
                    new TagLink(
                        t,
                        root + SitePaths.tag(t),
                        site.analysis().byTag().getOrDefault(t, List.of()).size()))
            .toList(),
        scores.view(site.analysis().score(b)),
        site.analysis().itemsTargeting(b.id()).stream()
            .map(i -> new ItemLink(i.title(), root + SitePaths.inventory(i.id())))
            .toList());
  }

  HistoryView history(eu.sovereignradar.generator.model.HistoryEntry h) {
    return new HistoryView(
        site.date(h.date()), h.ring().title(), h.note() == null ? null : site.inline(h.note()));
  }

  /** The notice on a blip not reviewed within radar.yaml's staleAfter editions, or null. */
  private @Nullable String stale(Blip b) {
    var cutoff = site.radar().settings().staleCutoff();
    if (cutoff.isEmpty() || !b.staleAt(cutoff.get())) {
      return null;
    }
    int n = site.radar().settings().staleAfter();
    return b.lastReviewed() == null
        ? site.messages().get("blip_stale_never", n)
        : site.messages().get("blip_stale", n, site.date(b.lastReviewed()).text());
  }

  /** The hosting options in words, as the blip page and the comparison tables show them. */
  public List<String> hosting(Blip b) {
    return b.hosting().stream().map(h -> site.messages().get("hosting_" + key(h))).toList();
  }

  /** The licence as the blip page and the comparison tables show it, or null. */
  @Nullable LicenceView licence(@Nullable Licence licence, @Nullable String note) {
    if (licence == null) {
      return null;
    }
    String kind = licence.kind().name().toLowerCase(Locale.ROOT);
    return new LicenceView(
        licence.expression(), site.messages().get("licence_" + kind), kind.replace('_', '-'), note);
  }

  private ReplacementView replacement(Replacement r, String root) {
    Product p =
        site.findProduct(r.productId())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "validated blip replaces unknown product '" + r.productId() + "'"));
    String href = site.hasProductPage(p.id()) ? root + SitePaths.product(p.id()) : null;
    return new ReplacementView(
        p.title(),
        p.vendor(),
        href,
        site.messages().get("coverage_" + r.coverage().id()),
        r.notes());
  }

  private @Nullable String editUrl(Blip b) {
    return site.editUrl(b.source());
  }

  private static @Nullable String safe(@Nullable String url) {
    return url == null ? null : UrlPolicy.link(url);
  }

  private static String key(Hosting h) {
    return h.id().replace('-', '_');
  }
}
