package eu.sovereignradar.generator.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.sovereignradar.generator.interop.ImportedRadar.Change;
import eu.sovereignradar.generator.interop.ImportedRadar.Entry;
import eu.sovereignradar.generator.interop.ImportedRadar.Place;
import eu.sovereignradar.generator.interop.ImportedRadar.Problem;
import eu.sovereignradar.generator.interop.ImportedRadar.Section;
import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.HistoryEntry;
import eu.sovereignradar.generator.model.Link;
import eu.sovereignradar.generator.model.Quadrant;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.model.Ring;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/**
 * The Backstage tech-radar plugin's JSON ({@code TechRadarLoaderResponse}): {@code quadrants}
 * ({@code id}, {@code name}), {@code rings} ({@code id}, {@code name}, {@code color}, {@code
 * description}) and {@code entries} ({@code id}, {@code key}, {@code title}, {@code quadrant} id,
 * {@code description}, {@code url}, {@code links}, and {@code timeline}: {@code ringId}, {@code
 * date}, {@code moved}, {@code description}, newest first) (backstage/backstage
 * plugins/tech-radar/src/api.ts and its sample plugins/tech-radar/src/techradar.json). The entry's
 * ring is the newest timeline entry's. Descriptions may hold HTML (the sample does) or Markdown.
 */
public final class BackstageFormat {
  private BackstageFormat() {}

  public static ImportedRadar read(String text, String name) throws SourceException {
    JsonNode root = Sources.json(text, name);
    if (!root.isObject() || !root.path("entries").isArray()) {
      throw new SourceException(
          new Place(name, 1),
          "a Backstage tech-radar file is an object with 'quadrants', 'rings' and 'entries'");
    }
    List<Section> quadrants = sections(root.path("quadrants"));
    List<Section> rings = sections(root.path("rings"));
    List<Entry> entries = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Sources.Located item : Sources.elements(text, name, "entries")) {
      Place place = new Place(name, item.line());
      JsonNode e = item.node();
      String title = Sources.string(e, "title");
      if (title == null || title.isBlank()) {
        problems.add(new Problem(place, "the entry has no title; not imported"));
        continue;
      }
      String quadrant = ref(e.path("quadrant"));
      List<Change> history = new ArrayList<>();
      String ring = null;
      LocalDate newest = null;
      for (JsonNode t : e.path("timeline")) {
        String ringId = Sources.string(t, "ringId");
        if (ringId == null) {
          continue;
        }
        LocalDate date = date(Sources.string(t, "date"));
        if (ring == null || (date != null && (newest == null || date.isAfter(newest)))) {
          ring = ringId;
          newest = date == null ? newest : date;
        }
        if (date != null) {
          String note = Sources.string(t, "description");
          history.add(
              new Change(date, ringId, note == null || note.isBlank() ? null : plain(note)));
        }
      }
      if (ring == null) {
        ring = ref(e.path("ring"));
      }
      if (ring == null || quadrant == null) {
        problems.add(
            new Problem(
                place,
                "'"
                    + title
                    + "' has no "
                    + (quadrant == null ? "quadrant" : "timeline entry with a ringId")
                    + "; not imported"));
        continue;
      }
      String url = Sources.string(e, "url");
      String description = Sources.string(e, "description");
      entries.add(
          new Entry(
              place,
              title,
              Sources.string(e, "id"),
              ring,
              quadrant,
              url,
              List.of(),
              history,
              body(description == null ? "" : description)));
    }
    return new ImportedRadar(
        Sources.string(root, "title"), null, null, quadrants, rings, entries, problems);
  }

  /** HTML is converted; Markdown is kept with its raw HTML escaped. */
  static String body(String description) {
    return HtmlToMarkdown.looksLikeHtml(description)
        ? HtmlToMarkdown.convert(description)
        : InertMarkdown.of(description);
  }

  private static String plain(String note) {
    String text = HtmlToMarkdown.looksLikeHtml(note) ? Jsoup.parse(note).text() : note;
    return text.replaceAll("\\s+", " ").strip();
  }

  private static @Nullable String ref(JsonNode node) {
    if (node.isTextual()) {
      return node.asText();
    }
    if (node.isObject()) {
      return Sources.string(node, "id");
    }
    return null;
  }

  private static @Nullable LocalDate date(@Nullable String text) {
    if (text == null || text.length() < 10) {
      return null;
    }
    try {
      // Backstage parses the date with new Date(...); an ISO timestamp starts with the day.
      return LocalDate.parse(text.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static List<Section> sections(JsonNode array) {
    List<Section> out = new ArrayList<>();
    for (JsonNode s : array) {
      String id = Sources.string(s, "id");
      String n = Sources.string(s, "name");
      String d = Sources.string(s, "description");
      out.add(
          new Section(
              id,
              n == null ? (id == null ? "" : id) : n,
              d == null ? "" : d,
              Sources.string(s, "color")));
    }
    return out;
  }

  public static String write(Radar radar) {
    ObjectNode root = Exported.object();
    root.put("title", radar.title());
    ArrayNode quadrants = root.putArray("quadrants");
    for (Quadrant q : radar.quadrants()) {
      quadrants.addObject().put("id", q.id()).put("name", q.title());
    }
    ArrayNode rings = root.putArray("rings");
    for (Ring r : radar.rings()) {
      ObjectNode o =
          rings.addObject().put("id", r.id()).put("name", r.title()).put("color", r.color());
      if (!r.description().isBlank()) {
        o.put("description", r.description());
      }
    }
    ArrayNode entries = root.putArray("entries");
    for (Blip b : Exported.byRing(radar)) {
      ObjectNode e = entries.addObject();
      e.put("id", b.id());
      e.put("key", b.id());
      e.put("title", b.title());
      e.put("quadrant", b.quadrant().id());
      e.put("description", b.body().strip());
      if (b.website() != null) {
        e.put("url", b.website());
      }
      ArrayNode links = e.putArray("links");
      for (Link l : b.links()) {
        links.addObject().put("url", l.url()).put("title", l.title());
      }
      ArrayNode timeline = e.putArray("timeline");
      List<HistoryEntry> history = b.history();
      if (history.isEmpty()) {
        ObjectNode t = timeline.addObject().put("moved", 0).put("ringId", b.ring().id());
        LocalDate date =
            b.reviewed() != null
                ? b.reviewed()
                : radar.edition() != null ? radar.edition().date() : null;
        if (date != null) {
          t.put("date", date.toString());
        }
        if (b.summary() != null) {
          t.put("description", b.summary());
        }
      }
      for (int i = history.size() - 1; i >= 0; i--) {
        HistoryEntry h = history.get(i);
        int moved =
            i == 0 ? 0 : Integer.compare(history.get(i - 1).ring().index(), h.ring().index());
        ObjectNode t =
            timeline
                .addObject()
                .put("moved", moved)
                .put("ringId", h.ring().id())
                .put("date", h.date().toString());
        if (h.note() != null) {
          t.put("description", h.note());
        }
      }
    }
    return Exported.json(root);
  }
}
