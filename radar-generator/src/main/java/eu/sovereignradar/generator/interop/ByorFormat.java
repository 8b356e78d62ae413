package eu.sovereignradar.generator.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.sovereignradar.generator.interop.ImportedRadar.Entry;
import eu.sovereignradar.generator.interop.ImportedRadar.Place;
import eu.sovereignradar.generator.interop.ImportedRadar.Problem;
import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.Movement;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.render.safety.MarkdownRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Thoughtworks Build Your Own Radar: a sheet (CSV) or a JSON array whose rows have {@code name},
 * {@code ring}, {@code quadrant}, {@code isNew}, {@code description} and, in newer sheets, {@code
 * status} (thoughtworks/build-your-own-radar README, "Setting up your data";
 * spec/end_to_end_tests/resources/localfiles/radar.csv). Rings and quadrants are known only by
 * name; the description is HTML.
 */
public final class ByorFormat {
  static final List<String> COLUMNS =
      List.of("name", "ring", "quadrant", "isNew", "status", "description");

  private ByorFormat() {}

  /** Reads a BYOR CSV file's text. */
  public static ImportedRadar readCsv(String text, String name) throws SourceException {
    List<Csv.Row> rows = Csv.read(text);
    if (rows.isEmpty()) {
      throw new SourceException(new Place(name, 0), "the file is empty");
    }
    Sources.checkCount(rows.size() - 1, name);
    Map<String, Integer> columns = new HashMap<>();
    List<String> header = rows.get(0).cells();
    for (int i = 0; i < header.size(); i++) {
      columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    for (String required : List.of("name", "ring", "quadrant")) {
      if (!columns.containsKey(required)) {
        throw new SourceException(
            new Place(name, 1),
            "the header row has no '"
                + required
                + "' column; a BYOR sheet has the columns "
                + String.join(", ", COLUMNS));
      }
    }
    List<Entry> entries = new ArrayList<>();
    for (Csv.Row row : rows.subList(1, rows.size())) {
      entries.add(
          entry(
              new Place(name, row.line()),
              row.cell(columns.get("name")),
              row.cell(columns.get("ring")),
              row.cell(columns.get("quadrant")),
              columns.containsKey("description") ? row.cell(columns.get("description")) : ""));
    }
    return new ImportedRadar(null, null, null, List.of(), List.of(), entries, List.of());
  }

  /** Reads a BYOR JSON file's text: an array of objects with the CSV's columns as keys. */
  public static ImportedRadar readJson(String text, String name) throws SourceException {
    JsonNode root = Sources.json(text, name);
    if (!root.isArray()) {
      throw new SourceException(
          new Place(name, 1),
          "a BYOR JSON file is an array of objects with " + String.join(", ", COLUMNS));
    }
    List<Entry> entries = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Sources.Located item : Sources.elements(text, name, null)) {
      Place place = new Place(name, item.line());
      if (!item.node().isObject()) {
        problems.add(new Problem(place, "an entry must be an object; not imported"));
        continue;
      }
      entries.add(
          entry(
              place,
              text(item.node(), "name"),
              text(item.node(), "ring"),
              text(item.node(), "quadrant"),
              text(item.node(), "description")));
    }
    return new ImportedRadar(null, null, null, List.of(), List.of(), entries, problems);
  }

  private static String text(JsonNode node, String field) {
    String v = Sources.string(node, field);
    return v == null ? "" : v;
  }

  private static Entry entry(
      Place place, String title, String ring, String quadrant, String description) {
    return new Entry(
        place,
        title.strip(),
        null,
        ring.strip(),
        quadrant.strip(),
        null,
        List.of(),
        List.of(),
        HtmlToMarkdown.convert(description));
  }

  /** The CSV for {@code radar}: one row per blip, rings and quadrants by title. */
  public static String writeCsv(Radar radar, MarkdownRenderer markdown) {
    StringBuilder sb = new StringBuilder(Csv.line(COLUMNS));
    for (Blip b : Exported.byRing(radar)) {
      sb.append(
          Csv.line(
              List.of(
                  b.title(),
                  b.ring().title(),
                  b.quadrant().title(),
                  b.movement() == Movement.NEW ? "TRUE" : "FALSE",
                  Exported.byorStatus(b.movement()),
                  Exported.html(markdown, b))));
    }
    return sb.toString();
  }

  /** The JSON for {@code radar}: the CSV's rows as objects. */
  public static String writeJson(Radar radar, MarkdownRenderer markdown) {
    ArrayNode rows = Exported.NODES.arrayNode();
    for (Blip b : Exported.byRing(radar)) {
      ObjectNode o = rows.addObject();
      o.put("name", b.title());
      o.put("ring", b.ring().title());
      o.put("quadrant", b.quadrant().title());
      o.put("isNew", b.movement() == Movement.NEW ? "TRUE" : "FALSE");
      o.put("status", Exported.byorStatus(b.movement()));
      o.put("description", Exported.html(markdown, b));
    }
    return Exported.json(rows);
  }

  /** What a BYOR file cannot hold of {@code radar}, for the export report. */
  static List<String> limits(Radar radar) {
    List<String> lost = new ArrayList<>();
    if (radar.quadrants().size() != 4) {
      lost.add(
          "BYOR draws exactly 4 quadrants; this radar has "
              + radar.quadrants().size()
              + ", so BYOR will refuse the file until quadrants are merged or split");
    }
    if (radar.rings().size() > 4) {
      lost.add("BYOR draws at most 4 rings; this radar has " + radar.rings().size());
    }
    return lost;
  }
}
