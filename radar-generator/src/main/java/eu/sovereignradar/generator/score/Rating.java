package eu.sovereignradar.generator.score;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What one criterion's rule concluded for one blip: the level and the explanation, as a key of the
 * {@code score} message bundle (relative to the criterion) with its arguments already in the
 * radar's language.
 */
record Rating(Level level, String messageKey, List<String> arguments) {
  Rating {
    requireNonNull(level, "level");
    requireNonNull(messageKey, "messageKey");
    arguments = List.copyOf(arguments);
  }

  static Rating of(Level level, String messageKey, String... arguments) {
    return new Rating(level, messageKey, List.of(arguments));
  }
}
