package eu.sovereignradar.generator.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A ring change: on {@code date} the blip was placed in {@code ring}. */
public record HistoryEntry(LocalDate date, Ring ring, @Nullable String note) {
  public HistoryEntry {
    requireNonNull(date, "date");
    requireNonNull(ring, "ring");
  }
}
