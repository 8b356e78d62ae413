package eu.sovereignradar.generator.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A proprietary product that blips replace; its body explains the dependency risk. */
public record Product(
    String id,
    String title,
    String vendor,
    Country origin,
    Quadrant category,
    @Nullable String summary,
    @Nullable String jurisdiction,
    @Nullable String website,
    List<String> tags,
    String body,
    SourceRef source) {
  public Product {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(vendor, "vendor");
    requireNonNull(origin, "origin");
    requireNonNull(category, "category");
    tags = List.copyOf(tags);
    requireNonNull(body, "body");
    requireNonNull(source, "source");
  }
}
