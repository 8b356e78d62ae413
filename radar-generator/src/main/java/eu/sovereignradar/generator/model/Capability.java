package eu.sovereignradar.generator.model;

import static java.util.Objects.requireNonNull;

/** A feature that blips of a quadrant can be compared on, e.g. "Real-time co-editing". */
public record Capability(String id, String title) {
  public Capability {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
  }
}
