package eu.sovereignradar.generator.model;

import static java.util.Objects.requireNonNull;

/** A titled link to further reading; {@code url} is an http(s) URL. */
public record Link(String title, String url) {
  public Link {
    requireNonNull(title, "title");
    requireNonNull(url, "url");
  }
}
