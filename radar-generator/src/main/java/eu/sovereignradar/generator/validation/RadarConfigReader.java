package eu.sovereignradar.generator.validation;

import eu.sovereignradar.generator.content.YamlNode;
import eu.sovereignradar.generator.diagnostic.DiagnosticCollector;
import eu.sovereignradar.generator.diagnostic.SourcePosition;
import eu.sovereignradar.generator.model.Capability;
import eu.sovereignradar.generator.model.Edition;
import eu.sovereignradar.generator.model.Quadrant;
import eu.sovereignradar.generator.model.RadarSettings;
import eu.sovereignradar.generator.model.Ring;
import eu.sovereignradar.generator.score.Criterion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks radar.yaml and turns it into a {@link RadarSettings}. */
final class RadarConfigReader {
  static final List<String> KEYS =
      List.of(
          "title",
          "description",
          "language",
          "languages",
          "baseUrl",
          "editUrl",
          "edition",
          "quadrants",
          "rings",
          "scoring",
          "organisation",
          "assessment",
          "roadmap",
          "editions",
          "staleAfter",
          "repositoryUrl");
  static final List<String> EDITION_KEYS = List.of("id", "date", "previousDate");

  /** Keys of an item of radar.yaml's {@code editions}. */
  static final List<String> EDITIONS_KEYS = List.of("id", "date", "title", "summary");

  static final List<String> QUADRANT_KEYS = List.of("id", "title", "description", "capabilities");

  /** Keys of an item of a quadrant's {@code capabilities}. */
  static final List<String> CAPABILITY_KEYS = List.of("id", "title");

  static final List<String> RING_KEYS = List.of("id", "title", "description", "color");
  static final List<String> LANGUAGES = List.of("en", "fr", "de");
  static final int MAX_SECTIONS = 8;
  private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

  /** Used for rings without a colour: readable on white and on the dark theme. */
  private static final List<String> DEFAULT_COLORS =
      List.of(
          "#1b7f3b", "#1f5fa8", "#8a5a00", "#b3261e", "#6b4fa0", "#00796b", "#8e3b6b", "#555f6b");

  private RadarConfigReader() {}

  static Optional<RadarSettings> read(String path, YamlNode root, DiagnosticCollector out) {
    if (!(root instanceof YamlNode.Map map)) {
      out.error(
          "front-matter.not-a-map",
          new SourcePosition(path, root.line(), root.column()),
          "radar.yaml must be a map of keys (title, quadrants, rings, ...), but it is "
              + root.describe(),
          "see docs/content-format.md for an example");
      return Optional.empty();
    }
    Fields f = new Fields(path, map, out, "");
    f.warnUnknownKeys(KEYS, "radar.yaml");
    Optional<String> title = f.text("title", true);
    String description = f.text("description", false).orElse("");
    String language = "en";
    Optional<YamlNode> langNode = f.node("language");
    if (langNode.isPresent()) {
      Optional<String> lang = f.text("language", false);
      if (lang.isPresent() && LANGUAGES.contains(lang.get())) {
        language = lang.get();
      } else if (lang.isPresent()) {
        out.error(
            "radar.invalid-language",
            f.at(langNode.get()),
            "the language '" + lang.get() + "' is not supported",
            "use one of "
                + String.join(", ", LANGUAGES)
                + Suggestions.didYouMean(lang.get(), LANGUAGES));
      }
    }
    List<String> languages = languages(f, language, langNode.isPresent());
    if (!languages.isEmpty()) {
      language = languages.get(0);
    }
    String baseUrl = f.url("baseUrl", false).orElse(null);
    String editUrl = null;
    if (f.has("editUrl")) {
      editUrl = f.text("editUrl", false).orElse(null);
      // {path} is not legal in a URI, so check the address with a sample path in its place.
      if (editUrl != null && !Fields.isHttpUrl(editUrl.replace("{path}", "blips/x.md"))) {
        out.error(
            "field.invalid-url",
            f.at("editUrl"),
            "editUrl must be an http:// or https:// address, but it is '" + editUrl + "'",
            "e.g. https://gitlab.example.org/radar/-/edit/main/content/{path}");
        editUrl = null;
      } else if (editUrl != null && !editUrl.contains("{path}")) {
        out.error(
            "radar.invalid-edit-url",
            f.at("editUrl"),
            "editUrl must contain {path}, which is replaced by the file's path in the content folder",
            "e.g. https://gitlab.example.org/radar/-/edit/main/content/{path}");
        editUrl = null;
      }
    }
    Edition edition =
        f.node("edition")
            .flatMap(
                n -> f.asMap("edition", n, "write edition: {id: \"2026-11\", date: 2026-11-28}"))
            .flatMap(m -> edition(f.nested(m, "edition ")))
            .orElse(null);
    List<Edition> editions = editions(f);
    if (edition != null
        && !editions.isEmpty()
        && !edition.id().equals(editions.get(editions.size() - 1).id())) {
      // Both forms may stand together while a radar moves to the list, if they agree.
      out.error(
          "radar.edition-and-editions",
          f.at("edition"),
          "'edition' ("
              + edition.id()
              + ") is not the last of 'editions' ("
              + editions.get(editions.size() - 1).id()
              + ")",
          "remove 'edition': the last entry of 'editions' is the current edition");
    } else if (!editions.isEmpty()) {
      edition = editions.get(editions.size() - 1);
    } else if (edition != null) {
      editions = List.of(edition);
    }
    if (f.has("editions") && baseUrl == null) {
      out.warning(
          "radar.feed-without-base-url",
          f.at("editions"),
          "feed.xml lists the editions, but radar.yaml has no baseUrl, so its links are"
              + " relative and feed readers cannot open them",
          "set baseUrl to the address the site is published at");
    }
    int staleAfter = staleAfter(f);
    List<Quadrant> quadrants = quadrants(f);
    List<Ring> rings = rings(f);
    Map<String, Double> scoring = scoring(f);
    var organisation = AssessmentSettingsReader.organisation(f);
    var assessment = AssessmentSettingsReader.assessment(f);
    var roadmap = RoadmapSettingsReader.read(f);
    if (title.isEmpty() || quadrants.isEmpty() || rings.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new RadarSettings(
            title.get(),
            description,
            language,
            baseUrl,
            editUrl,
            edition,
            quadrants,
            rings,
            scoring,
            organisation,
            assessment,
            roadmap,
            editions,
            staleAfter,
            f.url("repositoryUrl", false).orElse(null),
            languages));
  }

