package eu.sovereignradar.generator.validation;

import eu.sovereignradar.generator.content.YamlNode;
import eu.sovereignradar.generator.diagnostic.DiagnosticCollector;
import eu.sovereignradar.generator.diagnostic.SourcePosition;
import eu.sovereignradar.generator.model.AssessmentSettings;
import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.Countries;
import eu.sovereignradar.generator.model.Country;
import eu.sovereignradar.generator.model.InventoryItem;
import eu.sovereignradar.generator.model.InventoryItem.Contract;
import eu.sovereignradar.generator.model.InventoryItem.DataProfile;
import eu.sovereignradar.generator.model.InventoryItem.DimensionAssessment;
import eu.sovereignradar.generator.model.InventoryItem.Provider;
import eu.sovereignradar.generator.model.Product;
import eu.sovereignradar.generator.model.Quadrant;
import eu.sovereignradar.generator.model.RadarSettings;
import eu.sovereignradar.generator.model.SourceRef;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Checks one inventory item ({@code inventory/<id>.md}) against radar.yaml, the products, the blips
 * and the other items' ids, and builds the {@link InventoryItem}. Dates are judged against the
 * reference date: the edition's date, or today without an edition. Thread-safe.
 */
final class InventoryReader {
  static final List<String> KEYS =
      List.of(
          "title",
          "product",
          "vendor",
          "origin",
          "area",
          "category",
          "provider",
          "serviceModel",
          "data",
          "users",
          "units",
          "processes",
          "criticality",
          "dependsOn",
          "contract",
          "assessment",
          "target",
          "disposition");
  static final List<String> PROVIDER_KEYS = List.of("name", "country", "parent", "parentCountry");
  static final List<String> DATA_KEYS =
      List.of("class", "personalData", "storedIn", "processedIn", "keys");
  static final List<String> CONTRACT_KEYS =
      List.of("end", "notice", "autoRenewal", "governingLaw", "exitClause");
  static final List<String> LEVEL_KEYS = List.of("level", "evidence", "assessed");

  /** A decision due within this many days of the reference date is a warning. */
  static final int NOTICE_WARNING_DAYS = 90;

  private final RadarSettings config;
  private final Map<String, Product> products;
  private final Map<String, Blip> blips;
  private final Set<String> itemIds;
  private final LocalDate reference;

  /** Where each item with {@code disposition: replace} says so, for the roadmap's check. */
  private final Map<String, SourcePosition> replaceAt =
      new java.util.concurrent.ConcurrentHashMap<>();

  InventoryReader(
      RadarSettings config,
      Map<String, Product> products,
      Map<String, Blip> blips,
      Set<String> itemIds,
      LocalDate reference) {
    this.config = config;
    this.products = products;
    this.blips = blips;
    this.itemIds = itemIds;
    this.reference = reference;
  }

  Optional<InventoryItem> read(String id, Documents.Document doc, DiagnosticCollector out) {
    String path = doc.path();
    Fields f = new Fields(path, doc.frontMatter(), out, "");
    f.warnUnknownKeys(KEYS, "inventory front matter");
    Optional<String> title = f.text("title", true);
    Optional<Product> product = product(f);
    String vendor = f.text("vendor", false).orElse(null);
    Country origin = BlipReader.country(f, "origin").orElse(null);
    if (!f.has("product") && (vendor == null || origin == null)) {
      out.error(
          "inventory.vendor-required",
          f.at(vendor == null ? "vendor" : "origin"),
          "an item without 'product' needs 'vendor' and 'origin'",
          "name the product page (product: microsoft-365), or write vendor: ... and origin: US");
    }
    Optional<InventoryItem.Area> area =
        vocabulary(f, "area", true, InventoryItem.Area::of, InventoryItem.Area.values());
    Quadrant category = category(f, product.orElse(null));
    Optional<InventoryItem.ServiceModel> model =
        vocabulary(
            f,
            "serviceModel",
            true,
            InventoryItem.ServiceModel::of,
            InventoryItem.ServiceModel.values());
    Optional<InventoryItem.Criticality> criticality =
        vocabulary(
            f,
            "criticality",
            true,
            InventoryItem.Criticality::of,
            InventoryItem.Criticality.values());
    DataProfile data = data(f);
    List<String> units = units(f);
    List<String> dependsOn = dependsOn(f, id);
    Contract contract = contract(f);
    Map<String, DimensionAssessment> assessments = assessments(f);
    String target = target(f);
    InventoryItem.Disposition disposition =
        vocabulary(
                f,
                "disposition",
                false,
                InventoryItem.Disposition::of,
                InventoryItem.Disposition.values())
            .orElse(null);
    if (disposition == InventoryItem.Disposition.REPLACE) {
      replaceAt.put(id, f.atValue("disposition"));
    }
    rules(f, data, assessments);
    if (title.isEmpty() || area.isEmpty() || model.isEmpty() || criticality.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new InventoryItem(
            id,
            title.get(),
            product.map(Product::id).orElse(null),
            vendor != null ? vendor : product.map(Product::vendor).orElse(null),
            origin != null ? origin : product.map(Product::origin).orElse(null),
            area.get(),
            category,
            provider(f),
            model.get(),
            data,
            f.count("users").orElse(null),
            units,
            texts(f, "processes"),
            criticality.get(),
            dependsOn,
            contract,
            assessments,
            target,
            disposition,
            doc.parts().body(),
            new SourceRef(path)));
  }

