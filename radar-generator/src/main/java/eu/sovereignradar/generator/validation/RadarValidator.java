package eu.sovereignradar.generator.validation;

import eu.sovereignradar.generator.content.ContentFiles;
import eu.sovereignradar.generator.content.ContentScanner;
import eu.sovereignradar.generator.content.FrontMatter;
import eu.sovereignradar.generator.content.YamlNode;
import eu.sovereignradar.generator.diagnostic.DiagnosticCollector;
import eu.sovereignradar.generator.diagnostic.SourcePosition;
import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.InventoryItem;
import eu.sovereignradar.generator.model.Page;
import eu.sovereignradar.generator.model.Product;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.model.RadarSettings;
import eu.sovereignradar.generator.model.RetiredBlip;
import eu.sovereignradar.generator.model.RoadmapStep;
import eu.sovereignradar.generator.model.SourceRef;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns the files of a content folder into a {@link Radar} plus diagnostics. Checks every file, in
 * parallel, and then the references between them, so one run reports every problem. The radar is
 * built only when there are no errors. Thread-safe.
 */
public final class RadarValidator {
  // Set for a localized read (localize): the language and its translations by source path.
  private final @Nullable String language;
  private final Map<String, TranslationReader.Translation> translations;
  // The files parsed for the last content folder read, shared by validate and localize (guarded
  // by this; the localized readers get their parent's).
  private @Nullable ContentFiles parsedFor;
  private @Nullable ParsedFiles parsed;

  public RadarValidator() {
    this(null, Map.of(), null, null);
  }

  private RadarValidator(
      @Nullable String language,
      Map<String, TranslationReader.Translation> translations,
      @Nullable ContentFiles parsedFor,
      @Nullable ParsedFiles parsed) {
    this.language = language;
    this.translations = translations;
    this.parsedFor = parsedFor;
    this.parsed = parsed;
  }

  /** The parsed files of {@code files}: the same for a validate and the localize after it. */
  private synchronized ParsedFiles parsed(ContentFiles files) {
    if (parsed == null || parsedFor != files) {
      parsed = ParsedFiles.forFiles(files);
      parsedFor = files;
    }
    return parsed;
  }

  /**
   * A radar read in one of radar.yaml's other languages, {@code lang}: each source file with a
   * translation gives its texts, the others keep the default language's, and {@code translated}
   * lists the sources that were translated (their content-relative paths), so pages can say which
   * are not.
   */
  public record Localized(String lang, Radar radar, Set<String> translated) {
    public Localized {
      translated = Set.copyOf(translated);
    }
  }

  /**
   * Reads {@code files} again in each of radar.yaml's languages but the default, with every valid
   * translation merged into its source; radar.yaml and the translations are read once for all of
   * them. Call it after {@link #validate} passed: its diagnostics were reported there. Problems
   * that only the merged texts cause (none when the translations passed their own checks) come back
   * as errors on the translations, and then the result is empty.
   */
  public Optional<List<Localized>> localize(ContentFiles files, DiagnosticCollector problems) {
    ParsedFiles read = parsed(files);
    try {
      return localize(files, read, problems);
    } finally {
      // The last reader of the files: what they parsed into need not outlive validation.
      read.release();
    }
  }

  private Optional<List<Localized>> localize(
      ContentFiles files, ParsedFiles read, DiagnosticCollector problems) {
    DiagnosticCollector ignored = new DiagnosticCollector();
    RadarSettings config =
        files.radarYaml().flatMap(f -> readConfig(f, read, ignored)).orElse(null);
    if (config == null) {
      return Optional.empty();
    }
    Map<String, Map<String, TranslationReader.Translation>> all =
        new TranslationReader(config, files, read).read(ignored);
    List<Localized> result = new ArrayList<>();
    for (String lang : config.languages().subList(1, config.languages().size())) {
      Map<String, TranslationReader.Translation> own = all.getOrDefault(lang, Map.of());
      DiagnosticCollector merged = new DiagnosticCollector();
      Optional<Radar> radar = new RadarValidator(lang, own, files, read).validate(files, merged);
      for (var d : merged.sorted()) {
        if (d.isError()) {
          TranslationReader.Translation t = own.get(d.position().path());
          String at = t == null ? d.position().path() : t.path();
          problems.error(
              "translation.rejected",
              SourcePosition.line(at, 1),
              "the " + lang + " site cannot be built: with its translation, " + d.message(),
              d.hint());
        }
      }
      if (merged.hasErrors() || radar.isEmpty()) {
        return Optional.empty();
      }
      result.add(new Localized(lang, radar.get(), own.keySet()));
    }
    return Optional.of(List.copyOf(result));
  }

