package eu.sovereignradar.generator.render.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One alternative in a product's comparison table.
 *
 * @param blip the blip as lists show it (links relative to the product page)
 * @param licence the licence, or null when not stated
 * @param vendor the vendor, or null
 * @param origin the vendor's country in the radar's language, or null
 * @param hosting the hosting options in words
 * @param coverage the coverage in words ("full replacement")
 * @param coverageId {@code full} or {@code partial} (CSS class)
 * @param notes the notes of the {@code replaces} entry, or null
 * @param score the sovereignty score from 0 to 100
 * @param scoreLabel the score in words, e.g. "78/100"
 * @param scoreHref the score breakdown on the blip page
 */
public record AlternativeRow(
    BlipItem blip,
    @Nullable LicenceView licence,
    @Nullable String vendor,
    @Nullable String origin,
    List<String> hosting,
    String coverage,
    String coverageId,
    @Nullable String notes,
    int score,
    String scoreLabel,
    String scoreHref) {
  public AlternativeRow {
    hosting = List.copyOf(hosting);
  }
}
