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
    List<ContentFile> roadmap,
    List<ContentFile> translations) {
  public ContentFiles {
    translations = List.copyOf(translations);
    roadmap = List.copyOf(roadmap);
    blips = List.copyOf(blips);
    products = List.copyOf(products);
    inventory = List.copyOf(inventory);
  }

  /** Files without translations. */
  public ContentFiles(
      Path root,
      Optional<ContentFile> radarYaml,
      Optional<ContentFile> about,
      List<ContentFile> blips,
      List<ContentFile> products,
      List<ContentFile> inventory,
      List<ContentFile> roadmap) {
    this(root, radarYaml, about, blips, products, inventory, roadmap, List.of());
  }

  /**
   * The language a translation's file name gives ({@code fr} for {@code blips/x.fr.md}, {@code
   * about.fr.md} or {@code radar.fr.yaml}), or null for a file that is not a translation. Ids hold
   * no dot, so a second dot can only start a language; only an ISO 639-1 code counts as one, so
   * that a stray {@code about.md.md} or {@code x.old.md} is not taken for a translation.
   */
  public static @org.jspecify.annotations.Nullable String translationLanguage(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    java.util.regex.Matcher m = TRANSLATION.matcher(name);
    return m.matches() && LANGUAGE_CODES.contains(m.group(2)) ? m.group(2) : null;
  }

  /**
   * The translation of {@code source} into {@code lang}: {@code blips/x.fr.md} for {@code
   * blips/x.md}.
   */
  public static String translationPath(String source, String lang) {
    int dot = source.lastIndexOf('.');
    return source.substring(0, dot) + "." + lang + source.substring(dot);
  }

  /** The source a translation translates: {@code blips/x.md} for {@code blips/x.fr.md}. */
  public static String translationSource(String path) {
    String lang = translationLanguage(path);
    if (lang == null) {
      return path;
    }
    int dot = path.lastIndexOf('.');
    return path.substring(0, dot - lang.length() - 1) + path.substring(dot);
  }

  private static final java.util.regex.Pattern TRANSLATION =
      java.util.regex.Pattern.compile("([^.]+)\\.([a-z]{2})\\.(md|yaml)");

  private static final java.util.Set<String> LANGUAGE_CODES =
      java.util.Set.of(java.util.Locale.getISOLanguages());

  /** A file to read: its real path and its content-relative path with {@code /} separators. */
  public record ContentFile(Path file, String path) {}

  /**
   * The total size of the files in bytes, as the file system reports it (a file that cannot be read
   * counts 0; validation reports it).
   */
  public long bytes() {
    long total = 0;
    List<ContentFile> read = sources();
    read.addAll(translations);
    for (ContentFile f : read) {
      try {
        total += Files.size(f.file());
      } catch (IOException e) {
        // Reported by the reader as file.unreadable.
      }
    }
    return total;
  }

  /** Every file that is not a translation: radar.yaml, about.md, then each folder's, in order. */
  public List<ContentFile> sources() {
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
        + translations.size()
        + (radarYaml.isPresent() ? 1 : 0)
        + (about.isPresent() ? 1 : 0);
  }
}
