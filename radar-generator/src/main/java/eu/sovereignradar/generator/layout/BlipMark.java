package eu.sovereignradar.generator.layout;

import eu.sovereignradar.generator.model.Movement;
import java.util.Locale;

/** Writes one blip: its link, its movement mark and its number. Everything stays within r. */
final class BlipMark {
  private BlipMark() {}

  /** The fill, outline and number colours of a ring's blips. */
  record Colours(String fill, String stroke, String text) {
    static Colours of(String ringColour) {
      return new Colours(
          ringColour,
          Colors.darkenedFor(ringColour, Colors.SHAPE_CONTRAST),
          Colors.textOn(ringColour));
    }
  }

  static void write(StringBuilder out, ChartBlip b, BlipPosition p, Colours colours, boolean link) {
    if (link) {
      out.append("<a href=\"");
      SvgText.escape(out, b.href());
      out.append("\" aria-label=\"");
      SvgText.escape(out, b.accessibleName());
      out.append("\" class=\"blip blip-");
    } else {
      out.append("<g class=\"blip blip-");
    }
    out.append(b.movement().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    out.append("\" data-blip=\"");
    SvgText.escape(out, b.id());
    out.append("\" data-ring=\"");
    SvgText.escape(out, b.ringId());
    out.append("\" data-quadrant=\"");
    SvgText.escape(out, b.quadrantId());
    out.append("\" data-tags=\"");
    SvgText.escape(out, String.join(" ", b.tags()));
    out.append("\" data-replaces=\"");
    SvgText.escape(out, String.join(" ", b.replaces()));
    out.append("\"><title>");
    SvgText.escape(out, b.title());
    out.append("</title>");
    shape(out, b.movement(), p.x(), p.y(), p.radius(), 0, 0, colours.fill(), colours.stroke());
    String number = Integer.toString(b.number());
    // The font size is the chart's (inherited from the group); the baseline sits so that the
    // figures are centred on the mark.
    out.append("<text class=\"blip-number\" x=\"");
    SvgText.number(out, p.x());
    out.append("\" y=\"");
    SvgText.number(out, p.y() + BlipSize.FIGURE_HEIGHT * BlipSize.NUMBER_FONT / 2);
    out.append("\" textLength=\"");
    SvgText.number(out, BlipSize.numberWidth(number.length()));
    out.append("\" lengthAdjust=\"spacingAndGlyphs\" fill=\"").append(colours.text()).append("\">");
    out.append(number).append(link ? "</text></a>\n" : "</text></g>\n");
  }

  /**
   * Writes the mark for {@code movement} at (x, y) within radius {@code r}; (cx, cy) is the chart
   * centre that a moved mark points towards or away from. Every mark has the same round body,
   * {@link BlipSize#body}, that holds the number; a new mark adds a ring and a moved mark a point
   * outside it, within {@code r}. Returns the body's radius.
   */
  static double shape(
      StringBuilder out,
      Movement movement,
      double x,
      double y,
      double r,
      double cx,
      double cy,
      String fill,
      String stroke) {
    double body = BlipSize.body(r);
    switch (movement) {
      case NEW -> {
        circle(out, "blip-shape", x, y, body - 0.5, fill, stroke, 0);
        circle(out, "blip-new-ring", x, y, r - 0.75, "none", stroke, 1.5);
        return body;
      }
      case MOVED_IN, MOVED_OUT -> {
        double dx = cx - x;
        double dy = cy - y;
        double length = Math.hypot(dx, dy);
        double angle = length == 0 ? -Math.PI / 2 : Math.atan2(dy, dx);
        if (movement == Movement.MOVED_OUT) {
          angle += Math.PI;
        }
        double tip = r - 0.75;
        double round = body - 0.5;
        // Tangents from the tip touch the body at ±alpha from the pointing direction.
        double alpha = Math.acos(round / tip);
        out.append("<path class=\"blip-shape\" d=\"M");
        RadarChartWriter.numbers(
            out, x + round * Math.cos(angle + alpha), y + round * Math.sin(angle + alpha));
        out.append('L');
        RadarChartWriter.numbers(out, x + tip * Math.cos(angle), y + tip * Math.sin(angle));
        out.append('L');
        RadarChartWriter.numbers(
            out, x + round * Math.cos(angle - alpha), y + round * Math.sin(angle - alpha));
        out.append('A');
        RadarChartWriter.numbers(
            out,
            round,
            round,
            0,
            1,
            0,
            x + round * Math.cos(angle + alpha),
            y + round * Math.sin(angle + alpha));
        out.append("Z\" fill=\"").append(fill).append("\" stroke=\"").append(stroke);
        out.append("\" stroke-linejoin=\"round\"/>");
        return body;
      }
      default -> {
        circle(out, "blip-shape", x, y, body - 0.5, fill, stroke, 0);
        return body;
      }
    }
  }

  private static void circle(
      StringBuilder out,
      String cssClass,
      double x,
      double y,
      double r,
      String fill,
      String stroke,
      double width) {
    out.append("<circle class=\"").append(cssClass).append("\" cx=\"");
    SvgText.number(out, x);
    out.append("\" cy=\"");
    SvgText.number(out, y);
    out.append("\" r=\"");
    SvgText.number(out, r);
    out.append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke).append('"');
    if (width > 0) {
      // Otherwise the group's stroke-width of 1 applies.
      out.append(" stroke-width=\"");
      SvgText.number(out, width);
      out.append('"');
    }
    out.append("/>");
  }
}
