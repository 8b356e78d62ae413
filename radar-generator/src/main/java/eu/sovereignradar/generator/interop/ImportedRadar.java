package eu.sovereignradar.generator.interop;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a reader found in a source, before it becomes content files: the rings and quadrants the
 * source declares (empty when it declares none and they come from the entries), one entry per blip,
 * and the places it could not read. Rings and quadrants of entries are references as the source
 * wrote them (an id, a name or an index already resolved to a name); {@link ContentWriter} resolves
 * them. Immutable.
 *
 * @param title the radar's title, when the source has one
 * @param edition the date of the newest edition the source holds (AOE releases), or null
 * @param previousEdition the date of the edition before it, or null
 */
public record ImportedRadar(
    @Nullable String title,
    @Nullable LocalDate edition,
    @Nullable LocalDate previousEdition,
    List<Section> quadrants,
    List<Section> rings,
    List<Entry> entries,
    List<Problem> problems) {
  public ImportedRadar {
    quadrants = List.copyOf(quadrants);
    rings = List.copyOf(rings);
    entries = List.copyOf(entries);
    problems = List.copyOf(problems);
  }

  /**
   * A ring or quadrant as the source declares it.
   *
   * @param id the source's id, or null when it has only a name
   * @param color {@code #rrggbb}, or null
   */
  public record Section(
      @Nullable String id, String title, String description, @Nullable String color) {
    public Section {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(description, "description");
    }
  }

  /**
   * One blip to be.
   *
   * @param id the source's id (AOE file name, Backstage id), or null to derive one from the title
   * @param ring the ring reference: id or name
   * @param quadrant the quadrant reference: id or name
   * @param website a link the source gives, or null
   * @param history ring changes, in any order; the writer sorts them
   * @param body safe Markdown (already converted from HTML when the source holds HTML)
   */
  public record Entry(
      Place place,
      String title,
      @Nullable String id,
      String ring,
      String quadrant,
      @Nullable String website,
      List<String> tags,
      List<Change> history,
      String body) {
    public Entry {
      tags = List.copyOf(tags);
      history = List.copyOf(history);
    }
  }

  /** A ring change of an entry, with the ring as a reference like {@link Entry#ring()}. */
  public record Change(LocalDate date, String ring, @Nullable String note) {}

  /** A place in a source: the file as the user named it, and a 1-based line (0: the whole file). */
  public record Place(String file, int line) {
    /** {@code file:line}, or the file alone for the whole file. */
    public String text() {
      return line > 0 ? file + ":" + line : file;
    }
  }

  /** Something at {@code place} that could not be imported, and why. */
  public record Problem(Place place, String message) {
    public String text() {
      return place.text() + ": " + message;
    }
  }
}
