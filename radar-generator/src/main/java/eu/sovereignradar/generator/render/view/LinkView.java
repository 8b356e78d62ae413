package eu.sovereignradar.generator.render.view;

/**
 * An external link.
 *
 * @param title the link text
 * @param url an http(s) URL, checked by {@link eu.sovereignradar.generator.render.safety.UrlPolicy}
 */
public record LinkView(String title, String url) {}
