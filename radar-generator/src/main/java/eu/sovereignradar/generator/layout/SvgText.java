package eu.sovereignradar.generator.layout;

/**
 * XML escaping and number formatting for SVG. Numbers are formatted by hand, not with {@link
 * String#format} or {@link java.text.NumberFormat}, so the JVM's default locale can never turn a
 * decimal point into a comma.
 */
final class SvgText {
  private SvgText() {}

  /**
   * Appends {@code text} escaped for XML text and attribute values (both quote kinds). Characters
   * XML 1.0 forbids (control characters other than tab, LF and CR; lone surrogates; U+FFFE/U+FFFF)
   * become U+FFFD, so the output always parses.
   */
  static void escape(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')
              || Character.isSurrogate(c)
              || c == '\uFFFE'
              || c == '\uFFFF') {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  /** Appends {@code value} rounded to two decimals, without trailing zeros ("12.5", "-3", "0"). */
  static void number(StringBuilder out, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    long hundredths = Math.round(value * 100);
    if (hundredths < 0) {
      out.append('-');
      hundredths = -hundredths;
    }
    out.append(hundredths / 100);
    long fraction = hundredths % 100;
    if (fraction != 0) {
      out.append('.');
      out.append(fraction / 10);
      if (fraction % 10 != 0) {
        out.append(fraction % 10);
      }
    }
  }

  /** {@link #number} as a string. */
  static String number(double value) {
    StringBuilder out = new StringBuilder(12);
    number(out, value);
    return out.toString();
  }
}
