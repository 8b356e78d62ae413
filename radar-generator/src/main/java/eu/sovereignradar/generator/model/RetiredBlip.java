package eu.sovereignradar.generator.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A blip taken off the radar on {@code date}, for {@code reason}: it keeps its page, marked
 * retired, and appears on the changes page of the edition it was retired in, but on no chart or
 * list from then on.
 */
public record RetiredBlip(Blip blip, LocalDate date, String reason) {
  public RetiredBlip {
    requireNonNull(blip, "blip");
    requireNonNull(date, "date");
    requireNonNull(reason, "reason");
  }
}
