package eu.sovereignradar.generator.analysis;

import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.Edition;
import eu.sovereignradar.generator.model.HistoryEntry;
import eu.sovereignradar.generator.model.Movement;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.model.RetiredBlip;
import eu.sovereignradar.generator.model.Ring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One edition of the radar reconstructed from the blips' histories: what changed in it (the ring
 * changes dated after the previous edition and up to this one) and every blip as it stood then. A
 * blip without a history counts as on the radar in its current ring at every edition. Immutable and
 * thread-safe.
 *
 * @param added blips whose first history entry falls in the edition
 * @param movedIn, movedOut blips whose ring at this edition is nearer to, or farther from, the
 *     centre than at the previous one
 * @param retired blips retired in the edition
 * @param reviewed blips reviewed in the edition without any other change in it
 * @param blips the radar at this edition: each blip in its ring of then, with the movement of this
 *     edition, in the radar's order (quadrant, ring, title)
 */
public record EditionChanges(
    Edition edition,
    List<Change> added,
    List<Change> movedIn,
    List<Change> movedOut,
    List<RetiredBlip> retired,
    List<Blip> reviewed,
    List<Blip> blips) {
  public EditionChanges {
    added = List.copyOf(added);
    movedIn = List.copyOf(movedIn);
    movedOut = List.copyOf(movedOut);
    retired = List.copyOf(retired);
    reviewed = List.copyOf(reviewed);
    blips = List.copyOf(blips);
  }

  /**
   * A ring change of the edition.
   *
   * @param from the ring at the previous edition, or null for a new blip
   * @param note the note of the edition's last history entry, or null
   */
  public record Change(Blip blip, @Nullable Ring from, Ring to, @Nullable String note) {}

  /** How many changes the edition has, reviews included. */
  public int count() {
    return added.size() + movedIn.size() + movedOut.size() + retired.size() + reviewed.size();
  }

  /** Every dated edition of {@code radar}, oldest first. */
  public static List<EditionChanges> of(Radar radar) {
    List<Blip> all = new ArrayList<>(radar.blips());
    radar.retired().forEach(r -> all.add(r.blip()));
    java.util.Map<String, LocalDate> retiredOn = new java.util.HashMap<>();
    radar.retired().forEach(r -> retiredOn.put(r.blip().id(), r.date()));
    List<EditionChanges> result = new ArrayList<>();
    for (Edition e : radar.settings().editions()) {
      if (e.date() != null) {
        result.add(of(radar, all, retiredOn, e));
      }
    }
    return result;
  }

  private static EditionChanges of(
      Radar radar, List<Blip> all, java.util.Map<String, LocalDate> retiredOn, Edition edition) {
    LocalDate date = edition.date();
    // The edition's own previous date: the date of the edition before it in a list, or what the
    // single-edition form of radar.yaml states.
    LocalDate before = edition.previousDate();
    List<Change> added = new ArrayList<>();
    List<Change> movedIn = new ArrayList<>();
    List<Change> movedOut = new ArrayList<>();
    List<Blip> blips = new ArrayList<>();
    Set<String> changed = new HashSet<>();
    List<RetiredBlip> retired = new ArrayList<>();
    for (RetiredBlip r : radar.retired()) {
      if (within(r.date(), before, date)) {
        retired.add(r);
        changed.add(r.blip().id());
      }
    }
    for (Blip b : all) {
      if (!onRadar(retiredOn, b, date)) {
        continue;
      }
      Ring now = ringAt(b, date);
      List<HistoryEntry> upTo = b.history().stream().filter(h -> !h.date().isAfter(date)).toList();
      blips.add(b.at(now, Movement.of(upTo, before)));
      if (before == null || b.history().isEmpty()) {
        continue;
      }
      String note = lastNote(b, before, date);
      if (b.history().get(0).date().isAfter(before)) {
        added.add(new Change(b, null, now, note));
        changed.add(b.id());
      } else {
        Ring then = ringAt(b, before);
        if (now.index() < then.index()) {
          movedIn.add(new Change(b, then, now, note));
          changed.add(b.id());
        } else if (now.index() > then.index()) {
          movedOut.add(new Change(b, then, now, note));
          changed.add(b.id());
        }
      }
    }
    List<Blip> reviewed = new ArrayList<>();
    if (before != null) {
      for (Blip b : all) {
        if (b.reviewed() != null
            && within(b.reviewed(), before, date)
            && !changed.contains(b.id())
            && onRadar(retiredOn, b, date)) {
          reviewed.add(b);
        }
      }
    }
    Comparator<Blip> order =
        Comparator.<Blip>comparingInt(b -> b.quadrant().index())
            .thenComparingInt(b -> b.ring().index())
            .thenComparing(b -> b.title().toLowerCase(Locale.ROOT))
            .thenComparing(Blip::id);
    Comparator<Change> changes = Comparator.comparing(Change::blip, order);
    added.sort(changes);
    movedIn.sort(changes);
    movedOut.sort(changes);
    blips.sort(order);
    reviewed.sort(order);
    retired.sort(Comparator.comparing(RetiredBlip::blip, order));
    return new EditionChanges(edition, added, movedIn, movedOut, retired, reviewed, blips);
  }

  /** True when {@code day} is after {@code after} (when there is one) and not after {@code to}. */
  private static boolean within(LocalDate day, @Nullable LocalDate after, LocalDate to) {
    return (after == null || day.isAfter(after)) && !day.isAfter(to);
  }

  /** On the radar at {@code date}: placed by then, and not retired by then. */
  private static boolean onRadar(
      java.util.Map<String, LocalDate> retiredOn, Blip b, LocalDate date) {
    if (!b.history().isEmpty() && b.history().get(0).date().isAfter(date)) {
      return false;
    }
    LocalDate retired = retiredOn.get(b.id());
    return retired == null || retired.isAfter(date);
  }

  /** The ring of the last history entry on or before {@code date}; today's ring without one. */
  static Ring ringAt(Blip b, LocalDate date) {
    Ring ring = null;
    for (HistoryEntry h : b.history()) {
      if (!h.date().isAfter(date)) {
        ring = h.ring();
      }
    }
    return ring != null ? ring : b.ring();
  }

  private static @Nullable String lastNote(Blip b, LocalDate after, LocalDate to) {
    String note = null;
    for (HistoryEntry h : b.history()) {
      if (within(h.date(), after, to) && h.note() != null) {
        note = h.note();
      }
    }
    return note;
  }
}
