package eu.sovereignradar.generator.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A whole, valid radar. Blips are sorted by quadrant, ring, then title (case-insensitive) then id;
 * products by title then id; {@link #settings()} is what radar.yaml declares. {@code blips} are the
 * blips on the radar; those retired are in {@code retired} only, sorted by id. Immutable and
 * thread-safe.
 */
public record Radar(
    RadarSettings settings,
    List<Blip> blips,
    List<Product> products,
    @Nullable Page about,
    List<InventoryItem> inventory,
    List<RoadmapStep> roadmap,
    List<RetiredBlip> retired) {
  public Radar {
    retired = List.copyOf(retired);
    requireNonNull(settings, "settings");
    blips = List.copyOf(blips);
    products = List.copyOf(products);
    inventory = List.copyOf(inventory);
    roadmap = List.copyOf(roadmap);
  }

  /** A radar without an inventory. */
  public Radar(
      RadarSettings settings, List<Blip> blips, List<Product> products, @Nullable Page about) {
    this(settings, blips, products, about, List.of(), List.of(), List.of());
  }

  /**
   * The radar a public build renders: no inventory item and no organisation, so nothing internal
   * can reach a page, the search index or the sitemap. The roadmap stays only when radar.yaml makes
   * it public, and then without what is internal in its steps.
   */
  public Radar withoutInventory() {
    List<RoadmapStep> steps =
        settings.roadmap().isPublic()
            ? roadmap.stream().map(RoadmapStep::withoutInternal).toList()
            : List.of();
    return new Radar(
        settings.withoutOrganisation(), blips, products, about, List.of(), steps, retired);
  }

  /** The roadmap step with this id. */
  public Optional<RoadmapStep> findStep(String id) {
    return roadmap.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The inventory item with this id. */
  public Optional<InventoryItem> findItem(String id) {
    return inventory.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  // Shortcuts to the settings, which most readers of a radar want.

  public String title() {
    return settings.title();
  }

  public String description() {
    return settings.description();
  }

  public String language() {
    return settings.language();
  }

  public @Nullable String baseUrl() {
    return settings.baseUrl();
  }

  public @Nullable String editUrl() {
    return settings.editUrl();
  }

  public @Nullable Edition edition() {
    return settings.edition();
  }

  public List<Quadrant> quadrants() {
    return settings.quadrants();
  }

  public List<Ring> rings() {
    return settings.rings();
  }

  public Map<String, Double> scoring() {
    return settings.scoring();
  }

  public Optional<Product> findProduct(String id) {
    return products.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public Optional<Blip> findBlip(String id) {
    return blips.stream().filter(b -> b.id().equals(id)).findFirst();
  }
}
