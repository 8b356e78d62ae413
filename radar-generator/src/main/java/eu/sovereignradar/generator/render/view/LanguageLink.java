package eu.sovereignradar.generator.render.view;

import org.jspecify.annotations.Nullable;

/**
 * The same page in one of the radar's languages: for the language switcher and the {@code hreflang}
 * alternates.
 *
 * @param lang the language code, e.g. {@code fr}
 * @param name the language's own name (Français), which its readers recognise in any page
 * @param href the page in that language, relative to this page
 * @param absolute its absolute address, or null without {@code baseUrl}
 * @param current true for the language of this page
 */
public record LanguageLink(
    String lang, String name, String href, @Nullable String absolute, boolean current) {}
