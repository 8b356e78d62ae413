package eu.sovereignradar.generator.render.view;

import org.jspecify.annotations.Nullable;

/**
 * What the page skeleton ({@code base.ftlh}) needs for every page: language, titles, the meta
 * description, Open Graph data, the canonical URL (only when the radar has a {@code baseUrl}) and
 * the navigation links relative to this page.
 *
 * @param lang the {@code <html lang>} value, e.g. {@code fr}
 * @param siteTitle the radar's title
 * @param title this page's title (for the home page, the radar's title)
 * @param description the meta and Open Graph description, never empty
 * @param kind the page kind, used as a CSS class on {@code <body>}: home, blip, quadrant, tag,
 *     about, not-found
 * @param canonicalUrl the absolute URL of this page, or null without {@code baseUrl}
 * @param ogType {@code website} for the home page, {@code article} otherwise
 * @param ogLocale the Open Graph locale, e.g. {@code fr_FR}
 * @param nav links from this page to the fixed places of the site
 * @param languages the same page in each of the radar's languages, this one included; empty when
 *     the radar has one language
 * @param textLang the language the page's own texts (title, summary, body) are in when they are not
 *     in {@code lang} because they have no translation; null otherwise
 * @param textNotice the notice, in {@code lang}, that says so; null with {@code textLang}
 */
public record PageMeta(
    String lang,
    String siteTitle,
    String title,
    String description,
    String kind,
    @Nullable String canonicalUrl,
    String ogType,
    String ogLocale,
    Nav nav,
    java.util.List<LanguageLink> languages,
    @Nullable String textLang,
    @Nullable String textNotice) {
  public PageMeta {
    languages = java.util.List.copyOf(languages);
  }
}
