package eu.sovereignradar.generator.interop;

import eu.sovereignradar.generator.interop.ImportedRadar.Change;
import eu.sovereignradar.generator.interop.ImportedRadar.Entry;
import eu.sovereignradar.generator.interop.ImportedRadar.Problem;
import eu.sovereignradar.generator.interop.ImportedRadar.Section;
import eu.sovereignradar.generator.model.RadarSettings;
import eu.sovereignradar.generator.validation.Ids;
import eu.sovereignradar.generator.validation.Slugs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes an {@link ImportedRadar} into a content folder: {@code radar.yaml} when the folder has
 * none (rings and quadrants from the source), and {@code blips/<id>.md} per entry. When radar.yaml
 * exists it is kept as it is and the entries' rings and quadrants are matched against it (by id, by
 * the id derived from the name, or by title ignoring case): importing into an existing radar adds
 * blips to it. Ids are derived from titles as {@code radar new} derives them ({@link Slugs}); two
 * titles with the same id get {@code -2}, {@code -3}, ... and a note says so. An existing blip file
 * is left alone unless {@code force}. Everything that cannot be mapped (no name, an unknown ring or
 * quadrant, a duplicate) is reported with its place and not written.
 */
public final class ContentWriter {
  /** A radar.yaml declares 1 to 8 of each (docs/content-format.md). */
  static final int MAX_SECTIONS = 8;

  static final int MAX_TAGS = 20;
  private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
  private static final Pattern WEB_URL = Pattern.compile("(?i)https?://[^\\s\"<>]+");

  private final Path content;
  private final boolean force;

  /**
   * @param content the content folder; created when it does not exist
   * @param force overwrite existing blip files (radar.yaml is never overwritten)
   */
  public ContentWriter(Path content, boolean force) {
    this.content = content;
    this.force = force;
  }

  /**
   * What was done, with content-relative paths ({@code blips/x.md}).
   *
   * @param written the files written
   * @param kept the files that existed and were left as they were
   * @param notes what was changed on the way (a renamed id, a dropped tag)
   * @param problems what could not be imported
   */
  public record Outcome(
      List<String> written, List<String> kept, List<String> notes, List<Problem> problems) {
    public Outcome {
      written = List.copyOf(written);
      kept = List.copyOf(kept);
      notes = List.copyOf(notes);
      problems = List.copyOf(problems);
    }
  }

  /**
   * Writes the radar.
   *
   * @param existing radar.yaml's settings when the folder has one, else null
   * @throws SourceException when the source declares more rings or quadrants than a radar holds
   */
  public Outcome write(ImportedRadar radar, @Nullable RadarSettings existing, String sourceName)
      throws IOException, SourceException {
    List<String> written = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<Problem> problems = new ArrayList<>(radar.problems());

    Resolver rings;
    Resolver quadrants;
    if (existing != null) {
      rings =
          Resolver.of(existing.rings().stream().map(r -> new Named(r.id(), r.title())).toList());
      quadrants =
          Resolver.of(
              existing.quadrants().stream().map(q -> new Named(q.id(), q.title())).toList());
    } else {
      List<Section> ringSections = sections(radar.rings(), radar, true);
      List<Section> quadrantSections = sections(radar.quadrants(), radar, false);
      check(ringSections, "rings", sourceName);
      check(quadrantSections, "quadrants", sourceName);
      rings = Resolver.of(named(ringSections));
      quadrants = Resolver.of(named(quadrantSections));
      Files.createDirectories(content);
      writeRadarYaml(radar, ringSections, quadrantSections, rings, quadrants, sourceName);
      written.add("radar.yaml");
    }

    Map<String, Entry> byTitle = new HashMap<>();
    Set<String> ids = new LinkedHashSet<>();
    List<Pending> pending = new ArrayList<>();
    for (Entry e : radar.entries()) {
      String title = e.title().strip();
      if (title.isEmpty()) {
        problems.add(new Problem(e.place(), "the entry has no name; not imported"));
        continue;
      }
      Optional<String> ring = rings.find(e.ring());
      if (ring.isEmpty()) {
        problems.add(
            new Problem(
                e.place(),
                "'"
                    + title
                    + "': ring '"
                    + e.ring()
                    + "' is not one of "
                    + String.join(", ", rings.ids())
                    + "; not imported"));
        continue;
      }
      Optional<String> quadrant = quadrants.find(e.quadrant());
      if (quadrant.isEmpty()) {
        problems.add(
            new Problem(
                e.place(),
                "'"
                    + title
                    + "': quadrant '"
                    + e.quadrant()
                    + "' is not one of "
                    + String.join(", ", quadrants.ids())
                    + "; not imported"));
        continue;
      }
      Entry first = byTitle.putIfAbsent(title.toLowerCase(Locale.ROOT), e);
      if (first != null) {
        problems.add(
            new Problem(
                e.place(),
                "'"
                    + title
                    + "' is a duplicate of the entry at "
                    + first.place().text()
                    + "; not imported"));
        continue;
      }
      String base = e.id() != null && Ids.isValid(e.id()) ? e.id() : Slugs.slug(title);
      if (!Ids.isValid(base)) {
        base = Ids.isValid("blip-" + base) ? "blip-" + base : "blip";
      }
      String id = base;
      for (int n = 2; ids.contains(id); n++) {
        String suffix = "-" + n;
        id = base.substring(0, Math.min(base.length(), Ids.MAX_LENGTH - suffix.length())) + suffix;
      }
      if (!id.equals(base)) {
        notes.add(
            e.place().text()
                + ": '"
                + title
                + "' would have the id '"
                + base
                + "' of an earlier entry; written as '"
                + id
                + "'");
      }
      ids.add(id);
      pending.add(new Pending(e, id, ring.get(), quadrant.get()));
    }

    Files.createDirectories(content.resolve("blips"));
    for (Pending p : pending) {
      String path = "blips/" + p.id() + ".md";
      Path file = content.resolve(path);
      if (Files.exists(file) && !force) {
        kept.add(path);
        continue;
      }
      Files.writeString(file, blip(p, rings, notes), StandardCharsets.UTF_8);
      written.add(path);
    }
    return new Outcome(written, kept, notes, problems);
  }

