package eu.sovereignradar.generator.render.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One roadmap step as a table row: on the roadmap page, in the report and in the quick wins.
 *
 * @param statusId the status id, for the CSS class; {@code status} is its name
 * @param moves the applications it moves (empty in a public build)
 * @param users as text, or empty when the build does not show users
 * @param reduction the exposure it removes, as text
 * @param decideBefore the earliest notice deadline of the contracts it leaves, or null
 */
public record StepRow(
    String id,
    String title,
    String href,
    String symbol,
    String phase,
    DateText start,
    DateText end,
    String status,
    String statusId,
    String effort,
    String risk,
    List<ItemLink> moves,
    @Nullable ItemLink to,
    String users,
    String reduction,
    List<ItemLink> dependsOn,
    @Nullable DateText decideBefore) {
  public StepRow {
    moves = List.copyOf(moves);
    dependsOn = List.copyOf(dependsOn);
  }
}
