package eu.sovereignradar.generator.render.view;

/**
 * A quadrant in the legend and the quadrant filter.
 *
 * @param id the quadrant id
 * @param title the quadrant title
 * @param description what the quadrant covers (may be empty)
 * @param href the quadrant page, relative to the current page
 */
public record QuadrantKey(String id, String title, String description, String href) {}
