package eu.sovereignradar.generator.render.page;

import eu.sovereignradar.generator.render.theme.Messages;
import eu.sovereignradar.generator.render.view.ScoreLine;
import eu.sovereignradar.generator.render.view.ScoreView;
import eu.sovereignradar.generator.score.CriterionResult;
import eu.sovereignradar.generator.score.SovereigntyScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Turns a {@link SovereigntyScore} into display text in the radar's language. Thread-safe. */
public final class ScoreViews {
  /** The label of each fact the score may miss: the blip page's own fact labels. */
  private static final Map<String, String> FACT_LABELS =
      Map.of("licence", "blip_licence", "origin", "blip_origin", "hosting", "blip_hosting");

  private final Messages messages;
  private final DecimalFormatSymbols symbols;

  public ScoreViews(Messages messages, String language) {
    this.messages = messages;
    this.symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag(language));
  }

  public ScoreView view(SovereigntyScore score) {
    if (!score.applicable()) {
      return new ScoreView(
          score.value(),
          label(score),
          messages.get("score_heading", label(score)),
          List.of(),
          "",
          null,
          messages.get("score_not_applicable_text"));
    }
    List<ScoreLine> lines = score.breakdown().stream().map(this::line).toList();
    return new ScoreView(
        score.value(),
        label(score),
        messages.get("score_heading", label(score)),
        lines,
        messages.get("score_points", number(score.points()), number(score.maxPoints())),
        missing(score),
        null);
  }

  /** "78/100", or "not applicable (open standard)" for a standard. */
  public String label(SovereigntyScore score) {
    if (!score.applicable()) {
      return messages.get("score_not_applicable");
    }
    return messages.get("score_value", score.value());
  }

  private ScoreLine line(CriterionResult r) {
    return new ScoreLine(
        r.criterionId(),
        r.title(),
        messages.get("score_points", number(r.points()), number(r.max())),
        r.level().id(),
        r.explanation());
  }

  private @Nullable String missing(SovereigntyScore score) {
    if (score.complete()) {
      return null;
    }
    List<String> labels =
        score.missingFacts().stream().map(f -> messages.get(FACT_LABELS.get(f))).toList();
    return messages.get("score_missing", String.join(", ", labels));
  }

  /**
   * Weights and points with at most two decimals and the language's decimal separator: "25", "12.5"
   * in English, "12,5" in French. A new format per call, since {@link DecimalFormat} is not
   * thread-safe.
   */
  public String number(double value) {
    BigDecimal rounded =
        BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    if (rounded.scale() <= 0) {
      return rounded.toBigInteger().toString();
    }
    DecimalFormat format = new DecimalFormat("0.##", symbols);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(rounded);
  }
}
