package eu.sovereignradar.generator.model;

import static java.util.Objects.requireNonNull;

/** A free Markdown page such as about.md. */
public record Page(String title, String body, SourceRef source, int bodyLine) {
  public Page {
    requireNonNull(title, "title");
    requireNonNull(body, "body");
    requireNonNull(source, "source");
  }
}
