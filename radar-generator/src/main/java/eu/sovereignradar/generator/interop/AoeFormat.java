package eu.sovereignradar.generator.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import eu.sovereignradar.generator.interop.ImportedRadar.Change;
import eu.sovereignradar.generator.interop.ImportedRadar.Entry;
import eu.sovereignradar.generator.interop.ImportedRadar.Place;
import eu.sovereignradar.generator.interop.ImportedRadar.Problem;
import eu.sovereignradar.generator.interop.ImportedRadar.Section;
import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.HistoryEntry;
import eu.sovereignradar.generator.model.Quadrant;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.model.Ring;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The AOE technology radar (version 4): a folder with {@code config.json} ({@code quadrants} and
 * {@code rings}, each {@code id}, {@code title}, {@code description}, {@code color}; {@code
 * labels.title}) and {@code radar/<YYYY-MM-DD>/<id>.md}, one folder per release, each item a
 * Markdown file with front matter {@code title}, {@code ring}, {@code quadrant}, {@code tags},
 * {@code featured} (AOEpeople/aoe_technology_radar README, data/config.default.json,
 * data/radar/2017-03-01/demo-1.md). An item that appears again in a later release may leave out
 * what did not change. A folder without config.json gets config.default.json's quadrants and rings.
 */
public final class AoeFormat {
  private static final YAMLMapper YAML = new YAMLMapper();

  /** AOEpeople/aoe_technology_radar data/config.default.json. */
  static final List<Section> DEFAULT_QUADRANTS =
      List.of(
          new Section("languages-and-frameworks", "Languages & Frameworks", "", null),
          new Section("methods-and-patterns", "Methods & Patterns", "", null),
          new Section("platforms-and-operations", "Platforms & Operations", "", null),
          new Section("tools", "Tools", "", null));

  static final List<Section> DEFAULT_RINGS =
      List.of(
          new Section("adopt", "Adopt", "", "#588157"),
          new Section("trial", "Trial", "", "#457b9d"),
          new Section("assess", "Assess", "", "#bc6c25"),
          new Section("hold", "Hold", "", "#d62828"));

  private AoeFormat() {}

  private record Release(LocalDate date, Place place, JsonNode front, String body) {}

  /**
   * Reads the AOE folder {@code folder} (the one holding {@code radar/}, or its parent when that is
   * {@code data/}).
   *
   * @param name the folder as the user named it
   */
  public static ImportedRadar read(Path folder, String name) throws IOException, SourceException {
    if (!Files.isDirectory(folder)) {
      throw new NoSuchFileException(name, null, "the AOE folder does not exist or is not a folder");
    }
    Path root = folder;
    String rootName = name;
    if (!Files.isDirectory(root.resolve("radar"))
        && Files.isDirectory(root.resolve("data/radar"))) {
      root = root.resolve("data");
      rootName = name + "/data";
    }
    if (!Files.isDirectory(root.resolve("radar"))) {
      throw new SourceException(
          new Place(name, 0),
          "an AOE radar folder holds radar/<YYYY-MM-DD>/<id>.md; there is no radar/ folder here");
    }
    List<Problem> problems = new ArrayList<>();
    List<Section> quadrants = DEFAULT_QUADRANTS;
    List<Section> rings = DEFAULT_RINGS;
    String title = null;
    Path config = root.resolve("config.json");
    if (Files.isRegularFile(config)) {
      String configName = rootName + "/config.json";
      JsonNode c = Sources.json(Sources.text(config, configName), configName);
      if (c.path("quadrants").isArray() && !c.path("quadrants").isEmpty()) {
        quadrants = sections(c.path("quadrants"));
      }
      if (c.path("rings").isArray() && !c.path("rings").isEmpty()) {
        rings = sections(c.path("rings"));
      }
      title = Sources.string(c.path("labels"), "title");
    }
    Map<String, List<Release>> items = new LinkedHashMap<>();
    TreeMap<LocalDate, Boolean> releases = new TreeMap<>();
    List<Path> folders;
    try (Stream<Path> s = Files.list(root.resolve("radar"))) {
      folders = s.filter(Files::isDirectory).sorted().toList();
    }
    int count = 0;
    for (Path release : folders) {
      String releaseName = rootName + "/radar/" + release.getFileName();
      LocalDate date;
      try {
        date = LocalDate.parse(release.getFileName().toString());
      } catch (DateTimeParseException e) {
        problems.add(
            new Problem(
                new Place(releaseName, 0),
                "a release folder is named by its date, YYYY-MM-DD; not imported"));
        continue;
      }
      List<Path> files;
      try (Stream<Path> s = Files.list(release)) {
        files =
            s.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                .sorted()
                .toList();
      }
      for (Path file : files) {
        Sources.checkCount(++count, name);
        String fileName = releaseName + "/" + file.getFileName();
        String id = file.getFileName().toString().replaceFirst("\\.md$", "");
        String text = Sources.text(file, fileName).replace("\r\n", "\n");
        Release r = release(date, fileName, text, problems);
        if (r != null) {
          releases.put(date, true);
          items.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
        }
      }
    }
    List<Entry> entries = new ArrayList<>();
    for (Map.Entry<String, List<Release>> item : items.entrySet()) {
      entries.add(entry(item.getKey(), item.getValue()));
    }
    LocalDate edition = releases.isEmpty() ? null : releases.lastKey();
    LocalDate previous = edition == null ? null : releases.lowerKey(edition);
    return new ImportedRadar(title, edition, previous, quadrants, rings, entries, problems);
  }