  /** Where each item read with {@code disposition: replace} says so, by item id. */
  Map<String, SourcePosition> replacePositions() {
    return Map.copyOf(replaceAt);
  }

  private Optional<Product> product(Fields f) {
    Optional<String> id = f.id("product", false, "microsoft-365");
    if (id.isPresent() && !products.containsKey(id.get())) {
      known(f, "product", id.get(), products.keySet(), "inventory.unknown-product", "product page");
      return Optional.empty();
    }
    return id.map(products::get);
  }

  private @Nullable Quadrant category(Fields f, @Nullable Product product) {
    Optional<String> id = f.id("category", false, "collaboration");
    if (id.isEmpty()) {
      return product == null ? null : product.category();
    }
    Optional<Quadrant> q = config.findQuadrant(id.get());
    if (q.isEmpty()) {
      known(
          f, "category", id.get(), config.quadrantIds(), "inventory.unknown-quadrant", "quadrant");
    }
    return q.orElse(null);
  }

  private static @Nullable Provider provider(Fields f) {
    return f.node("provider")
        .flatMap(n -> f.asMap("provider", n, "write provider: {name: ..., country: IE}"))
        .map(
            m -> {
              Fields p = f.nested(m, "provider ");
              p.warnUnknownKeys(PROVIDER_KEYS, "provider");
              return new Provider(
                  p.text("name", false).orElse(null),
                  BlipReader.country(p, "country").orElse(null),
                  p.text("parent", false).orElse(null),
                  BlipReader.country(p, "parentCountry").orElse(null));
            })
        .orElse(null);
  }

  private DataProfile data(Fields f) {
    Optional<YamlNode.Map> map =
        f.node("data")
            .flatMap(n -> f.asMap("data", n, "write data: {class: internal, storedIn: [DE]}"));
    if (map.isEmpty()) {
      return DataProfile.unknown();
    }
    Fields d = f.nested(map.get(), "data ");
    d.warnUnknownKeys(DATA_KEYS, "data");
    String dataClass = d.id("class", false, "internal").orElse(null);
    if (dataClass != null && config.assessment().findDataClass(dataClass).isEmpty()) {
      known(
          d,
          "class",
          dataClass,
          config.assessment().dataClassIds(),
          "inventory.unknown-data-class",
          "data class");
      dataClass = null;
    }
    return new DataProfile(
        dataClass,
        d.bool("personalData").orElse(null),
        countries(d, "storedIn"),
        countries(d, "processedIn"),
        vocabulary(
                d, "keys", false, InventoryItem.KeyControl::of, InventoryItem.KeyControl.values())
            .orElse(null));
  }

  private static List<Country> countries(Fields f, String key) {
    List<Country> result = new ArrayList<>();
    for (YamlNode item : f.list(key)) {
      String code = item instanceof YamlNode.Scalar s ? s.text().strip() : "";
      Optional<Country> c = Countries.standard().find(code);
      if (c.isEmpty()) {
        f.out()
            .error(
                "field.invalid-country",
                f.at(item),
                key + " item " + item.describe() + " is not an ISO 3166-1 alpha-2 country code",
                "use two-letter codes in uppercase, e.g. " + key + ": [DE, FR]");
      } else if (!result.contains(c.get())) {
        result.add(c.get());
      }
    }
    return result;
  }

