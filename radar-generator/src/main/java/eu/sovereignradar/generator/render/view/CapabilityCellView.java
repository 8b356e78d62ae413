package eu.sovereignradar.generator.render.view;

import org.jspecify.annotations.Nullable;

/**
 * What one alternative states about one capability.
 *
 * @param blipTitle the alternative's title, for readers who see the cell without its column
 * @param support {@code yes}, {@code partial}, {@code no} or {@code unknown} (CSS class)
 * @param label the support in words ("Yes", "Not stated")
 * @param note the blip's note on it, or null
 */
public record CapabilityCellView(
    String blipTitle, String support, String label, @Nullable String note) {}
