package eu.sovereignradar.generator.interop;

import eu.sovereignradar.generator.interop.ImportedRadar.Place;
import eu.sovereignradar.generator.interop.ImportedRadar.Problem;
import eu.sovereignradar.generator.model.Countries;
import eu.sovereignradar.generator.model.Organisation;
import eu.sovereignradar.generator.model.Quadrant;
import eu.sovereignradar.generator.model.RadarSettings;
import eu.sovereignradar.generator.validation.Ids;
import eu.sovereignradar.generator.validation.Slugs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A spreadsheet of applications (CSV, as every spreadsheet exports it) into {@code
 * inventory/<id>.md}, one file per row. Columns are mapped to inventory fields by their header: a
 * header matches a field by its name ({@code serviceModel}, {@code contract.end}), its last part
 * ({@code end} is too vague, so only listed aliases count: {@code Contract end}, {@code Notice
 * period}) or an alias, ignoring case, spaces and punctuation; {@code --map "Column=field"}
 * overrides the default for a column. Each cell is checked as the validator would check the field
 * (vocabularies, numbers, dates, country codes, ids of products, blips, units and data classes), so
 * a bad cell is reported with its row and column instead of becoming a file that fails to validate.
 * A row with a bad cell is not written; the other rows are. The default mapping is listed in
 * docs/interop.md.
 */
public final class InventoryCsv {
  /** Every field a column can fill, in the order the file is written. */
  public static final List<String> FIELDS =
      List.of(
          "id",
          "title",
          "product",
          "vendor",
          "origin",
          "area",
          "category",
          "provider.name",
          "provider.country",
          "provider.parent",
          "provider.parentCountry",
          "serviceModel",
          "data.class",
          "data.personalData",
          "data.storedIn",
          "data.processedIn",
          "data.keys",
          "users",
          "units",
          "processes",
          "criticality",
          "dependsOn",
          "contract.end",
          "contract.notice",
          "contract.autoRenewal",
          "contract.governingLaw",
          "contract.exitClause",
          "target",
          "disposition",
          "notes");

