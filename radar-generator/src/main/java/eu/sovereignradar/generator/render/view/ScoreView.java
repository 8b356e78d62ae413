package eu.sovereignradar.generator.render.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A blip's sovereignty score with its breakdown, ready to print.
 *
 * @param value the score from 0 to 100
 * @param label the score in words, e.g. "78/100"
 * @param heading the breakdown's heading, e.g. "Sovereignty score: 78/100"
 * @param lines one line per criterion, in the score's order
 * @param total the points in words, e.g. "77.5 of 100"
 * @param missing the facts not stated, in words ("Not stated, so counted as zero: licence,
 *     origin"), or null when every fact is stated
 * @param notApplicable why the score does not apply (an open standard), or null when it does; the
 *     breakdown is then empty and pages print this text instead
 */
public record ScoreView(
    int value,
    String label,
    String heading,
    List<ScoreLine> lines,
    String total,
    @Nullable String missing,
    @Nullable String notApplicable) {
  public ScoreView {
    lines = List.copyOf(lines);
  }
}