  private record Pending(Entry entry, String id, String ring, String quadrant) {}

  private record Named(String id, String title) {}

  /** Finds a section by id, by the id derived from a name, or by title ignoring case. */
  private record Resolver(List<Named> sections) {
    static Resolver of(List<Named> sections) {
      return new Resolver(List.copyOf(sections));
    }

    Optional<String> find(String ref) {
      String r = ref.strip();
      for (Named n : sections) {
        if (n.id().equals(r)) {
          return Optional.of(n.id());
        }
      }
      for (Named n : sections) {
        if (n.title().equalsIgnoreCase(r) || n.id().equals(Slugs.slug(r))) {
          return Optional.of(n.id());
        }
      }
      return Optional.empty();
    }

    List<String> ids() {
      return sections.stream().map(Named::id).toList();
    }
  }

  private static List<Named> named(List<Section> sections) {
    return sections.stream().map(s -> new Named(s.id(), s.title())).toList();
  }

  /**
   * The sections with valid, unique ids: the declared ones, or, when the source declares none, one
   * per distinct reference in the order the entries first use them (rings named as the usual adopt,
   * trial, assess, hold come in that order).
   */
  private static List<Section> sections(
      List<Section> declared, ImportedRadar radar, boolean isRing) {
    List<Section> source = declared;
    if (source.isEmpty()) {
      Map<String, String> refs = new LinkedHashMap<>();
      for (Entry e : radar.entries()) {
        String ref = (isRing ? e.ring() : e.quadrant()).strip();
        if (!ref.isEmpty() && !e.title().isBlank()) {
          refs.putIfAbsent(ref.toLowerCase(Locale.ROOT), ref);
        }
      }
      List<String> names = new ArrayList<>(refs.values());
      if (isRing) {
        List<String> usual = List.of("adopt", "trial", "assess", "hold");
        names.sort(
            Comparator.comparingInt(
                n -> {
                  int i = usual.indexOf(n.toLowerCase(Locale.ROOT));
                  return i < 0 ? usual.size() : i;
                }));
      }
      source = names.stream().map(n -> new Section(null, n, "", null)).toList();
    }
    List<Section> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    int n = 1;
    for (Section s : source) {
      String id = s.id() != null && Ids.isValid(s.id()) ? s.id() : Slugs.slug(s.title());
      if (!Ids.isValid(id)) {
        id = (isRing ? "ring-" : "quadrant-") + n;
      }
      String unique = id;
      for (int k = 2; seen.contains(unique); k++) {
        unique = id + "-" + k;
      }
      seen.add(unique);
      String title = s.title().isBlank() ? unique : s.title().strip();
      out.add(new Section(unique, title, s.description(), s.color()));
      n++;
    }
    return out;
  }

  private static void check(List<Section> sections, String what, String sourceName)
      throws SourceException {
    if (sections.isEmpty()) {
      throw new SourceException(
          new ImportedRadar.Place(sourceName, 0),
          "no " + what + " found: the source has no entries with a " + what.replace("s", ""));
    }
    if (sections.size() > MAX_SECTIONS) {
      throw new SourceException(
          new ImportedRadar.Place(sourceName, 0),
          "the source has "
              + sections.size()
              + " "
              + what
              + " ("
              + String.join(", ", sections.stream().map(Section::title).toList())
              + "); a radar has at most "
              + MAX_SECTIONS);
    }
  }

