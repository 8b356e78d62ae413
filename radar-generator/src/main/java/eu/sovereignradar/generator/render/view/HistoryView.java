package eu.sovereignradar.generator.render.view;

import eu.sovereignradar.generator.render.safety.Html;
import org.jspecify.annotations.Nullable;

/**
 * One ring change of a blip.
 *
 * @param date when
 * @param ringTitle the ring it moved to
 * @param note why, in Markdown rendered safely, or null
 */
public record HistoryView(DateText date, String ringTitle, @Nullable Html note) {}
