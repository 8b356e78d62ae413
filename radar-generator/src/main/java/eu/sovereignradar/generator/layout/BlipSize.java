package eu.sovereignradar.generator.layout;

/**
 * How large blip marks and their numbers are, in SVG user units (the chart radius is 500 at scale
 * 1). Pure functions of a number's digit count; the tests pin the rules.
 *
 * <p>Every number on a chart is set in one size, {@link #NUMBER_FONT}, so that the chart reads
 * evenly. The chart's natural width (the {@code width} attribute of its {@code <svg>}) maps {@link
 * #PX_PER_UNIT} CSS pixels to a unit, so a number renders at {@code NUMBER_FONT × PX_PER_UNIT} =
 * 11.2 CSS px whenever the chart is shown at its natural width, whatever the enlargement: an
 * enlarged chart is larger on screen, not smaller numbers.
 *
 * <p>A number sits inside a round body large enough for all its digits. All three marks share that
 * body, so a moved or new mark is never smaller than a plain circle: the plain circle is the body,
 * a new mark adds a ring around it and a moved mark a point, both within the footprint {@code body
 * / }{@link #BODY_SHARE} that the placer keeps free.
 */
public final class BlipSize {

  /** The size of every number on a chart, in user units. */
  public static final double NUMBER_FONT = 14;

  /** CSS pixels per user unit at the chart's natural width. */
  public static final double PX_PER_UNIT = 0.8;

  /** The smallest rendered number at natural width, in CSS px. */
  public static final double NUMBER_PX = NUMBER_FONT * PX_PER_UNIT;

  /** The advance of a digit in em; 0.55 in common sans-serif fonts, a little generous. */
  static final double DIGIT_WIDTH = 0.56;

  /** The height of a figure in em (the cap height is about 0.7 em), a little generous. */
  static final double FIGURE_HEIGHT = 0.74;

  /** Room for the body's outline between the number's corners and the body's edge. */
  static final double OUTLINE = 0.5;

  /** How far a new mark's ring or a moved mark's point reaches beyond the body. */
  public static final double MARK_EXTRA = 2.5;

  /** The footprint radius in an uncrowded cell: room for three digits, in whole half units. */
  public static final double DEFAULT_RADIUS = Math.ceil(2 * footprintFor(3)) / 2;

  private BlipSize() {}

  /** The number of decimal digits of {@code number} (at least 1). */
  public static int digits(int number) {
    return Integer.toString(Math.max(0, number)).length();
  }

  /**
   * The smallest body radius that holds {@code digits} digits at {@link #NUMBER_FONT}: the corners
   * of the number's box, plus the outline, lie inside the circle.
   */
  public static double bodyFor(int digits) {
    double halfWidth = digits * DIGIT_WIDTH * NUMBER_FONT / 2;
    double halfHeight = FIGURE_HEIGHT * NUMBER_FONT / 2;
    return Math.hypot(halfWidth, halfHeight) + OUTLINE;
  }

  /** The smallest footprint radius for a number of {@code digits} digits. */
  public static double footprintFor(int digits) {
    return bodyFor(digits) + MARK_EXTRA;
  }

  /** The body radius of a mark whose footprint radius is {@code footprint}. */
  public static double body(double footprint) {
    return footprint - MARK_EXTRA;
  }

  /** The rendered width of {@code digits} digits, in user units (for tests and the legend). */
  public static double numberWidth(int digits) {
    return digits * DIGIT_WIDTH * NUMBER_FONT;
  }
}