  /**
   * radar.yaml's {@code languages}: the site's languages, the default first; empty when radar.yaml
   * names none (then the site is in {@code language} alone).
   */
  private static List<String> languages(Fields f, String language, boolean languageGiven) {
    List<String> result = new ArrayList<>();
    for (YamlNode item : f.list("languages")) {
      if (!(item instanceof YamlNode.Scalar s)) {
        f.out()
            .error(
                "radar.invalid-language",
                f.at(item),
                "each entry of languages must be a language code, but this one is "
                    + item.describe(),
                "write e.g. languages: [en, fr, de]");
        continue;
      }
      String lang = s.text();
      if (!LANGUAGES.contains(lang)) {
        f.out()
            .error(
                "radar.invalid-language",
                f.at(item),
                "the language '" + lang + "' is not supported",
                "use one of "
                    + String.join(", ", LANGUAGES)
                    + Suggestions.didYouMean(lang, LANGUAGES));
      } else if (result.contains(lang)) {
        f.out()
            .error(
                "radar.invalid-language",
                f.at(item),
                "the language '" + lang + "' is listed twice",
                "list each language once, the default first");
      } else {
        result.add(lang);
      }
    }
    if (!result.isEmpty() && languageGiven && !result.get(0).equals(language)) {
      f.out()
          .error(
              "radar.invalid-language",
              f.at("language"),
              "language is '"
                  + language
                  + "', but the first of languages (the default) is '"
                  + result.get(0)
                  + "'",
              "remove language: the first entry of languages is the default language");
    }
    return List.copyOf(result);
  }

  /**
   * radar.yaml's {@code editions}, oldest first, each with the date of the one before as its
   * previous date. Dates must increase and ids differ.
   */
  private static List<Edition> editions(Fields f) {
    List<Edition> result = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (YamlNode item : f.list("editions")) {
      Optional<YamlNode.Map> m =
          f.asMap("editions item", item, "each edition needs an id and a date");
      if (m.isEmpty()) {
        continue;
      }
      Fields e = f.nested(m.get(), "edition ");
      e.warnUnknownKeys(EDITIONS_KEYS, "an edition");
      Optional<String> id = e.text("id", true);
      Optional<LocalDate> date = e.date("date", true);
      String title = e.text("title", false).orElse(null);
      String summary = e.text("summary", false).orElse(null);
      if (id.isEmpty() || date.isEmpty()) {
        continue;
      }
      if (!Ids.isValid(id.get())) {
        e.out()
            .error(
                "field.invalid-id",
                e.atValue("id"),
                "edition id '" + id.get() + "' is not a valid id (it names pages)",
                "use lowercase letters, digits and hyphens, e.g. \"2026-11\"");
        continue;
      }
      if (!seen.add(id.get())) {
        e.out()
            .error(
                "radar.duplicate-id",
                e.atValue("id"),
                "the edition id '" + id.get() + "' is used twice",
                "give each edition its own id");
        continue;
      }
      Edition previous = result.isEmpty() ? null : result.get(result.size() - 1);
      if (previous != null && !date.get().isAfter(previous.date())) {
        e.out()
            .error(
                "radar.edition-order",
                e.atValue("date"),
                "edition '"
                    + id.get()
                    + "' is dated "
                    + date.get()
                    + ", not after the edition before it ('"
                    + previous.id()
                    + "', "
                    + previous.date()
                    + ")",
                "list the editions oldest first, newest last, each on a later date");
        continue;
      }
      result.add(
          new Edition(
              id.get(), date.get(), previous == null ? null : previous.date(), title, summary));
    }
    return result;
  }