  /** The document with its translation's texts merged in, in a localized read. */
  private Documents.Document translated(Documents.Document doc) {
    TranslationReader.Translation t = translations.get(doc.path());
    if (t == null) {
      return doc;
    }
    FrontMatter parts = doc.parts();
    if (t.hasBody() && t.parts() != null) {
      parts =
          new FrontMatter(parts.yaml(), parts.yamlLine(), t.parts().body(), t.parts().bodyLine());
    }
    return new Documents.Document(doc.path(), TranslationReader.merge(doc.frontMatter(), t), parts);
  }

  /** Validates {@code files}; returns the radar when there are no errors. */
  public Optional<Radar> validate(ContentFiles files, DiagnosticCollector out) {
    ParsedFiles parsedFiles = parsed(files);
    RadarSettings config =
        files.radarYaml().flatMap(f -> readConfig(f, parsedFiles, out)).orElse(null);
    if (config != null && language == null) {
      new TranslationReader(config, files, parsedFiles).read(out);
    } else if (config != null) {
      config = config.forLanguage(language);
    }

    Set<String> productIds = idsOf(files.products());
    ProductReader productReader = new ProductReader(config);
    List<Product> products = readAll(files.products(), parsedFiles, productReader::read, out);

    BlipReader blipReader = new BlipReader(config, productIds, files.blips().size());
    List<Blip> blips = readAll(files.blips(), parsedFiles, blipReader::read, out);

    // Retired blips keep a page but leave every chart, list and comparison: split them off here.
    Map<String, BlipReader.Retirement> retirements = blipReader.retirements();
    List<RetiredBlip> retired = new ArrayList<>();
    List<Blip> active = new ArrayList<>();
    for (Blip b : blips) {
      BlipReader.Retirement r = retirements.get(b.id());
      if (r == null) {
        active.add(b);
      } else {
        retired.add(new RetiredBlip(b, r.date(), r.reason()));
      }
    }
    retiredSoleAlternatives(active, retired, retirements, out);
    blips = active;
    // Inventory items and roadmap steps name blips: looked up by id, built once for both.
    Map<String, Blip> blipsById = new HashMap<>();
    blips.forEach(b -> blipsById.put(b.id(), b));
    Inventory read = inventory(files, parsedFiles, config, products, blipsById, out);
    List<InventoryItem> inventory = read.items();
    List<RoadmapStep> roadmap =
        roadmap(files, parsedFiles, config, inventory, blipsById, read.replaceAt(), out);

    tooManyTags(blips, out);
    duplicateIds(files.blips(), out);
    duplicateIds(files.products(), out);
    duplicateIds(files.inventory(), out);
    duplicateIds(files.roadmap(), out);
    unreplacedProducts(products, blipReader.replacedProductIds(), out);
    Page about = files.about().flatMap(f -> readAbout(f, parsedFiles, out)).orElse(null);

    if (config == null || out.hasErrors()) {
      return Optional.empty();
    }
    List<Blip> sortedBlips = new ArrayList<>(blips);
    sortedBlips.sort(
        Comparator.<Blip>comparingInt(b -> b.quadrant().index())
            .thenComparingInt(b -> b.ring().index())
            .thenComparing(b -> b.title().toLowerCase(Locale.ROOT))
            .thenComparing(Blip::id));
    List<Product> sortedProducts = new ArrayList<>(products);
    sortedProducts.sort(
        Comparator.<Product, String>comparing(p -> p.title().toLowerCase(Locale.ROOT))
            .thenComparing(Product::id));
    List<InventoryItem> sortedItems = new ArrayList<>(inventory);
    sortedItems.sort(Comparator.comparing(InventoryItem::id));
    List<RoadmapStep> sortedSteps = new ArrayList<>(roadmap);
    sortedSteps.sort(
        Comparator.comparing(RoadmapStep::start)
            .thenComparing(RoadmapStep::end)
            .thenComparing(RoadmapStep::id));
    retired.sort(Comparator.comparing(r -> r.blip().id()));
    return Optional.of(
        new Radar(config, sortedBlips, sortedProducts, about, sortedItems, sortedSteps, retired));
  }

  /** The items read, and where those to be replaced say so (for the roadmap's check). */
  private record Inventory(List<InventoryItem> items, Map<String, SourcePosition> replaceAt) {}

