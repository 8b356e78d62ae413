package eu.sovereignradar.generator.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The current edition of the radar. Ring changes dated after {@code previousDate} mark a blip as
 * new or moved; without a previous date, nothing is marked.
 */
public record Edition(String id, @Nullable LocalDate date, @Nullable LocalDate previousDate) {
  public Edition {
    requireNonNull(id, "id");
  }
}
