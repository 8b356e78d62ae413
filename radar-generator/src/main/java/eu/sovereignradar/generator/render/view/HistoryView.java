package eu.sovereignradar.generator.render.view;

import org.jspecify.annotations.Nullable;

/**
 * One ring change of a blip.
 *
 * @param date when
 * @param ringTitle the ring it moved to
 * @param note why, or null
 */
public record HistoryView(DateText date, String ringTitle, @Nullable String note) {}