  /**
   * Reads the inventory after products and blips, which its items refer to. Without radar.yaml's
   * settings the items are still parsed, so their syntax errors are reported in the same run.
   */
  private Inventory inventory(
      ContentFiles files,
      ParsedFiles parsedFiles,
      @Nullable RadarSettings config,
      List<Product> products,
      Map<String, Blip> blipsById,
      DiagnosticCollector out) {
    if (files.inventory().isEmpty()) {
      return new Inventory(List.of(), Map.of());
    }
    if (config == null) {
      files.inventory().forEach(f -> parsedFiles.document(f, false, out));
      return new Inventory(List.of(), Map.of());
    }
    Map<String, Product> productsById = new HashMap<>();
    products.forEach(p -> productsById.put(p.id(), p));
    LocalDate reference = config.referenceDate();
    InventoryReader reader =
        new InventoryReader(config, productsById, blipsById, idsOf(files.inventory()), reference);
    List<InventoryItem> items = readAll(files.inventory(), parsedFiles, reader::read, out);
    return new Inventory(items, reader.replacePositions());
  }

  /**
   * Reads the roadmap's steps after the inventory and the blips they refer to, then checks them
   * together (circles, order, items no step moves).
   */
  private List<RoadmapStep> roadmap(
      ContentFiles files,
      ParsedFiles parsedFiles,
      @Nullable RadarSettings config,
      List<InventoryItem> inventory,
      Map<String, Blip> blipsById,
      Map<String, SourcePosition> replaceAt,
      DiagnosticCollector out) {
    if (files.roadmap().isEmpty()) {
      return List.of();
    }
    if (config == null) {
      files.roadmap().forEach(f -> parsedFiles.document(f, false, out));
      return List.of();
    }
    if (config.roadmap().phases().isEmpty() && files.radarYaml().isPresent()) {
      out.error(
          "roadmap.no-phases",
          SourcePosition.line(files.radarYaml().get().path(), 1),
          "roadmap/ has "
              + files.roadmap().size()
              + " step(s), but radar.yaml declares no roadmap phases",
          "add roadmap: {phases: [{id: pilot, title: Pilot, start: 2027-01-01, end: 2027-06-30}]}"
              + " to radar.yaml (see docs/roadmap.md)");
    }
    Map<String, InventoryItem> itemsById = new HashMap<>();
    inventory.forEach(i -> itemsById.put(i.id(), i));
    RoadmapReader reader =
        new RoadmapReader(
            config, itemsById, idsOf(files.inventory()), blipsById, idsOf(files.roadmap()));
    List<RoadmapReader.Read> steps = readAll(files.roadmap(), parsedFiles, reader::read, out);
    RoadmapChecks.check(steps, replaceAt, out);
    return steps.stream().map(RoadmapReader.Read::step).toList();
  }

  /** Reads one kind of content file: its id from its name, its front matter, then its fields. */
  @FunctionalInterface
  private interface DocumentReader<T> {
    Optional<T> read(String id, Documents.Document doc, DiagnosticCollector out);
  }

  /** Reads every file of one kind, in parallel; a file with errors gives nothing. */
  private <T> List<T> readAll(
      List<ContentFiles.ContentFile> files,
      ParsedFiles parsedFiles,
      DocumentReader<T> reader,
      DiagnosticCollector out) {
    return files.parallelStream()
        .flatMap(
            f ->
                Documents.id(f, out)
                    .flatMap(
                        id ->
                            parsedFiles
                                .document(f, false, out)
                                .map(this::translated)
                                .flatMap(doc -> reader.read(id, doc, out)))
                    .stream())
        .toList();
  }

  /**
   * Reads radar.yaml of {@code contentDirectory} alone, without listing the other files: for tools
   * that add content ({@code radar new}), which must check a ring or a quadrant even while other
   * files are still broken. Problems of radar.yaml go to {@code out}.
   *
   * @return the settings, or empty when radar.yaml is missing or its title, quadrants or rings are
   *     broken (a diagnostic in {@code out} says why)
   * @throws IOException when the content folder cannot be read
   */
  public static Optional<RadarSettings> readSettings(Path contentDirectory, DiagnosticCollector out)
      throws IOException {
    return ContentScanner.radarYaml(contentDirectory, out)
        .flatMap(f -> new RadarValidator().readConfig(f, ParsedFiles.uncached(), out));
  }

