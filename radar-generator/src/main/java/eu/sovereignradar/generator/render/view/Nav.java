package eu.sovereignradar.generator.render.view;

/**
 * Links from one page to the fixed places of the site, relative to that page (or absolute on the
 * 404 page when the radar has a {@code baseUrl}, since that page is served at unknown paths).
 *
 * @param root the site root, ending with {@code /} or empty; {@code site.js} builds search result
 *     links from it
 * @param home the home page
 * @param about the about page
 * @param stylesheet {@code assets/site.css}
 * @param script {@code assets/site.js}
 * @param searchIndex {@code assets/search-index.js}, loaded by {@code site.js} when search is used
 * @param favicon {@code assets/favicon.svg}
 */
public record Nav(
    String root, String home, String about, String stylesheet, String script, String searchIndex, String favicon) {}
