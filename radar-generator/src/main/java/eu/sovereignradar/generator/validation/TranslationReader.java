package eu.sovereignradar.generator.validation;

import eu.sovereignradar.generator.content.ContentFiles;
import eu.sovereignradar.generator.content.FrontMatter;
import eu.sovereignradar.generator.content.YamlNode;
import eu.sovereignradar.generator.diagnostic.DiagnosticCollector;
import eu.sovereignradar.generator.diagnostic.SourcePosition;
import eu.sovereignradar.generator.model.RadarSettings;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the translations of a content folder ({@code blips/x.fr.md}, {@code radar.fr.yaml}, ...):
 * checks that each translates a source in a declared language and holds only what may be
 * translated, and keeps them so that a localized read can merge them into their sources.
 *
 * <p>What may be translated is described per kind of file as a {@link Shape}: texts, maps of known
 * keys, lists matched to the source's items by a key ({@code url}, {@code id}, {@code date}) or by
 * position. A key the source has but the shape does not (a ring, a licence, a date) is a fact, and
 * facts come from the source only ({@code translation.fact-field}). docs/translations.md.
 */
public final class TranslationReader {
  /** What a translation may hold in one place. */
  sealed interface Shape {}

  /** A text, translated. */
  record Text() implements Shape {}

  /** A map with these keys. */
  record Struct(Map<String, Shape> fields) implements Shape {}

  /** A list of maps, each matched to the source's item with the same value of {@code key}. */
  record Keyed(String key, Struct item) implements Shape {}

  /** A list matched to the source's list item by item: the same number, in the same order. */
  record Positional(Shape item) implements Shape {}

  /** A map from the source map's keys (capability ids, dimensions) to one struct each. */
  record ById(Struct item) implements Shape {}

  private static final Shape TEXT = new Text();
  private static final String TRANSLATED_FROM = "translatedFrom";

  private static Struct struct(Object... keysAndShapes) {
    Map<String, Shape> fields = new LinkedHashMap<>();
    for (int i = 0; i < keysAndShapes.length; i += 2) {
      fields.put((String) keysAndShapes[i], (Shape) keysAndShapes[i + 1]);
    }
    return new Struct(fields);
  }

  private static Keyed keyedTitles(String... extra) {
    Object[] fields = new Object[extra.length * 2 + 2];
    fields[0] = "title";
    fields[1] = TEXT;
    for (int i = 0; i < extra.length; i++) {
      fields[2 + 2 * i] = extra[i];
      fields[3 + 2 * i] = TEXT;
    }
    return new Keyed("id", struct(fields));
  }

  /** The translatable fields of each kind of file, by the source's folder (or file name). */
  static final Map<String, Struct> SHAPES =
      Map.of(
          "blips",
          struct(
              "title", TEXT,
              "summary", TEXT,
              "licenceNote", TEXT,
              "links", new Keyed("url", struct("title", TEXT)),
              "replaces", new Keyed("product", struct("notes", TEXT)),
              "capabilities", new ById(struct("note", TEXT)),
              "history", new Keyed("date", struct("note", TEXT))),
          "products",
          struct("title", TEXT, "summary", TEXT, "jurisdiction", TEXT),
          "inventory",
          struct(
              "title", TEXT,
              "processes", new Positional(TEXT),
              "assessment", new ById(struct("evidence", TEXT))),
          "roadmap",
          struct(
              "title", TEXT,
              "owner", TEXT,
              "rollback", TEXT,
              "actions", new Positional(struct("title", TEXT))),
          "about.md",
          struct("title", TEXT),
          "radar.yaml",
          struct(
              "title", TEXT,
              "description", TEXT,
              "editions", keyedTitles("summary"),
              "organisation", struct("name", TEXT, "units", keyedTitles()),
              "roadmap", struct("phases", keyedTitles(), "lanes", keyedTitles()),
              "quadrants",
                  new Keyed(
                      "id",
                      struct(
                          "title", TEXT,
                          "description", TEXT,
                          "capabilities", keyedTitles())),
              "rings", keyedTitles("description"),
              "assessment", struct("dimensions", keyedTitles(), "dataClasses", keyedTitles())));