  private List<String> units(Fields f) {
    List<String> units = f.idList("units", "finance");
    List<String> known =
        config.organisation() == null
            ? List.of()
            : config.organisation().units().stream().map(u -> u.id()).toList();
    for (String u : units) {
      if (!known.contains(u)) {
        f.out()
            .error(
                "inventory.unknown-unit",
                f.atValue("units"),
                "unit '" + u + "' is not one of the organisation's units in radar.yaml",
                known.isEmpty()
                    ? "declare organisation: {name: ..., units: [{id: "
                        + u
                        + ", title: ...}]} in radar.yaml"
                    : "use one of " + String.join(", ", known) + Suggestions.didYouMean(u, known));
      }
    }
    return units.stream().filter(known::contains).toList();
  }

  private static List<String> texts(Fields f, String key) {
    List<String> result = new ArrayList<>();
    for (YamlNode item : f.list(key)) {
      if (item instanceof YamlNode.Scalar s && !s.text().isBlank()) {
        result.add(s.text().strip());
      } else {
        f.out()
            .error(
                "field.wrong-type",
                f.at(item),
                key + " items must be text, but one is " + item.describe(),
                "write " + key + ": [Payroll, Recruitment]");
      }
    }
    return result;
  }

  private List<String> dependsOn(Fields f, String self) {
    List<String> ids = f.idList("dependsOn", "identity");
    for (String d : ids) {
      if (d.equals(self)) {
        f.out()
            .error(
                "inventory.self-dependency",
                f.atValue("dependsOn"),
                "'" + self + "' lists itself in dependsOn",
                "remove it: dependsOn names the other items this one cannot work without");
      } else if (!itemIds.contains(d)) {
        known(f, "dependsOn", d, itemIds, "inventory.unknown-dependency", "inventory item");
      }
    }
    return ids.stream().filter(d -> !d.equals(self) && itemIds.contains(d)).toList();
  }

  private @Nullable Contract contract(Fields f) {
    Optional<YamlNode.Map> map =
        f.node("contract")
            .flatMap(n -> f.asMap("contract", n, "write contract: {end: 2027-06-30, notice: P6M}"));
    if (map.isEmpty()) {
      return null;
    }
    Fields c = f.nested(map.get(), "contract ");
    c.warnUnknownKeys(CONTRACT_KEYS, "contract");
    Contract contract =
        new Contract(
            c.date("end", false).orElse(null),
            c.period("notice").orElse(null),
            c.bool("autoRenewal").orElse(null),
            BlipReader.country(c, "governingLaw").orElse(null),
            c.bool("exitClause").orElse(null));
    if (contract.end() != null && contract.end().isBefore(reference)) {
      c.out()
          .warning(
              "inventory.contract-ended",
              c.atValue("end"),
              "the contract ended on "
                  + contract.end()
                  + ", before the reference date "
                  + reference,
              "record the renewal (a new end date), or the item's retirement");
    } else if (contract.decisionDate().isPresent()) {
      LocalDate decide = contract.decisionDate().get();
      long days = ChronoUnit.DAYS.between(reference, decide);
      if (days <= NOTICE_WARNING_DAYS) {
        c.out()
            .warning(
                "inventory.notice-soon",
                c.atValue(c.has("notice") ? "notice" : "end"),
                days < 0
                    ? "the notice deadline ("
                        + decide
                        + ") has passed; the contract runs until "
                        + contract.end()
                    : "notice must be given by "
                        + decide
                        + ", "
                        + days
                        + " days after the reference date",
                Boolean.TRUE.equals(contract.autoRenewal())
                    ? "decide now: the contract renews by itself"
                    : "decide whether to renew, replace or exit");
      }
    }
    return contract;
  }

  private Map<String, DimensionAssessment> assessments(Fields f) {
    Map<String, DimensionAssessment> result = new LinkedHashMap<>();
    Optional<YamlNode.Map> map =
        f.node("assessment")
            .flatMap(n -> f.asMap("assessment", n, "write one 'dimension: level' per line"));
    if (map.isEmpty()) {
      return result;
    }
    Fields a = f.nested(map.get(), "assessment ");
    AssessmentSettings settings = config.assessment();
    for (YamlNode.Entry e : map.get().entries()) {
      if (settings.findDimension(e.key()).isEmpty()) {
        String hint =
            "use one of "
                + String.join(", ", settings.dimensionIds())
                + Suggestions.didYouMean(e.key(), settings.dimensionIds());
        a.out()
            .error(
                "inventory.unknown-dimension",
                new SourcePosition(a.path(), e.line(), e.column()),
                "'" + e.key() + "' is not an assessment dimension of radar.yaml",
                hint);
        continue;
      }
      dimension(a, e).ifPresent(d -> result.put(e.key(), d));
    }
    return result;
  }

