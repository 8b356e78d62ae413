package eu.sovereignradar.generator.validation;

import eu.sovereignradar.generator.content.YamlNode;
import eu.sovereignradar.generator.diagnostic.DiagnosticCollector;
import eu.sovereignradar.generator.diagnostic.SourcePosition;
import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.BlipKind;
import eu.sovereignradar.generator.model.CapabilityStatement;
import eu.sovereignradar.generator.model.Countries;
import eu.sovereignradar.generator.model.Country;
import eu.sovereignradar.generator.model.Coverage;
import eu.sovereignradar.generator.model.HistoryEntry;
import eu.sovereignradar.generator.model.Hosting;
import eu.sovereignradar.generator.model.Licence;
import eu.sovereignradar.generator.model.Link;
import eu.sovereignradar.generator.model.MarkdownBody;
import eu.sovereignradar.generator.model.Movement;
import eu.sovereignradar.generator.model.Quadrant;
import eu.sovereignradar.generator.model.RadarSettings;
import eu.sovereignradar.generator.model.Replacement;
import eu.sovereignradar.generator.model.Ring;
import eu.sovereignradar.generator.model.SourceRef;
import eu.sovereignradar.generator.model.Support;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Checks one blip's front matter and body and builds the {@link Blip}. */
final class BlipReader {
  /** Tags per blip: each tag is a page, and every blip page lists its tags. */
  static final int MAX_TAGS = 20;

  /** Distinct tags in the whole radar, for the same reason. */
  static final int MAX_TAGS_TOTAL = 500;

  static final List<String> KEYS =
      List.of(
          "title",
          "kind",
          "ring",
          "quadrant",
          "summary",
          "tags",
          "licence",
          "licenceNote",
          "vendor",
          "origin",
          "hosting",
          "website",
          "source",
          "links",
          "replaces",
          "capabilities",
          "history",
          "reviewed",
          "retired");

  /** Keys of {@code retired}. */
  static final List<String> RETIRED_KEYS = List.of("date", "reason");

  /** Keys of a {@code links} item. */
  static final List<String> LINK_KEYS = List.of("title", "url");

  /** Keys of a {@code replaces} entry written as a map. */
  static final List<String> REPLACES_KEYS = List.of("product", "coverage", "notes");

  /** Keys of a capability written as a map instead of a bare yes, partial or no. */
  static final List<String> CAPABILITY_KEYS = List.of("value", "note");

  /** Keys of a {@code history} entry. */
  static final List<String> HISTORY_KEYS = List.of("date", "ring", "note");

  /**
   * From this many blip files on, the model holds each body deflated ({@link MarkdownBody}): at
   * 100,000 blips that is 214 MB less (340 → 126 MB), for 1–2 % more CPU, which no radar of a few
   * thousand blips needs to pay.
   */
  static final int DEFLATE_BODIES_FROM = 20_000;

  private final @Nullable RadarSettings config;
  private final Set<String> productIds;
  private final boolean deflateBodies;
  private final Set<String> replaced = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** A blip's {@code retired}, and where it says so. */
  record Retirement(LocalDate date, String reason, SourcePosition at) {}

