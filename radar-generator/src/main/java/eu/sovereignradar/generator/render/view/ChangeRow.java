package eu.sovereignradar.generator.render.view;

import eu.sovereignradar.generator.render.safety.Html;
import org.jspecify.annotations.Nullable;

/**
 * One change of an edition: the blip (linked), the rings from and to (empty when not a move), and
 * the history note or the retirement reason, rendered.
 */
public record ChangeRow(String title, String href, String from, String to, @Nullable Html note) {}