  /** One checked translation: its front matter (or radar.yaml tree) and body, to merge. */
  record Translation(
      String lang,
      String path,
      String source,
      YamlNode.Map tree,
      @Nullable FrontMatter parts,
      boolean hasBody) {}

  private final RadarSettings config;
  private final ContentFiles files;
  private final ParsedFiles parsed;
  private final Map<String, ContentFiles.ContentFile> sources = new LinkedHashMap<>();

  TranslationReader(RadarSettings config, ContentFiles files, ParsedFiles parsed) {
    this.config = config;
    this.files = files;
    this.parsed = parsed;
    files.sources().forEach(f -> sources.put(f.path(), f));
  }

  /**
   * Checks every translation and reports, for each language but the default, the sources without
   * one ({@code translation.missing}). Returns the usable translations by language, then by source
   * path.
   */
  Map<String, Map<String, Translation>> read(DiagnosticCollector out) {
    Map<String, Map<String, Translation>> byLanguage = new HashMap<>();
    // A translation with errors is reported as such, not also as missing.
    Set<String> attempted = new HashSet<>();
    // In parallel, as the sources are: each check parses its translation and its source, and the
    // source's parse is the one its own reader then takes from ParsedFiles.
    List<Optional<Translation>> read =
        files.translations().parallelStream().map(file -> read(file, out)).toList();
    for (ContentFiles.ContentFile file : files.translations()) {
      attempted.add(
          ContentFiles.translationLanguage(file.path())
              + " "
              + ContentFiles.translationSource(file.path()));
    }
    for (Optional<Translation> t : read) {
      t.ifPresent(
          x -> byLanguage.computeIfAbsent(x.lang(), l -> new HashMap<>()).put(x.source(), x));
    }
    List<String> sorted = new ArrayList<>(sources.keySet());
    sorted.sort(null);
    for (String lang : config.languages().subList(1, config.languages().size())) {
      Map<String, Translation> translated = byLanguage.getOrDefault(lang, Map.of());
      for (String source : sorted) {
        if (!translated.containsKey(source) && !attempted.contains(lang + " " + source)) {
          out.warning(
              "translation.missing",
              SourcePosition.line(source, 1),
              source
                  + " has no "
                  + languageName(lang)
                  + " translation: the /"
                  + lang
                  + "/ site shows its "
                  + languageName(config.defaultLanguage())
                  + " text with a notice",
              "create "
                  + ContentFiles.translationPath(source, lang)
                  + " (radar new --lang "
                  + lang
                  + " ...)");
        }
      }
    }
    return byLanguage;
  }

  static String languageName(String lang) {
    return Locale.forLanguageTag(lang).getDisplayLanguage(Locale.ENGLISH);
  }

  private Optional<Translation> read(ContentFiles.ContentFile file, DiagnosticCollector out) {
    String lang = ContentFiles.translationLanguage(file.path());
    String source = ContentFiles.translationSource(file.path());
    if (lang == null) {
      return Optional.empty();
    }
    if (!config.languages().contains(lang) || lang.equals(config.defaultLanguage())) {
      List<String> others = config.languages().subList(1, config.languages().size());
      out.error(
          "translation.unknown-language",
          SourcePosition.file(file.path()),
          lang.equals(config.defaultLanguage())
              ? file.path() + " translates into the default language '" + lang + "'"
              : file.path()
                  + " is a translation into '"
                  + lang
                  + "', which radar.yaml's languages do not list",
          others.isEmpty()
              ? "add the language to radar.yaml, e.g. languages: ["
                  + config.defaultLanguage()
                  + ", "
                  + lang
                  + "]"
              : "translate into one of "
                  + String.join(", ", others)
                  + ", or add '"
                  + lang
                  + "' to radar.yaml's languages");
      return Optional.empty();
    }
    String kind = kind(source);
    if (kind == null || !sources.containsKey(source)) {
      out.error(
          "translation.unknown-source",
          SourcePosition.file(file.path()),
          file.path() + " translates " + source + ", which does not exist",
          "name the translation after its source: "
              + (kind == null
                  ? "about." + lang + ".md or radar." + lang + ".yaml"
                  : "<id>." + lang + ".md beside <id>.md")
              + Suggestions.didYouMean(source, sources.keySet()));
      return Optional.empty();
    }
    Optional<YamlNode.Map> sourceTree = sourceTree(source);
    if (sourceTree.isEmpty()) {
      // The source is broken: its own diagnostics say why; the translation waits for it.
      return Optional.empty();
    }
    boolean before = out.hasErrorsIn(file.path());
    Optional<Tree> read = tree(file, parsed, true, out);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    YamlNode.Map tree = read.get().map();
    FrontMatter parts = read.get().parts();
    Fields f = new Fields(file.path(), tree, out, "");
    Struct shape = SHAPES.get(kind);
    check(f, tree, sourceTree.get(), shape);
    checkDate(f, sourceTree.get());
    boolean hasBody = parts != null && !parts.body().isBlank();
    if (parts != null && !hasBody) {
      out.warning(
          "translation.empty-body",
          SourcePosition.line(file.path(), parts.bodyLine()),
          file.path() + " has no text after its front matter, so its page shows the source's",
          "translate the body of " + source + " below the front matter");
    }
    if (!before && out.hasErrorsIn(file.path())) {
      return Optional.empty();
    }
    return Optional.of(new Translation(lang, file.path(), source, tree, parts, hasBody));
  }

