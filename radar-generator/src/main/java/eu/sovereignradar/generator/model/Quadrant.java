package eu.sovereignradar.generator.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A sector of the radar. {@code index} is its 0-based position in radar.yaml, which fixes its place
 * on the chart.
 */
public record Quadrant(
    String id, String title, String description, List<Capability> capabilities, int index) {
  public Quadrant {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    capabilities = List.copyOf(capabilities);
  }
}