  private static @Nullable Release release(
      LocalDate date, String fileName, String text, List<Problem> problems) {
    if (!text.startsWith("---\n")) {
      problems.add(
          new Problem(
              new Place(fileName, 1),
              "an AOE item starts with front matter between '---' lines; not imported"));
      return null;
    }
    int end = text.indexOf("\n---", 3);
    if (end < 0) {
      problems.add(
          new Problem(
              new Place(fileName, 1), "the front matter is not closed by '---'; not imported"));
      return null;
    }
    JsonNode front;
    try {
      front = YAML.readTree(text.substring(4, end + 1));
    } catch (IOException e) {
      problems.add(
          new Problem(new Place(fileName, 2), "the front matter is not valid YAML; not imported"));
      return null;
    }
    if (front == null || !front.isObject()) {
      front = YAML.createObjectNode();
    }
    int bodyStart = text.indexOf('\n', end + 1);
    String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
    return new Release(date, new Place(fileName, 1), front, body);
  }

  /** One entry from an item's releases, oldest first: later ones override what they state. */
  private static Entry entry(String id, List<Release> releases) {
    String title = id;
    String ring = "";
    String quadrant = "";
    List<String> tags = List.of();
    List<Change> history = new ArrayList<>();
    for (int i = 0; i < releases.size(); i++) {
      Release r = releases.get(i);
      title = text(r.front(), "title", title);
      ring = text(r.front(), "ring", ring);
      quadrant = text(r.front(), "quadrant", quadrant);
      if (r.front().path("tags").isArray()) {
        List<String> t = new ArrayList<>();
        r.front().path("tags").forEach(n -> t.add(n.asText()));
        tags = t;
      }
      boolean newest = i == releases.size() - 1;
      String note = newest ? null : note(r.body());
      history.add(new Change(r.date(), ring, note));
    }
    Release last = releases.get(releases.size() - 1);
    return new Entry(
        last.place(),
        title,
        id,
        ring,
        quadrant,
        null,
        tags,
        history,
        InertMarkdown.of(last.body()));
  }

  private static String text(JsonNode node, String field, String fallback) {
    String v = Sources.string(node, field);
    return v == null || v.isBlank() ? fallback : v.strip();
  }

  /** An earlier release's text as a one-line history note. */
  private static @Nullable String note(String body) {
    String text = body.replaceAll("\\s+", " ").strip();
    if (text.isEmpty()) {
      return null;
    }
    return text.length() > 500 ? text.substring(0, 499) + "…" : text;
  }

  private static List<Section> sections(JsonNode array) {
    List<Section> out = new ArrayList<>();
    for (JsonNode s : array) {
      String id = Sources.string(s, "id");
      String t = Sources.string(s, "title");
      String d = Sources.string(s, "description");
      out.add(
          new Section(
              id,
              t == null ? (id == null ? "" : id) : t,
              d == null ? "" : d,
              Sources.string(s, "color")));
    }
    return out;
  }

  /**
   * Writes {@code radar} as an AOE folder: config.json and one release folder per date at which a
   * blip changed ring (its history), the blip's text in its newest release and each earlier
   * change's note as that release's text. A blip without history appears once, at the edition's
   * date (or its review date, or {@code fallback}).
   *
   * @return the files written, relative to {@code folder}
   */
  public static List<String> write(Radar radar, Path folder, LocalDate fallback)
      throws IOException {
    List<String> written = new ArrayList<>();
    ObjectNode config = Exported.object();
    ArrayNode quadrants = config.putArray("quadrants");
    for (Quadrant q : radar.quadrants()) {
      quadrants
          .addObject()
          .put("id", q.id())
          .put("title", q.title())
          .put("description", q.description());
    }
    ArrayNode rings = config.putArray("rings");
    for (Ring r : radar.rings()) {
      rings
          .addObject()
          .put("id", r.id())
          .put("title", r.title())
          .put("description", r.description())
          .put("color", r.color());
    }
    config.putObject("labels").put("title", radar.title());
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("config.json"), Exported.json(config), StandardCharsets.UTF_8);
    written.add("config.json");
    for (Blip b : Exported.byRing(radar)) {
      List<HistoryEntry> history = b.history();
      if (history.isEmpty()) {
        LocalDate date =
            radar.edition() != null && radar.edition().date() != null
                ? radar.edition().date()
                : b.reviewed() != null ? b.reviewed() : fallback;
        history = List.of(new HistoryEntry(date, b.ring(), null));
      }
      for (int i = 0; i < history.size(); i++) {
        HistoryEntry h = history.get(i);
        boolean newest = i == history.size() - 1;
        if (!newest && history.get(i + 1).date().equals(h.date())) {
          // One file per release: of two changes on one day, the later one is the release's.
          continue;
        }
        StringBuilder md = new StringBuilder("---\n");
        md.append("title: ").append(Yaml.quoted(b.title())).append('\n');
        md.append("ring: ").append(h.ring().id()).append('\n');
        md.append("quadrant: ").append(b.quadrant().id()).append('\n');
        if (!b.tags().isEmpty()) {
          md.append("tags: [").append(String.join(", ", b.tags())).append("]\n");
        }
        md.append("---\n\n");
        String text = newest ? b.body().strip() : h.note() == null ? "" : h.note();
        if (!text.isEmpty()) {
          md.append(text).append('\n');
        }
        String path = "radar/" + h.date() + "/" + b.id() + ".md";
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
        written.add(path);
      }
    }
    return written;
  }
}