  private final Map<String, Retirement> retirements =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * @param config the radar, or null when radar.yaml is broken (references are then not checked)
   * @param productIds ids of every product file, valid or not, so that a broken product does not
   *     also make every blip that replaces it fail
   * @param blipFiles how many blip files the radar has: from {@link #DEFLATE_BODIES_FROM} on, the
   *     bodies are held deflated
   */
  BlipReader(@Nullable RadarSettings config, Set<String> productIds, int blipFiles) {
    this.config = config;
    this.productIds = productIds;
    this.deflateBodies = blipFiles >= DEFLATE_BODIES_FROM;
  }

  /** The retirement of each blip read with {@code retired}, by blip id; thread-safe. */
  Map<String, Retirement> retirements() {
    return Map.copyOf(retirements);
  }

  /** Ids named in any blip's replaces, valid blip or not; thread-safe. */
  Set<String> replacedProductIds() {
    return Set.copyOf(replaced);
  }

  Optional<Blip> read(String id, Documents.Document doc, DiagnosticCollector out) {
    String path = doc.path();
    Fields f = new Fields(path, doc.frontMatter(), out, "").allowCommunityOrigin();
    f.warnUnknownKeys(KEYS, "blip front matter");
    Placeholders.check(
        "blip.placeholder-text", path, doc.parts().body(), doc.parts().bodyLine(), out);
    Optional<String> title = f.text("title", true);
    BlipKind kind = kind(f);
    Optional<Ring> ring = ring(f, "ring", f.id("ring", true, "adopt"), f.node("ring"));
    Optional<Quadrant> quadrant = quadrant(f);
    String summary = f.text("summary", false).orElse(null);
    List<String> tags = f.idList("tags", "files");
    if (tags.size() > MAX_TAGS) {
      out.error(
          "blip.too-many-tags",
          f.atValue("tags"),
          "the blip has " + tags.size() + " tags; at most " + MAX_TAGS + " are allowed",
          "keep the tags readers filter by; every tag is a page that lists its blips");
      tags = tags.subList(0, MAX_TAGS);
    }
    Licence licence = licence(f, "licence").orElse(null);
    String licenceNote = f.text("licenceNote", false).orElse(null);
    String vendor = f.text("vendor", false).orElse(null);
    Country origin = country(f, "origin").orElse(null);
    List<Hosting> hosting = hosting(f);
    String website = f.url("website", false).orElse(null);
    String sourceCode = f.url("source", false).orElse(null);
    List<Link> links = links(f);
    List<Replacement> replaces = replaces(f);
    List<CapabilityStatement> capabilities = capabilities(f, quadrant.orElse(null));
    List<HistoryEntry> history = history(f, ring.orElse(null));
    LocalDate reviewed = f.date("reviewed", false).orElse(null);
    Retirement retired = retired(f, history);
    if (retired != null) {
      retirements.put(id, retired);
    }
    String body = doc.parts().body();
    if (body.isBlank()) {
      out.warning(
          "blip.empty-body",
          SourcePosition.line(path, Math.max(1, doc.parts().bodyLine() - 1)),
          "the blip has no text after its front matter",
          "add the assessment below the closing '---': what it is, why this ring, sovereignty, migration");
    }
    if (kind == BlipKind.STANDARD && !hosting.isEmpty()) {
      out.warning(
          "blip.standard-hosting",
          f.at("hosting"),
          "the blip is a standard (kind: standard), which nobody hosts; its hosting is ignored",
          "remove hosting, or leave kind out if the blip is a product or service");
      hosting = List.of();
    }
    if (!replaces.isEmpty() && kind != BlipKind.STANDARD && (licence == null || origin == null)) {
      out.warning(
          "blip.replacement-facts-missing",
          f.at("replaces"),
          "the blip replaces a product but has no "
              + (licence == null ? "licence" : "origin")
              + ", so its comparison and sovereignty score are incomplete",
          "add licence (an SPDX expression) and origin (the vendor's country code)");
    }
    if (title.isEmpty() || ring.isEmpty() || quadrant.isEmpty() || out.hasErrorsIn(path)) {
      return Optional.empty();
    }
    java.time.LocalDate previous =
        config.edition() == null ? null : config.edition().previousDate();
    Blip blip =
        new Blip(
            id,
            title.get(),
            ring.get(),
            quadrant.get(),
            summary,
            tags,
            licence,
            licenceNote,
            vendor,
            origin,
            hosting,
            website,
            sourceCode,
            links,
            replaces,
            capabilities,
            history,
            reviewed,
            Movement.of(history, previous),
            deflateBodies ? MarkdownBody.deflated(body) : MarkdownBody.of(body),
            new SourceRef(path),
            kind);
    if (retired == null) {
      stale(f, blip);
    }
    return Optional.of(blip);
  }

  private Optional<Ring> ring(Fields f, String key, Optional<String> id, Optional<YamlNode> node) {
    if (config == null || id.isEmpty() || node.isEmpty()) {
      return Optional.empty();
    }
    Optional<Ring> ring = config.findRing(id.get());
    if (ring.isEmpty()) {
      f.out()
          .error(
              "blip.unknown-ring",
              f.at(node.get()),
              (key.equals("ring") ? "ring '" : "history ring '")
                  + id.get()
                  + "' is not defined in radar.yaml",
              "use one of "
                  + String.join(", ", config.ringIds())
                  + Suggestions.didYouMean(id.get(), config.ringIds()));
    }
    return ring;
  }

  private Optional<Quadrant> quadrant(Fields f) {
    Optional<String> id = f.id("quadrant", true, "collaboration");
    if (config == null || id.isEmpty()) {
      return Optional.empty();
    }
    Optional<Quadrant> q = config.findQuadrant(id.get());
    if (q.isEmpty()) {
      f.out()
          .error(
              "blip.unknown-quadrant",
              f.at(f.node("quadrant").orElseThrow()),
              "quadrant '" + id.get() + "' is not defined in radar.yaml",
              "use one of "
                  + String.join(", ", config.quadrantIds())
                  + Suggestions.didYouMean(id.get(), config.quadrantIds()));
    }
    return q;
  }

  static Optional<Licence> licence(Fields f, String key) {
    Optional<String> text = f.text(key, false);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    LicenceParser.Result r = LicenceParser.standard().parse(text.get());
    if (r instanceof LicenceParser.Invalid inv) {
      f.out()
          .error(
              "field.invalid-licence",
              f.at(f.node(key).orElseThrow()),
              "'" + text.get() + "' is not a valid SPDX licence expression: " + inv.problem(),
              inv.hint());
      return Optional.empty();
    }
    LicenceParser.deprecatedIn(text.get())
        .forEach(
            (old, replacement) ->
                f.out()
                    .warning(
                        "blip.deprecated-licence",
                        f.at(f.node(key).orElseThrow()),
                        "'" + old + "' is a deprecated SPDX id",
                        "write '"
                            + replacement
                            + "'"
                            + (replacement.endsWith("-only")
                                ? " (or '"
                                    + replacement.replace("-only", "-or-later")
                                    + "' when the project allows later versions)"
                                : "")));
    return Optional.of(((LicenceParser.Valid) r).licence());
  }

  static Optional<Country> country(Fields f, String key) {
    Optional<String> text = f.text(key, false);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<Country> c =
        text.get().equals(Country.COMMUNITY.code())
                && key.equals("origin")
                && f.allowsCommunityOrigin()
            ? Optional.of(Country.COMMUNITY)
            : Countries.standard().find(text.get());
    if (c.isEmpty()) {
      String upper = text.get().toUpperCase(Locale.ROOT);
      String hint =
          Countries.standard().find(upper).isPresent()
              ? "write the code in uppercase: '" + upper + "'"
              : upper.equals("UK")
                  ? "the ISO code of the United Kingdom is 'GB'"
                  : upper.equals("EU")
                      ? "name the country of the controlling entity's headquarters, e.g. 'DE' or 'FR'"
                      : "use a two-letter ISO 3166-1 code such as DE, FR, NL, CH or US"
                          + (f.allowsCommunityOrigin()
                              ? ", or 'community' when no single legal entity controls the project"
                              : "");
      f.out()
          .error(
              "field.invalid-country",
              f.at(f.node(key).orElseThrow()),
              key + " '" + text.get() + "' is not an ISO 3166-1 alpha-2 country code",
              hint);
    }
    return c;
  }

  /** {@code kind}: product (the default) or standard. */
  private static BlipKind kind(Fields f) {
    Optional<String> text = f.text("kind", false);
    if (text.isEmpty()) {
      return BlipKind.PRODUCT;
    }
    Optional<BlipKind> kind = BlipKind.fromId(text.get().strip());
    if (kind.isEmpty()) {
      List<String> allowed = Arrays.stream(BlipKind.values()).map(BlipKind::id).toList();
      f.out()
          .error(
              "blip.unknown-kind",
              f.atValue("kind"),
              "kind '" + text.get().strip() + "' is not product or standard",
              "use kind: standard for an open standard (a file format, a protocol), or leave kind"
                  + " out for a product or service"
                  + Suggestions.didYouMean(text.get().strip(), allowed));
      return BlipKind.PRODUCT;
    }
    return kind.get();
  }

  private static List<Hosting> hosting(Fields f) {
    List<Hosting> result = new ArrayList<>();
    for (YamlNode item : f.list("hosting")) {
      Optional<Hosting> h =
          item instanceof YamlNode.Scalar s ? Hosting.fromId(s.text().strip()) : Optional.empty();
      if (h.isEmpty()) {
        String wrong = item instanceof YamlNode.Scalar s ? s.text() : "";
        List<String> allowed = Arrays.stream(Hosting.values()).map(Hosting::id).toList();
        f.out()
            .error(
                "field.invalid-hosting",
                f.at(item),
                "hosting value "
                    + item.describe().replace("the text ", "")
                    + " is not in the vocabulary",
                "use " + String.join(", ", allowed) + Suggestions.didYouMean(wrong, allowed));
      } else if (!result.contains(h.get())) {
        result.add(h.get());
      }
    }
    return result;
  }

  private static List<Link> links(Fields f) {
    List<Link> result = new ArrayList<>();
    for (YamlNode item : f.list("links")) {
      f.asMap(
              "links item",
              item,
              "write each link as '- title: ...' and 'url: https://...' on the next line")
          .ifPresent(
              m -> {
                Fields lf = f.nested(m, "link ");
                lf.warnUnknownKeys(LINK_KEYS, "a link");
                Optional<String> title = lf.text("title", true);
                Optional<String> url = lf.url("url", true);
                if (title.isPresent() && url.isPresent()) {
                  result.add(new Link(title.get(), url.get()));
                }
              });
    }
    return result;
  }

  private List<Replacement> replaces(Fields f) {
    List<Replacement> result = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (YamlNode item : f.list("replaces")) {
      Optional<String> product;
      Coverage coverage = Coverage.FULL;
      String notes = null;
      YamlNode idNode = item;
      if (item instanceof YamlNode.Map m) {
        Fields rf = f.nested(m, "replaces entry ");
        rf.warnUnknownKeys(REPLACES_KEYS, "a replaces entry");
        product = rf.id("product", true, "microsoft-teams");
        idNode = rf.node("product").orElse(item);
        Optional<String> cov = rf.text("coverage", false);
        if (cov.isPresent()) {
          if (cov.get().equals("full") || cov.get().equals("partial")) {
            coverage = Coverage.valueOf(cov.get().toUpperCase(Locale.ROOT));
          } else {
            f.out()
                .error(
                    "blip.invalid-coverage",
                    rf.atValue("coverage"),
                    "coverage '" + cov.get() + "' must be 'full' or 'partial'",
                    "full: covers the product's main use; partial: covers part of it");
          }
        }
        notes = rf.text("notes", false).orElse(null);
      } else {
        product = f.idValue("replaces item", item, "microsoft-teams");
      }
      if (product.isEmpty()) {
        continue;
      }
      replaced.add(product.get());
      if (!productIds.contains(product.get())) {
        f.out()
            .error(
                "blip.unknown-product",
                f.at(idNode),
                "replaces names the product '"
                    + product.get()
                    + "', which has no file products/"
                    + product.get()
                    + ".md",
                "use the id of a file in products/"
                    + Suggestions.didYouMean(product.get(), productIds)
                    + ", or add products/"
                    + product.get()
                    + ".md");
        continue;
      }
      if (!seen.add(product.get())) {
        f.out()
            .error(
                "blip.duplicate-replaces",
                f.at(idNode),
                "the product '" + product.get() + "' is listed twice in replaces",
                "keep one entry");
        continue;
      }
      result.add(new Replacement(product.get(), coverage, notes));
    }
    return result;
  }

  private List<CapabilityStatement> capabilities(Fields f, @Nullable Quadrant quadrant) {
    List<CapabilityStatement> result = new ArrayList<>();
    Optional<YamlNode> node = f.node("capabilities");
    if (node.isEmpty()) {
      return result;
    }
    Optional<YamlNode.Map> map =
        f.asMap("capabilities", node.get(), "write one 'capability-id: yes|partial|no' per line");
    if (map.isEmpty() || quadrant == null) {
      return result;
    }
    List<String> known = quadrant.capabilities().stream().map(c -> c.id()).toList();
    for (YamlNode.Entry e : map.get().entries()) {
      SourcePosition keyAt = new SourcePosition(f.path(), e.line(), e.column());
      if (!known.contains(e.key())) {
        f.out()
            .error(
                "blip.unknown-capability",
                keyAt,
                "the capability '"
                    + e.key()
                    + "' is not declared for the quadrant '"
                    + quadrant.id()
                    + "' in radar.yaml",
                known.isEmpty()
                    ? "the quadrant declares no capabilities; remove 'capabilities' or declare them in radar.yaml"
                    : "use one of "
                        + String.join(", ", known)
                        + Suggestions.didYouMean(e.key(), known));
        continue;
      }
      YamlNode valueNode = e.value();
      String note = null;
      if (valueNode instanceof YamlNode.Map vm) {
        Fields cf = f.nested(vm, "capability '" + e.key() + "' ");
        cf.warnUnknownKeys(CAPABILITY_KEYS, "a capability");
        note = cf.text("note", false).orElse(null);
        Optional<YamlNode> v = cf.node("value");
        if (v.isEmpty()) {
          f.out()
              .error(
                  "field.required",
                  keyAt,
                  "capability '" + e.key() + "' needs a 'value'",
                  "write value: yes, partial or no");
          continue;
        }
        valueNode = v.get();
      }
      Optional<Support> support = support(valueNode);
      if (support.isEmpty()) {
        f.out()
            .error(
                "blip.invalid-capability-value",
                f.at(valueNode),
                "capability '"
                    + e.key()
                    + "' must be yes, partial or no, but it is "
                    + valueNode.describe(),
                "write " + e.key() + ": yes (or partial, or no)");
        continue;
      }
      result.add(new CapabilityStatement(e.key(), support.get(), note));
    }
    return result;
  }

  private static Optional<Support> support(YamlNode node) {
    if (!(node instanceof YamlNode.Scalar s)) {
      return Optional.empty();
    }
    return switch (s.text().strip()) {
      case "yes", "true" -> Optional.of(Support.YES);
      case "partial" -> Optional.of(Support.PARTIAL);
      case "no", "false" -> Optional.of(Support.NO);
      default -> Optional.empty();
    };
  }

  /**
   * {@code retired: {date, reason}}: not before the blip's first history entry, and not after the
   * current edition (a blip is retired in an edition, not announced for a later one).
   */
  private @Nullable Retirement retired(Fields f, List<HistoryEntry> history) {
    Optional<YamlNode.Map> map =
        f.node("retired")
            .flatMap(
                n ->
                    f.asMap(
                        "retired",
                        n,
                        "write retired: {date: 2026-11-28, reason: Superseded by X.}"));
    if (map.isEmpty()) {
      return null;
    }
    Fields r = f.nested(map.get(), "retired ");
    r.warnUnknownKeys(RETIRED_KEYS, "retired");
    Optional<LocalDate> date = r.date("date", true);
    Optional<String> reason = r.text("reason", true);
    if (date.isEmpty() || reason.isEmpty()) {
      return null;
    }
    if (!history.isEmpty() && date.get().isBefore(history.get(0).date())) {
      r.out()
          .error(
              "blip.retired-before-history",
              r.atValue("date"),
              "the blip is retired on "
                  + date.get()
                  + ", before its first history entry ("
                  + history.get(0).date()
                  + ")",
              "correct the retirement date or the history");
      return null;
    }
    LocalDate current = currentEditionDate();
    if (current != null && date.get().isAfter(current)) {
      r.out()
          .error(
              "blip.retired-after-edition",
              r.atValue("date"),
              "the blip is retired on "
                  + date.get()
                  + ", after the current edition ("
                  + current
                  + ")",
              "retire it in the edition it leaves the radar: date it on or before " + current);
      return null;
    }
    return new Retirement(date.get(), reason.get(), f.at("retired"));
  }

  private @Nullable LocalDate currentEditionDate() {
    return config == null || config.edition() == null ? null : config.edition().date();
  }

  /**
   * A blip not reviewed within the last {@code staleAfter} editions (see {@link
   * RadarSettings#staleCutoff()} and {@link Blip#staleAt}).
   */
  private void stale(Fields f, Blip blip) {
    if (config == null
        || config.staleCutoff().isEmpty()
        || !blip.staleAt(config.staleCutoff().get())) {
      return;
    }
    LocalDate last = blip.lastReviewed();
    f.out()
        .warning(
            "blip.stale",
            f.has("reviewed") ? f.atValue("reviewed") : f.at("title"),
            "not reviewed in the last "
                + config.staleAfter()
                + " editions"
                + (last == null ? "" : " (last reviewed " + last + ")"),
            "check the assessment against current facts and set reviewed to today's date");
  }

  private List<HistoryEntry> history(Fields f, @Nullable Ring current) {
    List<HistoryEntry> result = new ArrayList<>();
    LocalDate last = null;
    YamlNode lastRingNode = null;
    boolean complete = true;
    for (YamlNode item : f.list("history")) {
      Optional<YamlNode.Map> m =
          f.asMap(
              "history item", item, "write each change as '- date: YYYY-MM-DD' and 'ring: trial'");
      if (m.isEmpty()) {
        complete = false;
        continue;
      }
      Fields hf = f.nested(m.get(), "history entry ");
      hf.warnUnknownKeys(HISTORY_KEYS, "a history entry");
      Optional<LocalDate> date = hf.date("date", true);
      Optional<String> ringId = hf.id("ring", true, "trial");
      Optional<Ring> ring = ring(hf, "history", ringId, hf.node("ring"));
      String note = hf.text("note", false).orElse(null);
      if (date.isPresent() && last != null && date.get().isBefore(last)) {
        f.out()
            .error(
                "blip.history-order",
                hf.at("date"),
                "history entries must be oldest first, but " + date.get() + " comes after " + last,
                "reorder the history entries by date");
      }
      if (date.isPresent()) {
        last = date.get();
        LocalDate edition = currentEditionDate();
        if (edition != null && date.get().isAfter(edition)) {
          f.out()
              .warning(
                  "blip.history-after-edition",
                  hf.atValue("date"),
                  "the history entry of "
                      + date.get()
                      + " is after the current edition ("
                      + edition
                      + ")",
                  "a change belongs to the edition that publishes it: add that edition to"
                      + " radar.yaml, or correct the date");
        }
      }
      lastRingNode = hf.node("ring").orElse(item);
      if (date.isPresent() && ring.isPresent()) {
        result.add(new HistoryEntry(date.get(), ring.get(), note));
      } else {
        complete = false;
      }
    }
    if (complete
        && current != null
        && !result.isEmpty()
        && !result.get(result.size() - 1).ring().equals(current)
        && lastRingNode != null) {
      f.out()
          .error(
              "blip.history-mismatch",
              f.at(lastRingNode),
              "the last history entry puts the blip in '"
                  + result.get(result.size() - 1).ring().id()
                  + "', but its ring is '"
                  + current.id()
                  + "'",
              "the history lists the ring changes that led to the current ring: add an entry for the move to '"
                  + current.id()
                  + "' or correct 'ring'");
    }
    return result;
  }
}
