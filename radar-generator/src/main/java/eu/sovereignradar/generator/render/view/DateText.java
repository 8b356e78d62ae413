package eu.sovereignradar.generator.render.view;

/**
 * A date ready to print.
 *
 * @param iso {@code YYYY-MM-DD}, for {@code <time datetime>}
 * @param text the date in the radar's language, e.g. "28 November 2026"
 */
public record DateText(String iso, String text) {}
