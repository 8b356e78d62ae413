package eu.sovereignradar.generator.validation;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean ...?" for near misses: the closest candidate within a small edit distance (one edit
 * per three characters, at least one and at most three), compared ignoring case. Used by the
 * validator and by tools that take ids from the command line. Stateless and thread-safe.
 */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The candidate nearest to {@code wrong}, ties broken alphabetically; empty when none is near.
   */
  public static Optional<String> closest(String wrong, Collection<String> candidates) {
    String w = wrong.toLowerCase(Locale.ROOT);
    int limit = Math.max(1, Math.min(3, (w.length() + 2) / 3));
    return candidates.stream()
        .filter(c -> distance(w, c.toLowerCase(Locale.ROOT)) <= limit)
        .min(
            Comparator.<String>comparingInt(c -> distance(w, c.toLowerCase(Locale.ROOT)))
                .thenComparing(Comparator.naturalOrder()));
  }

  /** " (did you mean 'x'?)" or the empty string. */
  public static String didYouMean(String wrong, Collection<String> candidates) {
    return closest(wrong, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
  }

  static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 3) {
      return 4;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
