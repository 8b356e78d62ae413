package eu.sovereignradar.generator.render.view;

/**
 * A recommended alternative in the comparisons overview.
 *
 * @param title the blip's title
 * @param href the blip page
 * @param ringId the ring's id (CSS class)
 * @param ringTitle the ring's title
 * @param scoreLabel the sovereignty score in words, e.g. "78/100"
 * @param coverage the coverage in words
 * @param coverageId {@code full} or {@code partial}
 */
public record RecommendedItem(
    String title,
    String href,
    String ringId,
    String ringTitle,
    String scoreLabel,
    String coverage,
    String coverageId) {}
