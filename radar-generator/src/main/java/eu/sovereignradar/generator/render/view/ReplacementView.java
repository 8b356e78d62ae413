package eu.sovereignradar.generator.render.view;

import org.jspecify.annotations.Nullable;

/**
 * A proprietary product a blip replaces.
 *
 * @param title the product's title
 * @param vendor the product's vendor
 * @param href the product page relative to the blip page, or null while the site has no page for it
 *     (then the title is printed as text)
 * @param coverage the coverage in words ("Full replacement", "Partial replacement")
 * @param notes the notes, or null
 */
public record ReplacementView(
    String title, String vendor, @Nullable String href, String coverage, @Nullable String notes) {}
