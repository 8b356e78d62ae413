package eu.sovereignradar.generator.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

  /**
   * The total size of the files in bytes, as the file system reports it (a file that cannot be read
   * counts 0; validation reports it).
   */
  public long bytes() {
    long total = 0;
    for (ContentFile f : all()) {
      try {
        total += Files.size(f.file());
      } catch (IOException e) {
        // Reported by the reader as file.unreadable.
      }
    }
    return total;
  }

  private List<ContentFile> all() {
    List<ContentFile> all = new ArrayList<>();
    radarYaml.ifPresent(all::add);
    about.ifPresent(all::add);
    all.addAll(blips);
    all.addAll(products);
    all.addAll(inventory);
    all.addAll(roadmap);
    return all;
  }

  public int count() {
    return blips.size()
        + products.size()
        + inventory.size()
        + roadmap.size()
        + (radarYaml.isPresent() ? 1 : 0)
        + (about.isPresent() ? 1 : 0);
  }
}
