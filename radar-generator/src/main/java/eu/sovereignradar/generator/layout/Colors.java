package eu.sovereignradar.generator.layout;

import java.util.Locale;

/**
 * Colour arithmetic for readable contrast, after WCAG 2.x: relative luminance and contrast ratio.
 * Ring colours come from radar.yaml and may be light; the chart derives text and outline colours
 * that stay readable instead of trusting them.
 */
final class Colors {
  /** Text on white needs 4.5:1 (WCAG AA for normal text). */
  static final double TEXT_CONTRAST = 4.5;

  /** Shapes on white need 3:1 (WCAG 1.4.11, non-text contrast). */
  static final double SHAPE_CONTRAST = 3;

  static final String DARK_TEXT = "#111111";
  static final String LIGHT_TEXT = "#ffffff";

  private Colors() {}

  /**
   * The colour of a number drawn on {@code fill}: white or near-black, whichever contrasts more.
   */
  static String textOn(String fill) {
    double l = luminance(fill);
    return contrast(l, 1.0) >= contrast(l, luminance(DARK_TEXT)) ? LIGHT_TEXT : DARK_TEXT;
  }

  /**
   * {@code color}, darkened in small steps towards black until it has {@code ratio} contrast
   * against white. Already dark colours come back unchanged (lower-cased).
   */
  static String darkenedFor(String color, double ratio) {
    int[] rgb = parse(color);
    for (int step = 0; step <= 20; step++) {
      double f = 1 - step * 0.05;
      int r = (int) Math.round(rgb[0] * f);
      int g = (int) Math.round(rgb[1] * f);
      int b = (int) Math.round(rgb[2] * f);
      String candidate = String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
      if (contrast(luminance(candidate), 1.0) >= ratio) {
        return candidate;
      }
    }
    return "#000000";
  }

  static double luminance(String color) {
    int[] rgb = parse(color);
    return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
  }

  static double contrast(double l1, double l2) {
    return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
  }

  private static double channel(int v) {
    double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  private static int[] parse(String color) {
    if (!color.matches("#[0-9a-fA-F]{6}")) {
      throw new IllegalArgumentException("colour must be #rrggbb: '" + color + "'");
    }
    int v = Integer.parseInt(color.substring(1), 16);
    return new int[] {(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff};
  }
}