  private void writeRadarYaml(
      ImportedRadar radar,
      List<Section> rings,
      List<Section> quadrants,
      Resolver ringResolver,
      Resolver quadrantResolver,
      String sourceName)
      throws IOException {
    StringBuilder y = new StringBuilder();
    y.append("# Imported from ").append(sourceName.replace('\n', ' ')).append(".\n");
    y.append("# Field reference: docs/content-format.md\n");
    String title =
        radar.title() == null || radar.title().isBlank() ? "Imported radar" : radar.title();
    y.append("title: ").append(Yaml.quoted(title.strip())).append('\n');
    if (radar.edition() != null) {
      y.append("edition:\n");
      y.append("  id: ").append(Yaml.quoted(radar.edition().toString())).append('\n');
      y.append("  date: ").append(radar.edition()).append('\n');
      if (radar.previousEdition() != null) {
        y.append("  previousDate: ").append(radar.previousEdition()).append('\n');
      }
    }
    y.append("quadrants:\n");
    for (Section q : quadrants) {
      section(y, q);
    }
    y.append("rings:\n");
    for (Section r : rings) {
      section(y, r);
      if (r.color() != null && COLOR.matcher(r.color()).matches()) {
        y.append("    color: ")
            .append(Yaml.quoted(r.color().toLowerCase(Locale.ROOT)))
            .append('\n');
      }
    }
    Files.writeString(content.resolve("radar.yaml"), y.toString(), StandardCharsets.UTF_8);
  }

  private static void section(StringBuilder y, Section s) {
    y.append("  - id: ").append(s.id()).append('\n');
    y.append("    title: ").append(Yaml.quoted(s.title())).append('\n');
    if (!s.description().isBlank()) {
      y.append("    description: ").append(Yaml.quoted(s.description().strip())).append('\n');
    }
  }

  private static String blip(Pending p, Resolver rings, List<String> notes) {
    Entry e = p.entry();
    StringBuilder y = new StringBuilder("---\n");
    y.append("title: ").append(Yaml.quoted(e.title().strip())).append('\n');
    y.append("ring: ").append(p.ring()).append('\n');
    y.append("quadrant: ").append(p.quadrant()).append('\n');
    List<String> tags = new ArrayList<>();
    for (String t : e.tags()) {
      String tag = Ids.isValid(t) ? t : Slugs.slug(t);
      if (Ids.isValid(tag) && !tags.contains(tag) && tags.size() < MAX_TAGS) {
        tags.add(tag);
      } else if (!tags.contains(tag)) {
        notes.add(e.place().text() + ": tag '" + t + "' of '" + e.title().strip() + "' dropped");
      }
    }
    if (!tags.isEmpty()) {
      y.append("tags: [").append(String.join(", ", tags)).append("]\n");
    }
    if (e.website() != null && WEB_URL.matcher(e.website().strip()).matches()) {
      y.append("website: ").append(Yaml.quoted(e.website().strip())).append('\n');
    }
    List<String> history = history(e, p.ring(), rings, notes);
    if (!history.isEmpty()) {
      y.append("history:\n");
      history.forEach(y::append);
    }
    y.append("---\n");
    String body = e.body().strip();
    if (!body.isEmpty()) {
      y.append(body).append('\n');
    }
    return y.toString();
  }

  /** The history oldest first, or none when it does not end in the current ring. */
  private static List<String> history(Entry e, String current, Resolver rings, List<String> notes) {
    List<Change> changes = new ArrayList<>(e.history());
    changes.sort(Comparator.comparing(Change::date));
    List<String> lines = new ArrayList<>();
    String last = null;
    LocalDate lastDate = null;
    for (Change c : changes) {
      Optional<String> ring = rings.find(c.ring());
      if (ring.isEmpty()) {
        notes.add(
            e.place().text()
                + ": the history entry of "
                + c.date()
                + " names ring '"
                + c.ring()
                + "', which the radar does not have; left out");
        continue;
      }
      StringBuilder l = new StringBuilder();
      l.append("  - date: ").append(c.date()).append('\n');
      l.append("    ring: ").append(ring.get()).append('\n');
      if (c.note() != null && !c.note().isBlank()) {
        l.append("    note: ").append(Yaml.quoted(c.note().strip())).append('\n');
      }
      lines.add(l.toString());
      last = ring.get();
      lastDate = c.date();
    }
    if (last != null && !last.equals(current)) {
      notes.add(
          e.place().text()
              + ": the history of '"
              + e.title().strip()
              + "' ends in '"
              + last
              + "' on "
              + lastDate
              + ", not in its ring '"
              + current
              + "'; written without history");
      return List.of();
    }
    return lines;
  }
}
