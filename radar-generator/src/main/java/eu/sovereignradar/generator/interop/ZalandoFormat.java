package eu.sovereignradar.generator.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.sovereignradar.generator.interop.ImportedRadar.Entry;
import eu.sovereignradar.generator.interop.ImportedRadar.Place;
import eu.sovereignradar.generator.interop.ImportedRadar.Problem;
import eu.sovereignradar.generator.interop.ImportedRadar.Section;
import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.model.Ring;
import java.util.ArrayList;
import java.util.List;

/**
 * The Zalando tech radar: {@code radar_visualization(config)} draws {@code config.entries}, each
 * with integer {@code quadrant} (0-3) and {@code ring} (0-3) indices into {@code config.quadrants}
 * and {@code config.rings}, a {@code label}, an optional {@code link}, {@code active} and {@code
 * moved} (-1 out, 0, 1 in, 2 new) (zalando/tech-radar README and docs/config.json, which holds
 * {@code date} and {@code entries} only; docs/index.html declares the quadrants and rings). A file
 * of entries alone gets the names docs/index.html uses.
 */
public final class ZalandoFormat {
  /** zalando/tech-radar docs/index.html, in index order. */
  static final List<String> DEFAULT_QUADRANTS =
      List.of("Languages", "Infrastructure", "Datastores", "Data Management");

  static final List<String> DEFAULT_RINGS = List.of("ADOPT", "TRIAL", "ASSESS", "HOLD");
  static final List<String> DEFAULT_COLORS = List.of("#5ba300", "#009eb0", "#c7ba00", "#e09b96");

  private ZalandoFormat() {}

  /**
   * Reads a config object ({@code {entries, quadrants?, rings?, title?}}) or a bare entries array.
   */
  public static ImportedRadar read(String text, String name) throws SourceException {
    JsonNode root = Sources.json(text, name);
    if (!root.isArray() && !(root.isObject() && root.path("entries").isArray())) {
      throw new SourceException(
          new Place(name, 1),
          "a Zalando radar file is an object with an 'entries' array, or that array itself");
    }
    List<Section> quadrants = sections(root.path("quadrants"), DEFAULT_QUADRANTS, null);
    List<Section> rings = sections(root.path("rings"), DEFAULT_RINGS, DEFAULT_COLORS);
    List<Entry> entries = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Sources.Located item : Sources.elements(text, name, root.isArray() ? null : "entries")) {
      Place place = new Place(name, item.line());
      JsonNode e = item.node();
      String label = e.isObject() ? Sources.string(e, "label") : null;
      if (label == null || label.isBlank()) {
        problems.add(new Problem(place, "the entry has no label; not imported"));
        continue;
      }
      JsonNode q = e.path("quadrant");
      JsonNode r = e.path("ring");
      if (!q.canConvertToInt()
          || !q.isIntegralNumber()
          || q.asInt() < 0
          || q.asInt() >= quadrants.size()) {
        problems.add(
            new Problem(
                place,
                "'"
                    + label
                    + "': quadrant "
                    + q
                    + " is not an index from 0 to "
                    + (quadrants.size() - 1)
                    + "; not imported"));
        continue;
      }
      if (!r.canConvertToInt()
          || !r.isIntegralNumber()
          || r.asInt() < 0
          || r.asInt() >= rings.size()) {
        problems.add(
            new Problem(
                place,
                "'"
                    + label
                    + "': ring "
                    + r
                    + " is not an index from 0 to "
                    + (rings.size() - 1)
                    + "; not imported"));
        continue;
      }
      entries.add(
          new Entry(
              place,
              label.strip(),
              null,
              rings.get(r.asInt()).title(),
              quadrants.get(q.asInt()).title(),
              Sources.string(e, "link"),
              List.of(),
              List.of(),
              ""));
    }
    String title = root.isObject() ? Sources.string(root, "title") : null;
    return new ImportedRadar(title, null, null, quadrants, rings, entries, problems);
  }

  private static List<Section> sections(
      JsonNode declared, List<String> defaults, List<String> colors) {
    List<Section> out = new ArrayList<>();
    if (declared.isArray() && !declared.isEmpty()) {
      for (JsonNode s : declared) {
        String n = Sources.string(s, "name");
        out.add(new Section(null, n == null ? "" : n, "", Sources.string(s, "color")));
      }
      return out;
    }
    for (int i = 0; i < defaults.size(); i++) {
      out.add(new Section(null, defaults.get(i), "", colors == null ? null : colors.get(i)));
    }
    return out;
  }

  /** The config object radar_visualization takes, with the radar's quadrants and rings. */
  public static String write(Radar radar) {
    ObjectNode root = Exported.object();
    root.put("title", radar.title());
    if (radar.edition() != null) {
      root.put("date", radar.edition().id());
    }
    ArrayNode quadrants = root.putArray("quadrants");
    radar.quadrants().forEach(q -> quadrants.addObject().put("name", q.title()));
    ArrayNode rings = root.putArray("rings");
    for (Ring r : radar.rings()) {
      rings.addObject().put("name", r.title()).put("color", r.color());
    }
    ArrayNode entries = root.putArray("entries");
    for (Blip b : Exported.byRing(radar)) {
      ObjectNode e = entries.addObject();
      e.put("quadrant", b.quadrant().index());
      e.put("ring", b.ring().index());
      e.put("label", b.title());
      if (b.website() != null) {
        e.put("link", b.website());
      }
      e.put("active", true);
      e.put(
          "moved",
          switch (b.movement()) {
            case NEW -> 2;
            case MOVED_IN -> 1;
            case MOVED_OUT -> -1;
            case UNCHANGED -> 0;
          });
    }
    return Exported.json(root);
  }

  static List<String> limits(Radar radar) {
    List<String> lost = new ArrayList<>();
    if (radar.quadrants().size() != 4) {
      lost.add(
          "the Zalando radar draws exactly 4 quadrants; this radar has "
              + radar.quadrants().size());
    }
    if (radar.rings().size() != 4) {
      lost.add("the Zalando radar draws exactly 4 rings; this radar has " + radar.rings().size());
    }
    return lost;
  }
}