  /** Reads radar.yaml alone. */
  Optional<RadarSettings> readConfig(
      ContentFiles.ContentFile file, ParsedFiles parsedFiles, DiagnosticCollector out) {
    Optional<YamlNode> root = parsedFiles.yamlFile(file, out);
    if (root.isEmpty() && !out.hasErrorsIn(file.path())) {
      out.error(
          "field.required",
          SourcePosition.line(file.path(), 1),
          "radar.yaml is empty",
          "give the radar a title, quadrants and rings (see docs/content-format.md)");
    }
    return root.map(r -> translatedSettings(file.path(), r))
        .flatMap(r -> RadarConfigReader.read(file.path(), r, out));
  }

  private YamlNode translatedSettings(String path, YamlNode root) {
    TranslationReader.Translation t = translations.get(path);
    return t != null && root instanceof YamlNode.Map map ? TranslationReader.merge(map, t) : root;
  }

  private Optional<Page> readAbout(
      ContentFiles.ContentFile file, ParsedFiles parsedFiles, DiagnosticCollector out) {
    return parsedFiles
        .document(file, true, out)
        .map(this::translated)
        .map(
            doc -> {
              Fields f = new Fields(file.path(), doc.frontMatter(), out, "");
              f.warnUnknownKeys(List.of("title"), "about.md front matter");
              String title = f.text("title", false).orElse(null);
              return new Page(title, doc.parts().body(), new SourceRef(file.path()));
            });
  }

  private static Set<String> idsOf(List<ContentFiles.ContentFile> files) {
    Set<String> ids = new HashSet<>();
    for (ContentFiles.ContentFile f : files) {
      String name = f.path().substring(f.path().lastIndexOf('/') + 1);
      ids.add(name.substring(0, name.length() - 3));
    }
    return ids;
  }

  /** The tag pages multiply with the number of tags, so the radar's total is bounded. */
  private static void tooManyTags(List<Blip> blips, DiagnosticCollector out) {
    List<Blip> sorted = new ArrayList<>(blips);
    sorted.sort(Comparator.comparing(b -> b.source().path()));
    Set<String> tags = new HashSet<>();
    for (Blip b : sorted) {
      tags.addAll(b.tags());
      if (tags.size() > BlipReader.MAX_TAGS_TOTAL) {
        out.error(
            "radar.too-many-tags",
            SourcePosition.file(b.source().path()),
            "the radar has more than "
                + BlipReader.MAX_TAGS_TOTAL
                + " distinct tags (counting the"
                + " blips in file order, this one adds the first over the limit)",
            "merge similar tags; each tag is a page");
        return;
      }
    }
  }

  /** Ids differing only in case collide on case-insensitive file systems (macOS, Windows). */
  private static void duplicateIds(List<ContentFiles.ContentFile> files, DiagnosticCollector out) {
    Map<String, String> firstByLower = new HashMap<>();
    for (ContentFiles.ContentFile f : files) {
      String lower = f.path().toLowerCase(Locale.ROOT);
      String first = firstByLower.putIfAbsent(lower, f.path());
      if (first != null) {
        out.error(
            "file.duplicate-id",
            SourcePosition.file(f.path()),
            f.path() + " and " + first + " have the same id (ids are compared ignoring case)",
            "rename or merge one of the two files");
      }
    }
  }

  /** A retired blip that was the only alternative to a product leaves that product without one. */
  private static void retiredSoleAlternatives(
      List<Blip> active,
      List<RetiredBlip> retired,
      Map<String, BlipReader.Retirement> retirements,
      DiagnosticCollector out) {
    Set<String> stillReplaced = new HashSet<>();
    active.forEach(b -> b.replaces().forEach(r -> stillReplaced.add(r.productId())));
    for (RetiredBlip r : retired) {
      for (var replacement : r.blip().replaces()) {
        if (!stillReplaced.contains(replacement.productId())) {
          out.warning(
              "blip.retired-sole-alternative",
              retirements.get(r.blip().id()).at(),
              "the retired blip '"
                  + r.blip().id()
                  + "' was the only alternative to '"
                  + replacement.productId()
                  + "', which now has none",
              "add an alternative to '"
                  + replacement.productId()
                  + "' (replaces in another blip), or keep this blip on the radar");
        }
      }
    }
  }

  private static void unreplacedProducts(
      List<Product> products, Set<String> replaced, DiagnosticCollector out) {
    for (Product p : products) {
      if (!replaced.contains(p.id())) {
        out.warning(
            "product.unreplaced",
            SourcePosition.line(p.source().path(), 1),
            "no blip replaces the product '" + p.id() + "', so its comparison page is empty",
            "add '" + p.id() + "' to the replaces list of its alternatives, or remove the product");
      }
    }
  }
}