  private static Optional<DimensionAssessment> dimension(Fields a, YamlNode.Entry e) {
    YamlNode value = e.value();
    if (isUnknown(value)) {
      return Optional.of(new DimensionAssessment(null, null, null));
    }
    if (value instanceof YamlNode.Map m) {
      Fields d = a.nested(m, e.key() + " ");
      d.warnUnknownKeys(LEVEL_KEYS, "an assessment");
      Optional<YamlNode> level = d.node("level");
      Integer l = null;
      if (level.isEmpty()) {
        d.level("level", true);
        return Optional.empty();
      } else if (!isUnknown(level.get())) {
        Optional<Integer> parsed = d.levelValue("level", level.get());
        if (parsed.isEmpty()) {
          return Optional.empty();
        }
        l = parsed.get();
      }
      return Optional.of(
          new DimensionAssessment(
              l, d.text("evidence", false).orElse(null), d.date("assessed", false).orElse(null)));
    }
    return a.levelValue(e.key(), value).map(l -> new DimensionAssessment(l, null, null));
  }

  private static boolean isUnknown(YamlNode node) {
    return node instanceof YamlNode.Scalar s
        && s.kind() == YamlNode.Scalar.Kind.STRING
        && s.text().strip().equals("unknown");
  }

  private @Nullable String target(Fields f) {
    Optional<String> id = f.id("target", false, "nextcloud");
    if (id.isEmpty()) {
      return null;
    }
    Blip blip = blips.get(id.get());
    if (blip == null) {
      known(f, "target", id.get(), blips.keySet(), "inventory.unknown-blip", "blip");
      return null;
    }
    if (blip.ring().index() == config.rings().size() - 1) {
      f.out()
          .warning(
              "inventory.target-on-hold",
              f.atValue("target"),
              "the target '"
                  + id.get()
                  + "' is in the outermost ring ("
                  + blip.ring().title()
                  + ")",
              "choose an alternative from an inner ring, or say in the body why this one");
    }
    return id.get();
  }

  private void rules(Fields f, DataProfile data, Map<String, DimensionAssessment> assessments) {
    AssessmentSettings settings = config.assessment();
    if (data.dataClass() == null) {
      return;
    }
    int rank = settings.rank(data.dataClass());
    for (AssessmentSettings.Rule rule : settings.rules()) {
      if (rank < settings.rank(rule.dataClass())) {
        continue;
      }
      DimensionAssessment a = assessments.get(rule.dimension());
      Integer level = a == null ? null : a.level();
      if (level == null || level < rule.min()) {
        f.out()
            .warning(
                "inventory.rule-broken",
                f.at("assessment"),
                data.dataClass()
                    + " data requires "
                    + rule.dimension()
                    + " of at least "
                    + rule.min()
                    + ", but it is "
                    + (level == null ? "unknown" : String.valueOf(level)),
                "a rule of radar.yaml's assessment: move the data, change the service, or record why");
      }
    }
  }

  private static <E extends Enum<E>> Optional<E> vocabulary(
      Fields f, String key, boolean required, Function<String, Optional<E>> of, E[] values) {
    return vocabulary(f, key, required, of, InventoryItem.ids(values), "inventory.invalid-value");
  }

  /** A value from a closed vocabulary; anything else is {@code code}, with a did-you-mean. */
  static <E> Optional<E> vocabulary(
      Fields f,
      String key,
      boolean required,
      Function<String, Optional<E>> of,
      List<String> allowed,
      String code) {
    Optional<String> text = f.text(key, required);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<E> value = of.apply(text.get());
    if (value.isEmpty()) {
      f.out()
          .error(
              code,
              f.atValue(key),
              key + " '" + text.get() + "' is not in the vocabulary",
              "use one of "
                  + String.join(", ", allowed)
                  + Suggestions.didYouMean(text.get(), allowed));
    }
    return value;
  }

  /** Reports {@code value} of {@code key} as unknown among {@code known}, with a did-you-mean. */
  static void known(
      Fields f, String key, String value, Collection<String> known, String code, String what) {
    known(f, f.atValue(key), key, value, known, code, what);
  }

  /** The same, at {@code at}: an item of a list. */
  static void known(
      Fields f,
      SourcePosition at,
      String key,
      String value,
      Collection<String> known,
      String code,
      String what) {
    List<String> sorted = known.stream().sorted().toList();
    String hint =
        sorted.size() <= 12
            ? "use one of " + String.join(", ", sorted) + Suggestions.didYouMean(value, sorted)
            : "check the spelling" + Suggestions.didYouMean(value, sorted);
    f.out().error(code, at, key + " '" + value + "' names no " + what, hint);
  }
}
