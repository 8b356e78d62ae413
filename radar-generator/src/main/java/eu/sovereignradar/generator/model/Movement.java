package eu.sovereignradar.generator.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** How a blip changed since the previous edition. */
public enum Movement {
  NEW,
  MOVED_IN,
  MOVED_OUT,
  UNCHANGED;

  /**
   * Derives the movement from a history (oldest first) and the previous edition's date. A blip
   * whose first entry is after the previous edition is new; otherwise the last change after that
   * date decides whether it moved towards the centre or away from it.
   */
  public static Movement of(List<HistoryEntry> history, java.time.@Nullable LocalDate previous) {
    if (previous == null || history.isEmpty()) {
      return UNCHANGED;
    }
    if (history.get(0).date().isAfter(previous)) {
      return NEW;
    }
    int before = -1;
    for (HistoryEntry e : history) {
      if (!e.date().isAfter(previous)) {
        before = e.ring().index();
      }
    }
    int now = history.get(history.size() - 1).ring().index();
    if (now < before) {
      return MOVED_IN;
    }
    return now > before ? MOVED_OUT : UNCHANGED;
  }
}
