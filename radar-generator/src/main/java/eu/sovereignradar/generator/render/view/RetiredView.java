package eu.sovereignradar.generator.render.view;

import eu.sovereignradar.generator.render.safety.Html;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The page of a retired blip: when and why it left the radar, the ring it left from, its history
 * and its last assessment.
 */
public record RetiredView(
    String title,
    @Nullable String summary,
    DateText retired,
    Html reason,
    String lastRing,
    String quadrant,
    List<HistoryView> history,
    Html body,
    String changesHref) {
  public RetiredView {
    history = List.copyOf(history);
  }
}
