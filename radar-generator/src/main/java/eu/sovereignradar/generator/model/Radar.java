package eu.sovereignradar.generator.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A whole, valid radar. Blips are sorted by quadrant, ring, then title (case-insensitive) then id;
 * products by title then id. {@code scoring} holds weight overrides from radar.yaml by criterion id.
 */
public record Radar(
    String title,
    String description,
    String language,
    @Nullable String baseUrl,
    @Nullable String editUrl,
    @Nullable Edition edition,
    List<Quadrant> quadrants,
    List<Ring> rings,
    Map<String, Double> scoring,
    List<Blip> blips,
    List<Product> products,
    @Nullable Page about) {
  public Radar {
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    requireNonNull(language, "language");
    quadrants = List.copyOf(quadrants);
    rings = List.copyOf(rings);
    scoring = Map.copyOf(scoring);
    blips = List.copyOf(blips);
    products = List.copyOf(products);
  }

  public Optional<Product> findProduct(String id) {
    return products.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public Optional<Blip> findBlip(String id) {
    return blips.stream().filter(b -> b.id().equals(id)).findFirst();
  }
}
