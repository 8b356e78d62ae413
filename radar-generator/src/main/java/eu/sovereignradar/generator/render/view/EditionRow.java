package eu.sovereignradar.generator.render.view;

import eu.sovereignradar.generator.render.safety.Html;
import org.jspecify.annotations.Nullable;

/**
 * An edition in the list of editions: its name, date, summary, how many changes it has, and links
 * to its changes and to the radar as it stood then.
 */
public record EditionRow(
    String id,
    String title,
    DateText date,
    @Nullable Html summary,
    String counts,
    String href,
    String radarHref) {}