  /** The kind of source: its folder, or about.md or radar.yaml; null for anything else. */
  private static @Nullable String kind(String source) {
    int slash = source.indexOf('/');
    if (slash < 0) {
      return source.equals("about.md") || source.equals("radar.yaml") ? source : null;
    }
    String folder = source.substring(0, slash);
    return SHAPES.containsKey(folder) ? folder : null;
  }

  /**
   * The source's front matter (or radar.yaml), read as its own reader reads it (about.md's front
   * matter is optional, the others' is not), so that the parse is shared; its problems are reported
   * there.
   */
  Optional<YamlNode.Map> sourceTree(String source) {
    ContentFiles.ContentFile file = sources.get(source);
    return file == null
        ? Optional.empty()
        : tree(file, parsed, source.indexOf('/') < 0, new DiagnosticCollector()).map(Tree::map);
  }

  /**
   * A file's YAML map: radar.yaml's (or a translation of it) whole, a Markdown file's front matter.
   */
  private record Tree(YamlNode.Map map, @Nullable FrontMatter parts) {}

  private static Optional<Tree> tree(
      ContentFiles.ContentFile file,
      ParsedFiles parsed,
      boolean optionalFrontMatter,
      DiagnosticCollector out) {
    if (file.path().endsWith(".md")) {
      return parsed
          .document(file, optionalFrontMatter, out)
          .map(doc -> new Tree(doc.frontMatter(), doc.parts()));
    }
    return parsed
        .yamlFile(file, out)
        .flatMap(
            root -> {
              if (root instanceof YamlNode.Map map) {
                return Optional.of(new Tree(map, null));
              }
              out.error(
                  "front-matter.not-a-map",
                  new SourcePosition(file.path(), root.line(), root.column()),
                  file.path()
                      + " must be a map of keys (title, quadrants, ...), but it is "
                      + root.describe(),
                  "see docs/translations.md for an example");
              return Optional.empty();
            });
  }

  /** Checks one map of a translation against its shape and the source's map at the same place. */
  private void check(Fields f, YamlNode.Map map, YamlNode.Map source, Struct shape) {
    for (YamlNode.Entry e : map.entries()) {
      String key = e.key();
      if (f.context().isEmpty() && key.equals(TRANSLATED_FROM)) {
        continue;
      }
      Shape field = shape.fields().get(key);
      if (field == null) {
        unknownKey(f, e, source, shape);
        continue;
      }
      Optional<YamlNode.Entry> sourceEntry = source.find(key);
      if (sourceEntry.isEmpty()) {
        f.out()
            .error(
                "translation.unmatched",
                f.at(key),
                f.context() + "'" + key + "' translates nothing: the source has no '" + key + "'",
                "remove '" + key + "' from the translation");
        continue;
      }
      checkValue(f, key, e.value(), sourceEntry.get().value(), field);
    }
  }

