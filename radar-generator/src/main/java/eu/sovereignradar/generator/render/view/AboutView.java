package eu.sovereignradar.generator.render.view;

import eu.sovereignradar.generator.render.safety.Html;
import org.jspecify.annotations.Nullable;

/**
 * The about page: {@code about.md} when the content has it, then what the rings and quadrants mean.
 *
 * @param heading the page heading (the title of about.md, or "About this radar")
 * @param description the radar's description (may be empty)
 * @param body the rendered about.md, or null
 * @param legend rings, quadrants and movement marks
 */
public record AboutView(String heading, String description, @Nullable Html body, Legend legend) {}
