package eu.sovereignradar.generator.render.view;

import eu.sovereignradar.generator.render.safety.Html;

/**
 * A movement mark explained in the legend.
 *
 * @param id {@code new}, {@code moved-in} or {@code moved-out} (CSS class of the mark)
 * @param label the mark's name
 * @param description what it means, e.g. "new since the edition of 15 May 2026"
 * @param symbol the mark as a small SVG, drawn like on the chart
 */
public record MovementKey(String id, String label, String description, Html symbol) {}
