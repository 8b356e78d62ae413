package eu.sovereignradar.generator.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The files of a content folder, found by {@link ContentScanner}: real paths already checked to lie
 * inside the folder, each paired with its content-relative name.
 */
public record ContentFiles(
    Path root,
    Optional<ContentFile> radarYaml,
    Optional<ContentFile> about,
    List<ContentFile> blips,
    List<ContentFile> products,
    List<ContentFile> inventory,
    List<ContentFile> roadmap) {
  public ContentFiles {
    roadmap = List.copyOf(roadmap);
    blips = List.copyOf(blips);
    products = List.copyOf(products);
    inventory = List.copyOf(inventory);
  }

  /** A file to read: its real path and its content-relative path with {@code /} separators. */
  public record ContentFile(Path file, String path) {}

  public int count() {
    return blips.size()
        + products.size()
        + inventory.size()
        + roadmap.size()
        + (radarYaml.isPresent() ? 1 : 0)
        + (about.isPresent() ? 1 : 0);
  }
}