  private void unknownKey(Fields f, YamlNode.Entry e, YamlNode.Map source, Struct shape) {
    List<String> allowed = new ArrayList<>(shape.fields().keySet());
    if (f.context().isEmpty()) {
      allowed.add(TRANSLATED_FROM);
    }
    if (source.find(e.key()).isPresent()) {
      f.out()
          .error(
              "translation.fact-field",
              f.at(e.key()),
              f.context()
                  + "'"
                  + e.key()
                  + "' is a fact, which comes from the source file only: a translation holds"
                  + " only the texts to translate",
              "remove '" + e.key() + "'; a translation may hold " + String.join(", ", allowed));
    } else {
      f.out()
          .error(
              "translation.unknown-field",
              f.at(e.key()),
              f.context() + "'" + e.key() + "' is not a field a translation can hold",
              "a translation may hold "
                  + String.join(", ", allowed)
                  + Suggestions.didYouMean(e.key(), allowed));
    }
  }

  private void checkValue(Fields f, String key, YamlNode value, YamlNode source, Shape shape) {
    if (shape instanceof Text) {
      f.text(key, false);
    } else if (shape instanceof Struct s) {
      Optional<YamlNode.Map> m = f.asMap(key, value, "write " + key + ": {...}");
      if (m.isPresent() && source instanceof YamlNode.Map sm) {
        check(f.nested(m.get(), f.context() + key + ": "), m.get(), sm, s);
      }
    } else if (shape instanceof Keyed k) {
      checkKeyed(f, key, source, k);
    } else if (shape instanceof Positional p) {
      checkPositional(f, key, value, source, p);
    } else if (shape instanceof ById b) {
      checkById(f, key, value, source, b);
    }
  }

  private void checkKeyed(Fields f, String key, YamlNode source, Keyed shape) {
    Map<String, YamlNode.Map> byKey = keyedItems(source, shape.key());
    for (YamlNode item : f.list(key)) {
      Optional<YamlNode.Map> m =
          f.asMap(key + " item", item, "each item names its " + shape.key() + " and its texts");
      if (m.isEmpty()) {
        continue;
      }
      Fields itemFields = f.nested(m.get(), f.context() + key + " item: ");
      Optional<YamlNode.Entry> id = m.get().find(shape.key());
      String idText = id.map(e -> scalarText(e.value())).orElse(null);
      YamlNode.Map sourceItem = idText == null ? null : byKey.get(idText);
      if (sourceItem == null) {
        f.out()
            .error(
                "translation.unmatched",
                id.isPresent() ? itemFields.at(shape.key()) : f.at(item),
                f.context()
                    + key
                    + " item "
                    + (idText == null
                        ? "has no '" + shape.key() + "'"
                        : "'" + idText + "' matches no item of the source's " + key),
                "give each item the '"
                    + shape.key()
                    + "' of the source item it translates"
                    + (idText == null ? "" : Suggestions.didYouMean(idText, byKey.keySet())));
        continue;
      }
      Map<String, Shape> fields = new LinkedHashMap<>(shape.item().fields());
      YamlNode.Map withoutKey =
          new YamlNode.Map(
              m.get().entries().stream().filter(e -> !e.key().equals(shape.key())).toList(),
              m.get().line(),
              m.get().column());
      check(itemFields, withoutKey, sourceItem, new Struct(fields));
    }
  }

