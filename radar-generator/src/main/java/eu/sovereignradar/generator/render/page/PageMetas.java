package eu.sovereignradar.generator.render.page;

import eu.sovereignradar.generator.render.theme.Messages;
import eu.sovereignradar.generator.render.view.LanguageLink;
import eu.sovereignradar.generator.render.view.Nav;
import eu.sovereignradar.generator.render.view.PageMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Builds the head and navigation data of each page. Thread-safe. */
public final class PageMetas {
  /** Served by the preview server only; never written into a site. */
  public static final String LIVE_RELOAD = "/assets/live-reload.js";

  private final SiteContext site;
  private final boolean preview;
  private final boolean customStylesheet;

  /**
   * @param preview whether pages load the preview server's live-reload script
   * @param customStylesheet whether pages load the theme's {@code assets/custom.css}
   */
  /**
   * The 404 page without a baseUrl. A host (nginx's error_page, GitLab Pages, Netlify) serves it at
   * the missing path itself, say /radar/blips/old/x.html, so its relative links would resolve under
   * /radar/blips/old/ and the page would have no style and broken links. Root-relative links
   * (/assets/site.css) would only work for a site at the root of its host, not for a GitLab Pages
   * project site under /group/project/, and not from file://; without a baseUrl the generator
   * cannot know the prefix. So the page keeps its relative links (right for a missing path at the
   * root, and from file://) and also loads site.css and site.js from each of these parent roots:
   * exactly one of them is the site's root at the depth where the host serves the page, the others
   * fail harmlessly (the stylesheet duplicates are the same file). site.js runs once, learns the
   * root from the copy that loaded and rewrites the page's relative links from it. Paths deeper
   * than this list stay unstyled; a radar with baseUrl gets absolute links instead and needs none
   * of this.
   */
  static final List<String> FALLBACK_ROOTS =
      List.of(
          "../", "../../", "../../../", "../../../../", "../../../../../", "../../../../../../");

  public PageMetas(SiteContext site, boolean preview, boolean customStylesheet) {
    this.site = site;
    this.preview = preview;
    this.customStylesheet = customStylesheet;
  }

  /**
   * @param kind the page kind (CSS class on body)
   * @param title the page title
   * @param description the meta description; the radar's title when blank
   * @param path the page's output path, e.g. {@code blips/x.html}
   */
  public PageMeta meta(String kind, String title, String description, String path) {
    return meta(kind, title, description, path, null);
  }

  /**
   * A page whose title and text come from {@code source}: when the source has no translation into
   * the site's language, the page says so and marks its texts with their language.
   */
  public PageMeta meta(
      String kind,
      String title,
      String description,
      String path,
      eu.sovereignradar.generator.model.@Nullable SourceRef source) {
    String base = site.baseUrl();
    String canonical =
        base == null || path.equals(SitePaths.NOT_FOUND)
            ? null
            : base + (path.equals(SitePaths.INDEX) ? "" : path);
    // The 404 page is served at any missing path, so relative links would break there. Elsewhere
    // links name index.html explicitly: from file:// a folder link would not open it.
    boolean absolute = path.equals(SitePaths.NOT_FOUND) && base != null;
    String root = absolute ? base : SitePaths.root(SitePaths.depth(path));
    Nav nav =
        new Nav(
            root,
            absolute ? base : root + SitePaths.INDEX,
            root + SitePaths.ABOUT,
            root + SitePaths.STYLESHEET,
            customStylesheet ? root + SitePaths.CUSTOM_STYLESHEET : null,
            root + SitePaths.SCRIPT,
            root + SitePaths.SEARCH_INDEX,
            root + SitePaths.FAVICON,
            site.radar().products().isEmpty() ? null : root + SitePaths.COMPARISONS,
            site.radar().inventory().isEmpty() ? null : root + SitePaths.MATRIX,
            site.radar().roadmap().isEmpty() ? null : root + SitePaths.ROADMAP,
            site.radar().inventory().isEmpty() ? null : root + SitePaths.REPORT,
            site.editionPages().isEmpty() ? null : root + SitePaths.CHANGES,
            site.editionPages().isEmpty() ? null : root + SitePaths.FEED,
            site.radar().settings().repositoryUrl(),
            site.analysis().internal(),
            // The preview is always served from the server's root, also the 404 page at any path.
            preview ? LIVE_RELOAD : null,
            path.equals(SitePaths.NOT_FOUND) && base == null && !preview
                ? FALLBACK_ROOTS
                : List.of());
    String desc = description.isBlank() ? site.radar().title() : description.strip();
    Messages m = site.messages();
    SiteLanguage language = site.language();
    String textLang = language.fallback(source);
    return new PageMeta(
        site.radar().language(),
        site.radar().title(),
        title,
        desc,
        kind,
        canonical,
        path.equals(SitePaths.INDEX) ? "website" : "article",
        m.get("og_locale"),
        nav,
        path.equals(SitePaths.NOT_FOUND) ? List.of() : languages(path, root),
        textLang,
        textLang == null
            ? null
            : m.get(
                "translation_fallback",
                Locale.forLanguageTag(textLang)
                    .getDisplayLanguage(Locale.forLanguageTag(language.lang()))));
  }

  /**
   * The same page in every language: from this site's root ({@code root}) up to the default
   * language's, then down into the other's folder, at the same path.
   */
  private List<LanguageLink> languages(String path, String root) {
    SiteLanguage language = site.language();
    if (language.languages().size() < 2) {
      return List.of();
    }
    String up = root + (language.isDefault() ? "" : "../");
    String base = site.defaultBaseUrl();
    List<LanguageLink> links = new ArrayList<>();
    for (String other : language.languages()) {
      String folder = language.folder(other);
      links.add(
          new LanguageLink(
              other,
              SiteLanguage.endonym(other),
              up + folder + path,
              base == null ? null : base + folder + (path.equals(SitePaths.INDEX) ? "" : path),
              other.equals(language.lang())));
    }
    return List.copyOf(links);
  }
}