  /** Headers spreadsheets commonly use, beyond the field names themselves. */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("name", "title"),
          Map.entry("application", "title"),
          Map.entry("applicationname", "title"),
          Map.entry("service", "title"),
          Map.entry("provider", "provider.name"),
          Map.entry("providername", "provider.name"),
          Map.entry("providercountry", "provider.country"),
          Map.entry("parent", "provider.parent"),
          Map.entry("parentcompany", "provider.parent"),
          Map.entry("parentcountry", "provider.parentCountry"),
          Map.entry("dataclass", "data.class"),
          Map.entry("classification", "data.class"),
          Map.entry("personaldata", "data.personalData"),
          Map.entry("storedin", "data.storedIn"),
          Map.entry("processedin", "data.processedIn"),
          Map.entry("keys", "data.keys"),
          Map.entry("encryptionkeys", "data.keys"),
          Map.entry("contractend", "contract.end"),
          Map.entry("notice", "contract.notice"),
          Map.entry("noticeperiod", "contract.notice"),
          Map.entry("autorenewal", "contract.autoRenewal"),
          Map.entry("governinglaw", "contract.governingLaw"),
          Map.entry("exitclause", "contract.exitClause"),
          Map.entry("description", "notes"),
          Map.entry("comments", "notes"),
          Map.entry("model", "serviceModel"));

  private static final List<String> AREAS =
      List.of("business-application", "cloud-provider", "collaboration");
  private static final List<String> SERVICE_MODELS =
      List.of("saas", "paas", "iaas", "on-premises", "desktop");
  private static final List<String> CRITICALITIES = List.of("low", "medium", "high", "critical");
  private static final List<String> DISPOSITIONS = List.of("retain", "replace", "retire", "rehost");
  private static final List<String> KEYS = List.of("provider", "customer-managed", "customer-held");
  private static final Pattern GROUPED_NUMBER = Pattern.compile("\\d{1,3}([ ,.'’\u00a0]\\d{3})+");
  private static final Pattern PERIOD_WORDS =
      Pattern.compile("(?i)(\\d+)\\s*(d|days?|w|weeks?|m|months?|y|years?)");

  private final Path content;
  private final RadarSettings settings;
  private final boolean force;

  /**
   * @param content the content folder, whose radar.yaml gave {@code settings}
   * @param force overwrite existing inventory files
   */
  public InventoryCsv(Path content, RadarSettings settings, boolean force) {
    this.content = content;
    this.settings = settings;
    this.force = force;
  }

  /**
   * Whether {@code field} is one a column can be mapped to ({@code assessment.<dimension>} too).
   */
  public boolean isField(String field) {
    return FIELDS.contains(field)
        || (field.startsWith("assessment.")
            && settings.assessment().dimensionIds().contains(field.substring(11)));
  }

  /** The fields a column can be mapped to, for messages. */
  public List<String> fields() {
    List<String> all = new ArrayList<>(FIELDS);
    settings.assessment().dimensionIds().forEach(d -> all.add("assessment." + d));
    return all;
  }

  /**
   * Imports the CSV text.
   *
   * @param mapping header → field overrides from {@code --map}; the fields must be {@link #isField}
   * @throws SourceException when the file has no header row, a mapped column does not exist, or no
   *     column is mapped to {@code title}
   */
  public ContentWriter.Outcome write(String text, String name, Map<String, String> mapping)
      throws IOException, SourceException {
    List<Csv.Row> rows = Csv.read(text);
    if (rows.isEmpty()) {
      throw new SourceException(new Place(name, 0), "the file is empty");
    }
    Sources.checkCount(rows.size() - 1, name);
    List<String> header = rows.get(0).cells();
    List<String> notes = new ArrayList<>();
    Map<String, String> overrides = new HashMap<>();
    mapping.forEach((k, v) -> overrides.put(k.strip().toLowerCase(Locale.ROOT), v));
    Map<Integer, String> columns = new LinkedHashMap<>();
    Set<String> headers = new LinkedHashSet<>();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).strip();
      headers.add(h.toLowerCase(Locale.ROOT));
      String field = overrides.getOrDefault(h.toLowerCase(Locale.ROOT), defaultField(h));
      if (field == null) {
        if (!h.isEmpty()) {
          notes.add(
              new Place(name, 1).text()
                  + ": column '"
                  + h
                  + "' ("
                  + letter(i)
                  + ") is not mapped; use --map '"
                  + h
                  + "=FIELD' to import it");
        }
        continue;
      }
      if (columns.containsValue(field)) {
        throw new SourceException(
            new Place(name, 1),
            "columns '"
                + header.get(keyOf(columns, field)).strip()
                + "' and '"
                + h
                + "' both map to "
                + field
                + "; map one elsewhere with --map");
      }
      columns.put(i, field);
    }
    for (String mapped : overrides.keySet()) {
      if (!headers.contains(mapped)) {
        throw new SourceException(
            new Place(name, 1),
            "--map names column '" + mapped + "', which the header row does not have");
      }
    }
    if (!columns.containsValue("title")) {
      throw new SourceException(
          new Place(name, 1),
          "no column is mapped to title (the application's name); name one 'title' or 'name', or"
              + " use --map 'COLUMN=title'");
    }

    Set<String> products = ids("products");
    Set<String> blips = ids("blips");
    Set<String> inventory = ids("inventory");
    List<Problem> problems = new ArrayList<>();
    List<Item> items = new ArrayList<>();
    Set<String> taken = new LinkedHashSet<>();
    for (Csv.Row row : rows.subList(1, rows.size())) {
      Item item = new Item(row, new LinkedHashMap<>(), new ArrayList<>());
      for (Map.Entry<Integer, String> c : columns.entrySet()) {
        String cell = row.cell(c.getKey()).strip();
        if (!cell.isEmpty()) {
          cell(
              item,
              c.getValue(),
              cell,
              new Cell(name, row, c.getKey(), header.get(c.getKey()).strip()),
              products,
              blips);
        }
      }
      Map<String, Object> v = item.values();
      Place place = new Place(name, row.line());
      String where = "row " + row.row();
      if (!v.containsKey("title")) {
        item.problems().add(new Problem(place, where + ": no title (the application's name)"));
      }
      for (String required : List.of("area", "serviceModel", "criticality")) {
        if (!v.containsKey(required) && !failed(item, required)) {
          item.problems()
              .add(
                  new Problem(
                      place, where + ": " + required + " is required (" + choices(required) + ")"));
        }
      }
      if (!v.containsKey("product")
          && !failed(item, "product")
          && (!v.containsKey("vendor") || !v.containsKey("origin"))
          && !failed(item, "origin")) {
        item.problems()
            .add(
                new Problem(
                    place,
                    where
                        + ": without a product, vendor and origin are required (the vendor and its country code)"));
      }
      if (!item.problems().isEmpty()) {
        problems.addAll(item.problems());
        continue;
      }
      String base =
          v.containsKey("id") ? (String) v.get("id") : Slugs.slug((String) v.get("title"));
      if (!Ids.isValid(base)) {
        base = "item-" + row.row();
      }
      String id = base;
      for (int n = 2; taken.contains(id); n++) {
        id = base + "-" + n;
      }
      if (!id.equals(base)) {
        notes.add(
            place.text()
                + ": "
                + where
                + " would have the id '"
                + base
                + "' of an earlier row; written as '"
                + id
                + "'");
      }
      taken.add(id);
      items.add(new Item(row, withId(v, id), List.of()));
    }
    Set<String> known = new LinkedHashSet<>(inventory);
    known.addAll(taken);
    List<String> written = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    Files.createDirectories(content.resolve("inventory"));
    for (Item item : items) {
      @SuppressWarnings("unchecked")
      List<String> dependsOn = (List<String>) item.values().getOrDefault("dependsOn", List.of());
      List<String> unknown = dependsOn.stream().filter(d -> !known.contains(d)).toList();
      if (!unknown.isEmpty()) {
        problems.add(
            new Problem(
                new Place(name, item.row().line()),
                "row "
                    + item.row().row()
                    + ", column dependsOn: "
                    + String.join(", ", unknown)
                    + " is neither a row of this file nor in inventory/"));
        continue;
      }
      String id = (String) item.values().get("id");
      String path = "inventory/" + id + ".md";
      Path file = content.resolve(path);
      if (Files.exists(file) && !force) {
        kept.add(path);
        continue;
      }
      Files.writeString(file, yaml(item.values()), StandardCharsets.UTF_8);
      written.add(path);
    }
    return new ContentWriter.Outcome(written, kept, notes, problems);
  }

  private record Item(Csv.Row row, Map<String, Object> values, List<Problem> problems) {}

  /** Where a cell is, for messages: {@code row 4, column 'Criticality' (F)}. */
  private record Cell(String file, Csv.Row row, int column, String header) {
    Problem problem(String message) {
      return new Problem(
          new Place(file, row.line()),
          "row " + row.row() + ", column '" + header + "' (" + letter(column) + "): " + message);
    }
  }

  private static Map<String, Object> withId(Map<String, Object> v, String id) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    v.forEach(
        (k, x) -> {
          if (!k.equals("id")) {
            out.put(k, x);
          }
        });
    return out;
  }

  private static boolean failed(Item item, String field) {
    return item.values().containsKey("!" + field);
  }

  private void cell(
      Item item, String field, String raw, Cell at, Set<String> products, Set<String> blips) {
    Map<String, Object> v = item.values();
    Optional<Object> value;
    try {
      value = Optional.of(parse(field, raw, products, blips));
    } catch (IllegalArgumentException e) {
      item.problems().add(at.problem(e.getMessage()));
      v.put("!" + field, true);
      return;
    }
    v.put(field, value.get());
  }

  private Object parse(String field, String raw, Set<String> products, Set<String> blips) {
    if (field.startsWith("assessment.")) {
      String s = raw.toLowerCase(Locale.ROOT);
      if (s.equals("unknown") || s.matches("[0-4]")) {
        return s;
      }
      throw new IllegalArgumentException("'" + raw + "' is not a level 0 to 4 or 'unknown'");
    }
    return switch (field) {
      case "id" -> {
        if (!Ids.isValid(raw)) {
          throw new IllegalArgumentException("'" + raw + "' is not an id: " + Ids.RULE);
        }
        yield raw;
      }
      case "title", "vendor", "provider.name", "provider.parent", "notes" -> raw;
      case "origin", "provider.country", "provider.parentCountry", "contract.governingLaw" ->
          country(raw);
      case "area" -> oneOf(raw, AREAS);
      case "serviceModel" -> oneOf(raw, SERVICE_MODELS);
      case "criticality" -> oneOf(raw, CRITICALITIES);
      case "disposition" -> oneOf(raw, DISPOSITIONS);
      case "data.keys" -> oneOf(raw, KEYS);
      case "data.class" -> oneOf(raw, settings.assessment().dataClassIds());
      case "product" -> known(raw, products, "products/");
      case "target" -> known(raw, blips, "blips/");
      case "category" -> quadrant(raw);
      case "units" -> split(raw).stream().map(this::unit).toList();
      case "processes" -> split(raw);
      case "dependsOn" -> split(raw).stream().map(Slugs::slug).toList();
      case "data.storedIn", "data.processedIn" ->
          split(raw).stream().map(InventoryCsv::country).toList();
      case "data.personalData", "contract.autoRenewal", "contract.exitClause" -> bool(raw);
      case "users" -> users(raw);
      case "contract.end" -> date(raw);
      case "contract.notice" -> period(raw);
      default -> throw new IllegalStateException("unmapped field " + field);
    };
  }

  private static String oneOf(String raw, List<String> choices) {
    String s = Slugs.slug(raw);
    if (choices.contains(s)) {
      return s;
    }
    throw new IllegalArgumentException(
        "'" + raw + "' is not one of " + String.join(", ", choices) + suggestion(raw, choices));
  }

  private static String suggestion(String raw, List<String> choices) {
    return eu.sovereignradar.generator.validation.Suggestions.didYouMean(Slugs.slug(raw), choices);
  }

  private static String known(String raw, Set<String> ids, String folder) {
    String s = Ids.isValid(raw) ? raw : Slugs.slug(raw);
    if (ids.contains(s)) {
      return s;
    }
    throw new IllegalArgumentException(
        "'" + raw + "' is not in " + folder + suggestion(raw, List.copyOf(ids)));
  }

  private String quadrant(String raw) {
    for (Quadrant q : settings.quadrants()) {
      if (q.id().equals(raw) || q.title().equalsIgnoreCase(raw) || q.id().equals(Slugs.slug(raw))) {
        return q.id();
      }
    }
    throw new IllegalArgumentException(
        "'"
            + raw
            + "' is not a quadrant of radar.yaml ("
            + String.join(", ", settings.quadrantIds())
            + ")");
  }

  private String unit(String raw) {
    Organisation org = settings.organisation();
    if (org != null) {
      for (Organisation.Unit u : org.units()) {
        if (u.id().equals(raw)
            || u.title().equalsIgnoreCase(raw)
            || u.id().equals(Slugs.slug(raw))) {
          return u.id();
        }
      }
    }
    throw new IllegalArgumentException(
        "'"
            + raw
            + "' is not a unit of radar.yaml's organisation"
            + (org == null
                ? " (radar.yaml declares no organisation units)"
                : " ("
                    + String.join(", ", org.units().stream().map(Organisation.Unit::id).toList())
                    + ")"));
  }

  private static String country(String raw) {
    String s = raw.strip().toUpperCase(Locale.ROOT);
    if (s.length() == 2 && Countries.standard().find(s).isPresent()) {
      return s;
    }
    throw new IllegalArgumentException(
        "'" + raw + "' is not an ISO 3166-1 alpha-2 country code such as DE, FR or US");
  }

  private static boolean bool(String raw) {
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "1", "x" -> true;
      case "false", "no", "n", "0" -> false;
      default -> throw new IllegalArgumentException("'" + raw + "' is not yes or no (true/false)");
    };
  }

  private static int users(String raw) {
    String s = raw.strip();
    if (GROUPED_NUMBER.matcher(s).matches()) {
      s = s.replaceAll("[^0-9]", "");
    }
    if (s.matches("\\d{1,9}")) {
      return Integer.parseInt(s);
    }
    throw new IllegalArgumentException("'" + raw + "' is not a whole number of users");
  }

  private static String date(String raw) {
    try {
      return LocalDate.parse(raw.strip()).toString();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + raw + "' is not a date written YYYY-MM-DD (format the column as text or ISO date)");
    }
  }

  private static String period(String raw) {
    String s = raw.strip().toUpperCase(Locale.ROOT);
    Matcher words = PERIOD_WORDS.matcher(raw.strip());
    if (words.matches()) {
      s = "P" + words.group(1) + Character.toUpperCase(words.group(2).charAt(0));
    }
    try {
      if (s.startsWith("P") && !Period.parse(s).isNegative()) {
        return s;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "'" + raw + "' is not a notice period such as P6M, P90D, '6 months' or '90 days'");
  }

  private static List<String> split(String raw) {
    List<String> out = new ArrayList<>();
    for (String part : raw.split("[;,\\n]")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  private static String choices(String field) {
    return switch (field) {
      case "area" -> String.join(", ", AREAS);
      case "serviceModel" -> String.join(", ", SERVICE_MODELS);
      default -> String.join(", ", CRITICALITIES);
    };
  }

  private @Nullable String defaultField(String header) {
    String h = normal(header);
    for (String f : fields()) {
      if (normal(f).equals(h)) {
        return f;
      }
    }
    // A column named after an assessment dimension (its id or title) holds that dimension's level.
    for (eu.sovereignradar.generator.model.AssessmentSettings.Dimension d :
        settings.assessment().dimensions()) {
      if (normal(d.id()).equals(h) || (d.title() != null && normal(d.title()).equals(h))) {
        return "assessment." + d.id();
      }
    }
    return ALIASES.get(h);
  }

  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  private static int keyOf(Map<Integer, String> columns, String field) {
    return columns.entrySet().stream()
        .filter(e -> e.getValue().equals(field))
        .findFirst()
        .orElseThrow()
        .getKey();
  }

  /** The spreadsheet's column letter: 0 → A, 26 → AA. */
  static String letter(int index) {
    StringBuilder sb = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      sb.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return sb.toString();
  }

  private Set<String> ids(String folder) throws IOException {
    Path dir = content.resolve(folder);
    Set<String> ids = new LinkedHashSet<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.list(dir)) {
        s.map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".md"))
            .map(n -> n.substring(0, n.length() - 3))
            .sorted()
            .forEach(ids::add);
      }
    }
    return ids;
  }

  /**
   * The front matter in the order of content-format.md, nested maps for provider, data, contract.
   */
  private static String yaml(Map<String, Object> v) {
    StringBuilder y = new StringBuilder("---\n");
    String lastGroup = null;
    List<String> order =
        v.keySet().stream()
            .filter(k -> !k.startsWith("!"))
            .sorted(
                java.util.Comparator.comparingInt(
                    (String k) -> FIELDS.contains(k) ? FIELDS.indexOf(k) : FIELDS.size()))
            .toList();
    for (String field : order) {
      if (field.equals("id") || field.equals("notes")) {
        continue;
      }
      Object value = v.get(field);
      int dot = field.indexOf('.');
      String key = field;
      String indent = "";
      if (dot > 0) {
        String group = field.substring(0, dot);
        if (!group.equals(lastGroup)) {
          y.append(group).append(":\n");
          lastGroup = group;
        }
        key = field.substring(dot + 1);
        indent = "  ";
      } else {
        lastGroup = null;
      }
      y.append(indent).append(key).append(": ").append(scalar(field, value)).append('\n');
    }
    y.append("---\n");
    Object notes = v.get("notes");
    if (notes != null) {
      y.append(InertMarkdown.of(notes.toString()).strip()).append('\n');
    }
    return y.toString();
  }

  /**
   * Numbers, booleans and levels as they are; every text quoted, because YAML 1.1 reads the country
   * code {@code NO} (Norway) as false.
   */
  private static String scalar(String field, Object value) {
    if (value instanceof List<?> list) {
      return "["
          + String.join(", ", list.stream().map(x -> Yaml.quoted(x.toString())).toList())
          + "]";
    }
    if (value instanceof Boolean || value instanceof Integer || field.startsWith("assessment.")) {
      return value.toString();
    }
    return Yaml.quoted(value.toString());
  }
}