  private static int staleAfter(Fields f) {
    if (!f.has("staleAfter")) {
      return RadarSettings.DEFAULT_STALE_AFTER;
    }
    Optional<Integer> n = f.count("staleAfter");
    if (n.isPresent() && n.get() < 1) {
      f.out()
          .error(
              "field.wrong-type",
              f.atValue("staleAfter"),
              "staleAfter must be at least 1 (editions)",
              "e.g. staleAfter: 3");
      return RadarSettings.DEFAULT_STALE_AFTER;
    }
    return n.orElse(RadarSettings.DEFAULT_STALE_AFTER);
  }

  private static Optional<Edition> edition(Fields f) {
    f.warnUnknownKeys(EDITION_KEYS, "edition");
    Optional<String> id = f.text("id", true);
    LocalDate date = f.date("date", false).orElse(null);
    LocalDate previous = f.date("previousDate", false).orElse(null);
    if (date != null && previous != null && !previous.isBefore(date)) {
      f.out()
          .error(
              "radar.edition-order",
              f.atValue("previousDate"),
              "edition previousDate (" + previous + ") must be before date (" + date + ")",
              "previousDate is the date of the edition before this one");
    }
    return id.map(i -> new Edition(i, date, previous));
  }

  private static List<Quadrant> quadrants(Fields f) {
    List<YamlNode> items = sectionList(f, "quadrants", "collaboration");
    List<Quadrant> result = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (YamlNode item : items) {
      Optional<YamlNode.Map> m =
          f.asMap("quadrants item", item, "each quadrant needs id, title and description");
      if (m.isEmpty()) {
        continue;
      }
      Fields q = f.nested(m.get(), "quadrant ");
      q.warnUnknownKeys(QUADRANT_KEYS, "a quadrant");
      Optional<String> id = q.id("id", true, "collaboration");
      Optional<String> title = q.text("title", true);
      String description = q.text("description", false).orElse("");
      List<Capability> capabilities = new ArrayList<>();
      Set<String> capIds = new HashSet<>();
      for (YamlNode c : q.list("capabilities")) {
        q.asMap(
                "capabilities item",
                c,
                "write each capability as {id: co-editing, title: Real-time co-editing}")
            .ifPresent(
                cm -> {
                  Fields cf = q.nested(cm, "capability ");
                  cf.warnUnknownKeys(CAPABILITY_KEYS, "a capability");
                  Optional<String> cid = cf.id("id", true, "co-editing");
                  Optional<String> ctitle = cf.text("title", true);
                  if (cid.isPresent() && !capIds.add(cid.get())) {
                    f.out()
                        .error(
                            "radar.duplicate-id",
                            cf.atValue("id"),
                            "the capability id '" + cid.get() + "' is used twice in this quadrant",
                            "give each capability its own id");
                  } else if (cid.isPresent() && ctitle.isPresent()) {
                    capabilities.add(new Capability(cid.get(), ctitle.get()));
                  }
                });
      }
      if (id.isPresent() && !seen.add(id.get())) {
        f.out()
            .error(
                "radar.duplicate-id",
                q.atValue("id"),
                "the quadrant id '" + id.get() + "' is used twice",
                "give each quadrant its own id");
      } else if (id.isPresent() && title.isPresent()) {
        result.add(new Quadrant(id.get(), title.get(), description, capabilities, result.size()));
      }
    }
    return items.size() == result.size() ? result : List.of();
  }

