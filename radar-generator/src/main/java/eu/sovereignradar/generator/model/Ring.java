package eu.sovereignradar.generator.model;

import static java.util.Objects.requireNonNull;

/**
 * A ring of the radar. {@code index} is 0 for the innermost ring. {@code color} is {@code #rrggbb}.
 */
public record Ring(String id, String title, String description, String color, int index) {
  public Ring {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    requireNonNull(color, "color");
  }
}
