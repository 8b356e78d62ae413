package eu.sovereignradar.generator.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A free Markdown page such as about.md. {@code title} is null when the front matter gives none;
 * the site then uses its own heading in the radar's language.
 */
public record Page(@Nullable String title, String body, SourceRef source) {
  public Page {
    requireNonNull(body, "body");
    requireNonNull(source, "source");
  }
}