  private static List<Ring> rings(Fields f) {
    List<YamlNode> items = sectionList(f, "rings", "adopt");
    List<Ring> result = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (YamlNode item : items) {
      Optional<YamlNode.Map> m =
          f.asMap("rings item", item, "each ring needs id, title and description");
      if (m.isEmpty()) {
        continue;
      }
      Fields r = f.nested(m.get(), "ring ");
      r.warnUnknownKeys(RING_KEYS, "a ring");
      Optional<String> id = r.id("id", true, "adopt");
      Optional<String> title = r.text("title", true);
      String description = r.text("description", false).orElse("");
      String color = DEFAULT_COLORS.get(result.size() % DEFAULT_COLORS.size());
      Optional<String> c = r.text("color", false);
      if (c.isPresent()) {
        if (COLOR.matcher(c.get()).matches()) {
          color = c.get().toLowerCase(java.util.Locale.ROOT);
        } else {
          f.out()
              .error(
                  "radar.invalid-color",
                  r.atValue("color"),
                  "the ring colour '" + c.get() + "' is not #rrggbb",
                  "write a colour as six hex digits in quotes, e.g. color: \"#1b7f3b\"");
        }
      }
      if (id.isPresent() && !seen.add(id.get())) {
        f.out()
            .error(
                "radar.duplicate-id",
                r.atValue("id"),
                "the ring id '" + id.get() + "' is used twice",
                "give each ring its own id");
      } else if (id.isPresent() && title.isPresent()) {
        result.add(new Ring(id.get(), title.get(), description, color, result.size()));
      }
    }
    return items.size() == result.size() ? result : List.of();
  }

  private static List<YamlNode> sectionList(Fields f, String key, String example) {
    if (!f.has(key)) {
      f.out()
          .error(
              "field.required",
              f.at(key),
              "radar.yaml needs '" + key + "'",
              "add "
                  + key
                  + ": with 1 to "
                  + MAX_SECTIONS
                  + " entries, each with id and title (e.g. id: "
                  + example
                  + ")");
      return List.of();
    }
    List<YamlNode> items = f.list(key);
    if (items.isEmpty() || items.size() > MAX_SECTIONS) {
      f.out()
          .error(
              "radar.section-count",
              f.at(key),
              "radar.yaml has " + items.size() + " " + key + "; a radar has 1 to " + MAX_SECTIONS,
              "more than "
                  + MAX_SECTIONS
                  + " sectors or rings cannot be drawn legibly; merge some");
      return List.of();
    }
    return items;
  }

  /**
   * A finite number of 0 or more. YAML 1.1 also calls {@code 0x1F}, {@code 1_000}, {@code 0b101}
   * and {@code .inf} numbers; they are refused rather than crashing {@code Double.parseDouble}, and
   * an infinite or NaN weight would make every score meaningless.
   */
  static OptionalDouble weight(YamlNode node) {
    if (!(node instanceof YamlNode.Scalar s)
        || (s.kind() != YamlNode.Scalar.Kind.INTEGER && s.kind() != YamlNode.Scalar.Kind.FLOAT)) {
      return OptionalDouble.empty();
    }
    try {
      double value = Double.parseDouble(s.text());
      return Double.isFinite(value) && value >= 0
          ? OptionalDouble.of(value)
          : OptionalDouble.empty();
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }

  /**
   * Weight overrides by criterion id. Unknown ids are errors rather than warnings: a misspelt
   * criterion would silently leave the default weight in place, and the published scores would not
   * be what the editors decided.
   */
  private static Map<String, Double> scoring(Fields f) {
    Map<String, Double> weights = new LinkedHashMap<>();
    Optional<YamlNode> node = f.node("scoring");
    if (node.isEmpty()) {
      return weights;
    }
    List<String> known = Criterion.ids();
    f.asMap(
            "scoring",
            node.get(),
            "write one 'criterion: weight' per line, e.g. scoring: {licence: 30, jurisdiction: 25}")
        .ifPresent(
            m -> {
              for (YamlNode.Entry e : m.entries()) {
                if (Criterion.findById(e.key()).isEmpty()) {
                  f.out()
                      .error(
                          "radar.unknown-score-criterion",
                          new SourcePosition(f.path(), e.line(), e.column()),
                          "'"
                              + e.key()
                              + "' under scoring is not a criterion of the sovereignty score"
                              + Suggestions.didYouMean(e.key(), known),
                          "use one of "
                              + String.join(", ", known)
                              + " (see docs/sovereignty-score.md)");
                } else if (weight(e.value()).isPresent()) {
                  weights.put(e.key(), weight(e.value()).getAsDouble());
                } else {
                  f.out()
                      .error(
                          "radar.invalid-weight",
                          f.at(e.value()),
                          "the scoring weight '"
                              + e.key()
                              + "' must be a number of 0 or more, but it is "
                              + e.value().describe(),
                          "write a plain decimal number, e.g. " + e.key() + ": 20");
                }
              }
              double total = 0;
              for (Criterion c : Criterion.values()) {
                total += weights.getOrDefault(c.id(), c.defaultWeight());
              }
              if (total == 0) {
                f.out()
                    .error(
                        "radar.score-weights-zero",
                        f.at("scoring"),
                        "every scoring weight is 0, so no sovereignty score can be computed",
                        "give at least one criterion a weight above 0, or remove scoring to use the defaults");
              }
            });
    return weights;
  }
}
