package eu.sovereignradar.generator.score;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The criterion titles and explanations in one interface language, read from the {@code score}
 * bundle packaged next to this class ({@code score.properties} is English, {@code score_fr} and
 * {@code score_de} translate it). Placeholders are {@code {0}}, {@code {1}}, replaced literally: no
 * {@link java.text.MessageFormat}, whose quoting rules would eat the apostrophes of French text.
 * Immutable and thread-safe.
 */
final class ScoreTexts {
  private static final String BUNDLE = "eu.sovereignradar.generator.score.score";

  private final ResourceBundle bundle;

  private ScoreTexts(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  /**
   * The texts for {@code language}; English for a language without a translation. Never falls back
   * to the JVM's default locale, so output does not depend on the machine.
   */
  static ScoreTexts forLanguage(String language) {
    requireNonNull(language, "language");
    return new ScoreTexts(
        ResourceBundle.getBundle(
            BUNDLE,
            Locale.forLanguageTag(language),
            ScoreTexts.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  String title(Criterion criterion) {
    return bundle.getString(criterion.id() + ".title");
  }

  String explanation(Criterion criterion, Rating rating) {
    String text = bundle.getString(criterion.id() + "." + rating.messageKey());
    List<String> args = rating.arguments();
    // One pass, so that a "{1}" inside an argument is never replaced itself.
    StringBuilder sb = new StringBuilder(text.length() + 64);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '{'
          && i + 2 < text.length()
          && text.charAt(i + 2) == '}'
          && Character.isDigit(text.charAt(i + 1))
          && text.charAt(i + 1) - '0' < args.size()) {
        sb.append(args.get(text.charAt(i + 1) - '0'));
        i += 3;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }
}