  private void checkPositional(
      Fields f, String key, YamlNode value, YamlNode source, Positional shape) {
    List<YamlNode> items = f.list(key);
    List<YamlNode> sourceItems =
        source instanceof YamlNode.Sequence s ? s.items() : List.<YamlNode>of();
    if (items.size() != sourceItems.size() && value instanceof YamlNode.Sequence) {
      f.out()
          .error(
              "translation.unmatched",
              f.at(key),
              f.context()
                  + key
                  + " has "
                  + items.size()
                  + " item(s), the source "
                  + sourceItems.size()
                  + ": its items are matched by position",
              "translate every item of the source's " + key + ", in the same order");
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      YamlNode item = items.get(i);
      if (shape.item() instanceof Text) {
        if (!(item instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Scalar.Kind.STRING) {
          f.out()
              .error(
                  "field.wrong-type",
                  f.at(item),
                  f.context() + key + " item " + (i + 1) + " must be a text",
                  "write the translated text");
        }
      } else if (shape.item() instanceof Struct s
          && f.asMap(key + " item", item, "write {title: ...}").isPresent()
          && sourceItems.get(i) instanceof YamlNode.Map sm) {
        YamlNode.Map m = (YamlNode.Map) item;
        check(f.nested(m, f.context() + key + " item " + (i + 1) + ": "), m, sm, s);
      }
    }
  }

  private void checkById(Fields f, String key, YamlNode value, YamlNode source, ById shape) {
    Optional<YamlNode.Map> m = f.asMap(key, value, "write " + key + ": {id: {...}}");
    if (m.isEmpty()) {
      return;
    }
    YamlNode.Map sourceMap =
        source instanceof YamlNode.Map sm ? sm : new YamlNode.Map(List.of(), 1, 1);
    Fields nested = f.nested(m.get(), f.context() + key + ": ");
    for (YamlNode.Entry e : m.get().entries()) {
      Optional<YamlNode.Entry> sourceEntry = sourceMap.find(e.key());
      if (sourceEntry.isEmpty() || !(sourceEntry.get().value() instanceof YamlNode.Map sv)) {
        List<String> keys = sourceMap.entries().stream().map(YamlNode.Entry::key).toList();
        f.out()
            .error(
                "translation.unmatched",
                nested.at(e.key()),
                f.context()
                    + key
                    + " '"
                    + e.key()
                    + "' translates nothing: the source has no "
                    + String.join(" or ", shape.item().fields().keySet())
                    + " for it",
                "translate only what the source's "
                    + key
                    + " has"
                    + Suggestions.didYouMean(e.key(), keys));
        continue;
      }
      Optional<YamlNode.Map> item = nested.asMap(e.key(), e.value(), "write {...}");
      if (item.isPresent()) {
        check(
            nested.nested(item.get(), nested.context() + e.key() + ": "),
            item.get(),
            sv,
            shape.item());
      }
    }
  }

  /** {@code translatedFrom}, and whether the source was reviewed after it. */
  private void checkDate(Fields f, YamlNode.Map source) {
    Optional<LocalDate> from = f.date(TRANSLATED_FROM, false);
    if (!f.has(TRANSLATED_FROM)) {
      f.out()
          .warning(
              "translation.undated",
              SourcePosition.line(f.path(), 1),
              f.path() + " has no translatedFrom date, so nobody can tell when it falls behind",
              "add translatedFrom: the source's reviewed date (or today's) when you translated it");
      return;
    }
    LocalDate reviewed =
        source
            .find("reviewed")
            .map(e -> scalarText(e.value()))
            .map(TranslationReader::date)
            .orElse(null);
    if (from.isPresent() && reviewed != null && reviewed.isAfter(from.get())) {
      f.out()
          .warning(
              "translation.outdated",
              f.at(TRANSLATED_FROM),
              "the source was reviewed on "
                  + reviewed
                  + ", after this translation (translatedFrom "
                  + from.get()
                  + "): it may say something the source no longer says",
              "compare with the source, update the translation and set translatedFrom: "
                  + reviewed);
    }
  }

  private static @Nullable LocalDate date(@Nullable String text) {
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static @Nullable String scalarText(YamlNode node) {
    return node instanceof YamlNode.Scalar s ? s.text() : null;
  }

  private static Map<String, YamlNode.Map> keyedItems(YamlNode source, String key) {
    Map<String, YamlNode.Map> byKey = new LinkedHashMap<>();
    if (source instanceof YamlNode.Sequence s) {
      for (YamlNode item : s.items()) {
        if (item instanceof YamlNode.Map m) {
          m.find(key).map(e -> scalarText(e.value())).ifPresent(k -> byKey.putIfAbsent(k, m));
        }
      }
    }
    return byKey;
  }

  // Drafting: what `radar new --lang` writes for a translator to translate.

  /**
   * A new translation of {@code source} (content-relative, e.g. {@code blips/x.md}) into {@code
   * lang}: the source's translatable texts, still in the source's language, and its body, for a
   * translator to overwrite. Empty when the source cannot be read or cannot be translated.
   *
   * @param today the {@code translatedFrom} date when the source has no {@code reviewed} date
   */
  public static Optional<String> draft(
      ContentFiles.ContentFile source, String lang, LocalDate today) {
    String kind = kind(source.path());
    if (kind == null) {
      return Optional.empty();
    }
    Optional<Tree> read = tree(source, ParsedFiles.uncached(), true, new DiagnosticCollector());
    if (read.isEmpty()) {
      return Optional.empty();
    }
    YamlNode.Map tree = read.get().map();
    String body = read.get().parts() == null ? null : read.get().parts().body();
    StringBuilder out = new StringBuilder();
    String name = languageName(lang);
    if (body != null) {
      out.append("---\n");
    }
    out.append("# ")
        .append(name)
        .append(" translation of ")
        .append(source.path())
        .append(": translate the texts below")
        .append(body == null ? "" : " and the body")
        .append(". Facts (ring, licence, dates...) come from the source;\n")
        .append("# keys such as url, product, date and id only say which source item a text")
        .append(" belongs to. See docs/translations.md.\n");
    LocalDate reviewed =
        tree.find("reviewed")
            .map(e -> scalarText(e.value()))
            .map(TranslationReader::date)
            .orElse(null);
    out.append("translatedFrom: ").append(reviewed != null ? reviewed : today).append('\n');
    draftMap(tree, SHAPES.get(kind), "", out);
    if (body != null) {
      out.append("---\n").append(body);
      if (!body.endsWith("\n")) {
        out.append('\n');
      }
    }
    return Optional.of(out.toString());
  }

  private static void draftMap(
      YamlNode.Map source, Struct shape, String indent, StringBuilder out) {
    for (YamlNode.Entry e : source.entries()) {
      Shape field = shape.fields().get(e.key());
      if (field != null && hasText(e.value(), field)) {
        draftValue(e.key(), e.value(), field, indent, out);
      }
    }
  }

  private static void draftValue(
      String key, YamlNode value, Shape shape, String indent, StringBuilder out) {
    if (shape instanceof Text) {
      out.append(indent).append(key).append(": ").append(quoted(scalarText(value))).append('\n');
    } else if (shape instanceof Struct s && value instanceof YamlNode.Map m) {
      out.append(indent).append(key).append(":\n");
      draftMap(m, s, indent + "  ", out);
    } else if (shape instanceof Keyed k && value instanceof YamlNode.Sequence seq) {
      out.append(indent).append(key).append(":\n");
      for (YamlNode item : seq.items()) {
        if (item instanceof YamlNode.Map m && hasText(m, k.item())) {
          String id = m.find(k.key()).map(x -> scalarText(x.value())).orElse(null);
          if (id != null) {
            out.append(indent)
                .append("  - ")
                .append(k.key())
                .append(": ")
                .append(quoted(id))
                .append('\n');
            draftMap(m, k.item(), indent + "    ", out);
          }
        }
      }
    } else if (shape instanceof Positional p && value instanceof YamlNode.Sequence seq) {
      out.append(indent).append(key).append(":\n");
      for (YamlNode item : seq.items()) {
        if (p.item() instanceof Text) {
          out.append(indent).append("  - ").append(quoted(scalarText(item))).append('\n');
        } else if (p.item() instanceof Struct s && item instanceof YamlNode.Map m) {
          // Every item, so that the translation keeps the source's positions.
          List<String> lines = new ArrayList<>();
          for (YamlNode.Entry e : m.entries()) {
            if (s.fields().get(e.key()) instanceof Text) {
              lines.add(e.key() + ": " + quoted(scalarText(e.value())));
            }
          }
          for (int i = 0; i < lines.size(); i++) {
            out.append(indent).append(i == 0 ? "  - " : "    ").append(lines.get(i)).append('\n');
          }
        }
      }
    } else if (shape instanceof ById b && value instanceof YamlNode.Map m) {
      out.append(indent).append(key).append(":\n");
      for (YamlNode.Entry e : m.entries()) {
        if (e.value() instanceof YamlNode.Map item && hasText(item, b.item())) {
          out.append(indent).append("  ").append(e.key()).append(":\n");
          draftMap(item, b.item(), indent + "    ", out);
        }
      }
    }
  }

  /** Whether {@code value} holds a text that {@code shape} translates. */
  private static boolean hasText(YamlNode value, Shape shape) {
    if (shape instanceof Text) {
      return value instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.STRING;
    }
    if (shape instanceof Struct s && value instanceof YamlNode.Map m) {
      return m.entries().stream()
          .anyMatch(
              e -> s.fields().containsKey(e.key()) && hasText(e.value(), s.fields().get(e.key())));
    }
    if (shape instanceof Keyed k && value instanceof YamlNode.Sequence seq) {
      return seq.items().stream().anyMatch(i -> hasText(i, k.item()));
    }
    if (shape instanceof Positional p && value instanceof YamlNode.Sequence seq) {
      return !seq.items().isEmpty() && seq.items().stream().allMatch(i -> hasText(i, p.item()));
    }
    if (shape instanceof ById b && value instanceof YamlNode.Map m) {
      return m.entries().stream().anyMatch(e -> hasText(e.value(), b.item()));
    }
    return false;
  }

  /** A YAML double-quoted scalar: safe for any text, whatever colons or quotes it holds. */
  private static String quoted(@Nullable String text) {
    StringBuilder q = new StringBuilder("\"");
    String t = text == null ? "" : text;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '"' || c == '\\') {
        q.append('\\').append(c);
      } else if (c == '\n') {
        q.append("\\n");
      } else if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029) {
        q.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        q.append(c);
      }
    }
    return q.append('"').toString();
  }

  // Merging: the source's tree with the translation's texts in place, read again by the readers.

  /** The source's front matter (or radar.yaml tree) with the translation's texts merged in. */
  static YamlNode.Map merge(YamlNode.Map source, Translation t) {
    String kind = kind(t.source());
    return mergeMap(source, t.tree(), SHAPES.get(kind == null ? "about.md" : kind));
  }

  private static YamlNode.Map mergeMap(YamlNode.Map source, YamlNode.Map tr, Struct shape) {
    List<YamlNode.Entry> entries = new ArrayList<>();
    for (YamlNode.Entry e : source.entries()) {
      Shape field = shape.fields().get(e.key());
      Optional<YamlNode.Entry> t = tr.find(e.key());
      entries.add(
          field == null || t.isEmpty()
              ? e
              : new YamlNode.Entry(
                  e.key(), e.line(), e.column(), mergeValue(e.value(), t.get().value(), field)));
    }
    return new YamlNode.Map(entries, source.line(), source.column());
  }

  private static YamlNode mergeValue(YamlNode source, YamlNode tr, Shape shape) {
    if (shape instanceof Text) {
      return tr;
    }
    if (shape instanceof Struct s) {
      return source instanceof YamlNode.Map sm && tr instanceof YamlNode.Map tm
          ? mergeMap(sm, tm, s)
          : source;
    }
    if (shape instanceof Keyed k && source instanceof YamlNode.Sequence seq) {
      Map<String, YamlNode.Map> byKey = keyedItems(tr, k.key());
      List<YamlNode> items = new ArrayList<>();
      for (YamlNode item : seq.items()) {
        YamlNode.Map match =
            item instanceof YamlNode.Map m
                ? m.find(k.key()).map(e -> scalarText(e.value())).map(byKey::get).orElse(null)
                : null;
        items.add(match == null ? item : mergeMap((YamlNode.Map) item, match, k.item()));
      }
      return new YamlNode.Sequence(items, seq.line(), seq.column());
    }
    if (shape instanceof Positional p
        && source instanceof YamlNode.Sequence seq
        && tr instanceof YamlNode.Sequence ts
        && ts.items().size() == seq.items().size()) {
      List<YamlNode> items = new ArrayList<>();
      for (int i = 0; i < seq.items().size(); i++) {
        items.add(mergeValue(seq.items().get(i), ts.items().get(i), p.item()));
      }
      return new YamlNode.Sequence(items, seq.line(), seq.column());
    }
    if (shape instanceof ById b
        && source instanceof YamlNode.Map sm
        && tr instanceof YamlNode.Map tm) {
      List<YamlNode.Entry> entries = new ArrayList<>();
      for (YamlNode.Entry e : sm.entries()) {
        Optional<YamlNode.Entry> t = tm.find(e.key());
        entries.add(
            t.isEmpty()
                ? e
                : new YamlNode.Entry(
                    e.key(),
                    e.line(),
                    e.column(),
                    mergeValue(e.value(), t.get().value(), b.item())));
      }
      return new YamlNode.Map(entries, sm.line(), sm.column());
    }
    return source;
  }
}
