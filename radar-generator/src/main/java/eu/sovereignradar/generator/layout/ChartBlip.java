package eu.sovereignradar.generator.layout;

import static java.util.Objects.requireNonNull;

import eu.sovereignradar.generator.model.Movement;
import java.util.List;

/**
 * One blip as the chart draws it. All text is plain (unescaped); the writer escapes it for XML.
 * Immutable and thread-safe.
 *
 * @param id the blip id (unique on the chart; seeds its position)
 * @param number the stable number shown on the chart, at least 1 (see {@link BlipNumbering})
 * @param ringId id of the blip's ring
 * @param quadrantId id of the blip's quadrant
 * @param title the blip title, shown as a tooltip
 * @param accessibleName the link's accessible name, e.g. "Nextcloud Hub, Adopt, Collaboration"
 * @param href the link to the blip's page, relative to the page that embeds the chart
 * @param movement how the blip moved since the previous edition; decides its shape
 * @param tags tag ids, written to {@code data-tags}
 * @param replaces product ids, written to {@code data-replaces}
 */
public record ChartBlip(
    String id,
    int number,
    String ringId,
    String quadrantId,
    String title,
    String accessibleName,
    String href,
    Movement movement,
    List<String> tags,
    List<String> replaces) {
  public ChartBlip {
    requireNonNull(id, "id");
    requireNonNull(ringId, "ringId");
    requireNonNull(quadrantId, "quadrantId");
    requireNonNull(title, "title");
    requireNonNull(accessibleName, "accessibleName");
    requireNonNull(href, "href");
    requireNonNull(movement, "movement");
    tags = List.copyOf(tags);
    replaces = List.copyOf(replaces);
    if (number < 1) {
      throw new IllegalArgumentException(
          "number of blip '" + id + "' must be at least 1: " + number);
    }
  }
}
