package eu.sovereignradar.generator.render.view;

/**
 * A ring in the legend and the ring filter.
 *
 * @param id the ring id
 * @param title the ring title
 * @param description what the ring means (may be empty)
 * @param color the ring colour, {@code #rrggbb} (validated), for an SVG swatch's {@code fill}
 */
public record RingKey(String id, String title, String description, String color) {}
