package eu.sovereignradar.generator.render.view;

import org.jspecify.annotations.Nullable;

/**
 * Links from one page to the fixed places of the site, relative to that page (or absolute on the
 * 404 page when the radar has a {@code baseUrl}, since that page is served at unknown paths).
 *
 * @param root the site root, ending with {@code /} or empty; {@code site.js} builds search result
 *     links from it
 * @param home the home page
 * @param about the about page
 * @param stylesheet {@code assets/site.css}
 * @param customStylesheet the theme's {@code assets/custom.css}, loaded after {@code site.css} to
 *     change a few rules or variables without copying the whole stylesheet; null without one
 * @param script {@code assets/site.js}
 * @param searchIndex {@code assets/search-index.js}, loaded by {@code site.js} when search is used
 * @param favicon {@code assets/favicon.svg}
 * @param comparisons the comparisons overview, or null when the radar has no products
 * @param matrix the dependency matrix, or null when the build has no inventory (always in a public
 *     build)
 * @param roadmap the roadmap, or null when there is none (or a public build hides it)
 * @param report the assessment report, or null without an inventory (always in a public build)
 * @param changes the list of editions and their changes, or null without dated editions
 * @param feed the Atom feed of the editions, or null without dated editions
 * @param repository the radar's content repository (radar.yaml's {@code repositoryUrl}), or null
 * @param internal true for an internal build (the default), false for a {@code --public} one
 * @param liveReload the preview server's live-reload script, or null: set only when the site is
 *     built for {@code radar serve}, never for a published site
 * @param fallbackRoots only on the 404 page of a radar without {@code baseUrl}: the roots {@code
 *     ../}, {@code ../../}, … from which the page also loads the stylesheet and the script, since a
 *     host serves it at any missing path and only one of them is the site's root there (see
 *     PageMetas); empty elsewhere
 */
public record Nav(
    String root,
    String home,
    String about,
    String stylesheet,
    @Nullable String customStylesheet,
    String script,
    String searchIndex,
    String favicon,
    @Nullable String comparisons,
    @Nullable String matrix,
    @Nullable String roadmap,
    @Nullable String report,
    @Nullable String changes,
    @Nullable String feed,
    @Nullable String repository,
    boolean internal,
    @Nullable String liveReload,
    java.util.List<String> fallbackRoots) {
  public Nav {
    fallbackRoots = java.util.List.copyOf(fallbackRoots);
  }
}
