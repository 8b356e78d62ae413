package eu.sovereignradar.generator.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An edition of the radar. Ring changes dated after {@code previousDate} and up to {@code date} are
 * the edition's changes: they mark a blip as new or moved; without a previous date (the first
 * edition), nothing is marked.
 *
 * @param title a name for the edition, or null
 * @param summary what the edition is about, in Markdown, or null
 */
public record Edition(
    String id,
    @Nullable LocalDate date,
    @Nullable LocalDate previousDate,
    @Nullable String title,
    @Nullable String summary) {
  public Edition {
    requireNonNull(id, "id");
  }

  /** An edition without title or summary (radar.yaml's single {@code edition} form). */
  public Edition(String id, @Nullable LocalDate date, @Nullable LocalDate previousDate) {
    this(id, date, previousDate, null, null);
  }
}
