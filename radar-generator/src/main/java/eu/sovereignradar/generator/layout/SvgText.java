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
    int clean = 0;
    while (clean < text.length() && isPlain(text.charAt(clean))) {
      clean++;
    }
    // Most text (ids, numbers, plain titles) needs no escaping: copy it in one go.
    out.append(text, 0, clean);
    for (int i = clean; i < text.length(); i++) {
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

  private static boolean isPlain(char c) {
    return c >= 0x20 && c < 0xD800 && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
  }

  /**
   * Appends {@code value} rounded to one decimal, without a trailing zero ("12.5", "-3", "0"). A
   * tenth of a user unit is a tenth of a pixel on a chart drawn at its natural size; more digits
   * would only make large charts heavier.
   */
  static void number(StringBuilder out, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    long tenths = Math.round(value * 10);
    if (tenths < 0) {
      out.append('-');
      tenths = -tenths;
    }
    out.append(tenths / 10);
    if (tenths % 10 != 0) {
      out.append('.').append(tenths % 10);
    }
  }

  /** {@link #number} as a string. */
  static String number(double value) {
    StringBuilder out = new StringBuilder(12);
    number(out, value);
    return out.toString();
  }
}
