package eu.sovereignradar.generator.render.view;

import org.jspecify.annotations.Nullable;

/**
 * A blip as lists show it, with its link relative to the page the list is on.
 *
 * @param id the blip id
 * @param number the stable number shown on the chart and in lists
 * @param title the blip's title
 * @param summary one sentence, or null
 * @param href the blip page, relative to the current page
 * @param ringId the ring's id
 * @param ringTitle the ring's title
 * @param quadrantId the quadrant's id
 * @param quadrantTitle the quadrant's title
 * @param movement {@code new}, {@code moved-in}, {@code moved-out} or {@code unchanged} (CSS class)
 * @param movementLabel the movement in words ("New", "Moved in"), or null when unchanged
 * @param tagIds the tag ids separated by spaces, for {@code data-tags} (filters)
 * @param replacesIds the ids of the products it replaces separated by spaces, for {@code
 *     data-replaces} (the "alternatives to" filter)
 */
public record BlipItem(
    String id,
    int number,
    String title,
    @Nullable String summary,
    String href,
    String ringId,
    String ringTitle,
    String quadrantId,
    String quadrantTitle,
    String movement,
    @Nullable String movementLabel,
    String tagIds,
    String replacesIds) {}
