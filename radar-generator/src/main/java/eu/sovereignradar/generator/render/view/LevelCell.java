package eu.sovereignradar.generator.render.view;

/**
 * A level as the matrix prints it: the figure ({@code 0} to {@code 4}, or {@code ?} when unknown),
 * its name, and the CSS class of its colour. The figure and the name are always printed, so colour
 * is never the only signal.
 */
public record LevelCell(String text, String label, String css) {}
