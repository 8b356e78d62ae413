package eu.sovereignradar.generator.layout;

import eu.sovereignradar.generator.model.Movement;
import eu.sovereignradar.generator.model.Quadrant;
import eu.sovereignradar.generator.model.Ring;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes the radar chart as inline SVG. The markup uses presentation attributes and CSS classes
 * only (no {@code style} attribute, no script), so a strict Content-Security-Policy holds and the
 * theme can restyle hover, focus and dark mode through the classes:
 *
 * <ul>
 *   <li>{@code svg.radar-chart} (plus {@code radar-chart-enlarged} when a crowded radar had to be
 *       drawn larger, see {@link BlipPlacer}), {@code role="group"}, labelled by its {@code
 *       <title>} and described by its {@code <desc>};
 *   <li>{@code g.radar-rings} with {@code path.ring} (tinted area) and {@code .ring-border}; {@code
 *       g.radar-separators}; {@code g.radar-ring-labels} with {@code text.ring-label}; {@code
 *       g.radar-quadrant-labels} with {@code text.quadrant-label} — all {@code aria-hidden}, since
 *       every blip link names its ring and quadrant;
 *   <li>{@code g.radar-blips}: one {@code a.blip} per blip, in reading order (quadrant, ring,
 *       number) so the tab order is sensible, with {@code blip-new}, {@code blip-moved-in}, {@code
 *       blip-moved-out} or {@code blip-unchanged}, {@code data-blip}, {@code data-ring}, {@code
 *       data-quadrant}, {@code data-tags}, {@code data-replaces}; inside it a {@code <title>}
 *       tooltip, {@code .blip-shape} (and {@code .blip-new-ring}) and {@code text.blip-number}.
 * </ul>
 *
 * <p>Movement marks: a plain circle is unchanged; a circle inside a ring is new; a circle drawn out
 * to a point (a teardrop) has moved, the point aiming at the centre when it moved in and away from
 * it when it moved out. {@link #legendSymbol} draws the same marks for a legend.
 */
public final class RadarChartWriter {
  private static final double QUADRANT_FONT = 18;
  private static final double RING_FONT = 12;
  private static final double MIN_RING_FONT = 7;
  private static final double LABEL_DISTANCE = 14;
  private static final double PADDING = 10;
  private static final int LABEL_LINE_CHARS = 22;

  /** Average advance of a character in em, generous for capitals in common sans-serif fonts. */
  private static final double CHAR_WIDTH = 0.62;

  private static final double DIGIT_WIDTH = 0.56;
  private static final String SEPARATOR_COLOR = "#767676";

  private RadarChartWriter() {}

  /**
   * Inline SVG markup (a complete {@code <svg>} element, no XML prolog), deterministic for the same
   * spec: the same bytes whatever the order of blips with equal numbers, the default locale or the
   * time.
   */
  public static String svg(ChartSpec spec) {
    List<Quadrant> all = spec.allQuadrants();
    List<Ring> rings = spec.rings();
    Map<String, Integer> quadrantIndex = indexOf(all.stream().map(Quadrant::id).toList());
    Map<String, Integer> ringIndex = indexOf(rings.stream().map(Ring::id).toList());
    List<PlaceableBlip> placeable = new ArrayList<>(spec.blips().size());
    for (ChartBlip b : spec.blips()) {
      placeable.add(
          new PlaceableBlip(
              b.id(), quadrantIndex.get(b.quadrantId()), ringIndex.get(b.ringId()), b.number()));
    }
    ChartLayout layout = BlipPlacer.place(all.size(), rings.size(), placeable);
    ChartGeometry g = layout.geometry();
    TreeSet<Integer> drawn = new TreeSet<>();
    spec.quadrants().forEach(q -> drawn.add(quadrantIndex.get(q.id())));
    boolean whole = drawn.size() == all.size();

    List<QuadrantLabel> labels = new ArrayList<>();
    if (spec.quadrantLabels()) {
      for (int q : drawn) {
        labels.add(QuadrantLabel.of(g, q, all.get(q).title()));
      }
    }
    double[] box = whole ? circleBox(g) : sectorsBox(g, drawn);
    for (QuadrantLabel l : labels) {
      box = union(box, l.box());
    }
    double pad = PADDING * g.scale();

    // About 570 characters per blip with a title and a link: room for them from the start, as a
    // builder that doubles while it holds the chart of 100,000 blips takes 150 MB for a 57 MB text.
    StringBuilder out = new StringBuilder(2048 + 640 * spec.blips().size());
    String titleId = spec.idPrefix() + "chart-title";
    String descId = spec.idPrefix() + "chart-desc";
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"radar-chart");
    out.append(layout.enlarged() ? " radar-chart-enlarged" : "");
    out.append(spec.links() ? "" : " radar-map").append("\" viewBox=\"");
    double width = box[2] - box[0] + 2 * pad;
    double height = box[3] - box[1] + 2 * pad;
    numbers(out, box[0] - pad, box[1] - pad, width, height);
    // The natural size: numbers render at BlipSize.NUMBER_PX there, however large the chart.
    out.append("\" width=\"").append(Math.round(width * BlipSize.PX_PER_UNIT));
    out.append("\" height=\"").append(Math.round(height * BlipSize.PX_PER_UNIT));
    if (spec.links()) {
      out.append("\" role=\"group\" aria-labelledby=\"").append(titleId);
      out.append("\" aria-describedby=\"").append(descId).append("\">\n");
    } else {
      out.append("\" aria-hidden=\"true\" focusable=\"false\">\n");
    }
    element(out, "title", "id", titleId, spec.title());
    element(out, "desc", "id", descId, spec.description());

    writeRings(out, g, rings, whole, drawn);
    writeSeparators(out, g, whole, drawn);
    writeRingLabels(out, g, rings, drawn.first());
    out.append("<g class=\"radar-quadrant-labels\" aria-hidden=\"true\">\n");
    for (QuadrantLabel l : labels) {
      l.write(out, all.get(l.quadrant()).id());
    }
    out.append("</g>\n");

    List<ChartBlip> reading = new ArrayList<>(spec.blips());
    reading.sort(
        Comparator.<ChartBlip>comparingInt(b -> quadrantIndex.get(b.quadrantId()))
            .thenComparingInt(b -> ringIndex.get(b.ringId()))
            .thenComparingInt(ChartBlip::number)
            .thenComparing(ChartBlip::id));
    // Colours are derived once per ring, not per blip: a large radar has thousands of blips.
    List<BlipMark.Colours> colours = new ArrayList<>();
    rings.forEach(r -> colours.add(BlipMark.Colours.of(r.color())));
    // Shared presentation attributes are inherited from the group instead of repeated per blip.
    out.append("<g class=\"radar-blips\" stroke-width=\"1\" text-anchor=\"middle\" font-size=\"");
    SvgText.number(out, BlipSize.NUMBER_FONT);
    out.append("\">\n");
    for (ChartBlip b : reading) {
      BlipMark.write(
          out,
          b,
          layout.requirePosition(b.id()),
          colours.get(ringIndex.get(b.ringId())),
          spec.links());
    }
    out.append("</g>\n</svg>\n");
    return out.toString();
  }

  /**
   * A small standalone SVG (24 × 24 user units, {@code aria-hidden}) showing the mark for {@code
   * movement} in neutral colours, for the legend that explains the marks. The legend imagines the
   * chart's centre to the left: the moved-in mark points left, the moved-out mark right.
   */
  public static String legendSymbol(Movement movement) {
    StringBuilder out = new StringBuilder(256);
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"blip-legend-symbol\"")
        .append(" viewBox=\"-12 -12 24 24\" width=\"24\" height=\"24\" aria-hidden=\"true\"")
        .append(" stroke-width=\"1\">");
    // The legend puts "the centre" to the left: moved in points left, moved out points right.
    BlipMark.shape(out, movement, 0, 0, 11, -100, 0, "#767676", "#4d4d4d");
    out.append("</svg>");
    return out.toString();
  }

  private static void writeRings(
      StringBuilder out, ChartGeometry g, List<Ring> rings, boolean whole, TreeSet<Integer> drawn) {
    out.append("<g class=\"radar-rings\" aria-hidden=\"true\">\n");
    for (int k = 0; k < rings.size(); k++) {
      Ring ring = rings.get(k);
      double inner = g.ringInnerRadius(k);
      double outer = g.ringOuterRadius(k);
      out.append("<path class=\"ring\" data-ring=\"");
      SvgText.escape(out, ring.id());
      out.append("\" fill=\"").append(ring.color()).append("\" fill-opacity=\"0.1\"");
      out.append(" fill-rule=\"evenodd\" d=\"");
      if (whole) {
        circlePath(out, outer);
        if (inner > 0) {
          out.append(' ');
          circlePath(out, inner);
        }
      } else {
        for (int q : drawn) {
          sectorPath(out, g, q, inner, outer);
        }
      }
      out.append("\"/>\n");
    }
    for (int k = 0; k < rings.size(); k++) {
      double outer = g.ringOuterRadius(k);
      String stroke = Colors.darkenedFor(rings.get(k).color(), Colors.SHAPE_CONTRAST);
      if (whole) {
        out.append("<circle class=\"ring-border\" cx=\"0\" cy=\"0\" r=\"");
        SvgText.number(out, outer);
        out.append('"');
      } else {
        out.append("<path class=\"ring-border\" d=\"");
        for (int q : drawn) {
          double a0 = g.sectorStart(q);
          double a1 = a0 + g.sectorSpan();
          out.append('M');
          point(out, outer, a0);
          arc(out, outer, g.sectorSpan(), 1, outer, a1);
        }
        out.append('"');
      }
      out.append(" fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"");
      SvgText.number(out, g.scale());
      out.append("\"/>\n");
    }
    out.append("</g>\n");
  }

  private static void writeSeparators(
      StringBuilder out, ChartGeometry g, boolean whole, TreeSet<Integer> drawn) {
    out.append("<g class=\"radar-separators\" aria-hidden=\"true\">\n");
    if (g.quadrantCount() > 1) {
      TreeSet<Integer> edges = new TreeSet<>();
      for (int q : drawn) {
        edges.add(q);
        if (!whole) {
          edges.add((q + 1) % g.quadrantCount());
        }
      }
      for (int e : edges) {
        double a = g.sectorStart(0) + e * g.sectorSpan();
        out.append("<line class=\"sector-separator\" x1=\"0\" y1=\"0\" x2=\"");
        SvgText.number(out, g.outerRadius() * Math.cos(a));
        out.append("\" y2=\"");
        SvgText.number(out, g.outerRadius() * Math.sin(a));
        out.append("\" stroke=\"").append(SEPARATOR_COLOR).append("\" stroke-width=\"");
        SvgText.number(out, g.scale());
        out.append("\"/>\n");
      }
    }
    out.append("</g>\n");
  }

  /** Ring labels run along the lane that every sector keeps free along its first edge. */
  private static void writeRingLabels(
      StringBuilder out, ChartGeometry g, List<Ring> rings, int sector) {
    out.append("<g class=\"radar-ring-labels\" aria-hidden=\"true\">\n");
    double a = g.sectorStart(sector);
    double ux = Math.cos(a);
    double uy = Math.sin(a);
    // Into the sector, perpendicular to its first edge.
    double px = -uy;
    double py = ux;
    double degrees = Math.toDegrees(a);
    if (ux < -1e-9) {
      degrees += 180; // never upside down
    }
    double laneMiddle = g.laneWidth() / 2;
    for (int k = 0; k < rings.size(); k++) {
      Ring ring = rings.get(k);
      double inner = g.ringInnerRadius(k);
      double outer = g.ringOuterRadius(k);
      double room = outer - inner - 4 * g.scale();
      String text = ring.title();
      double font =
          Math.min(RING_FONT * g.scale(), room / (CHAR_WIDTH * Math.max(1, text.length())));
      if (font < MIN_RING_FONT * g.scale()) {
        font = MIN_RING_FONT * g.scale();
        int fit = Math.max(1, (int) (room / (CHAR_WIDTH * font)) - 1);
        text = text.length() > fit ? text.substring(0, fit).strip() + "…" : text;
      }
      double mid = (inner + outer) / 2;
      double cx = mid * ux + laneMiddle * px;
      double cy = mid * uy + laneMiddle * py;
      out.append("<text class=\"ring-label\" data-ring=\"");
      SvgText.escape(out, ring.id());
      out.append("\" x=\"");
      SvgText.number(out, cx);
      out.append("\" y=\"");
      SvgText.number(out, cy + 0.35 * font);
      out.append("\" transform=\"rotate(");
      numbers(out, degrees, cx, cy);
      out.append(")\" text-anchor=\"middle\" font-size=\"");
      SvgText.number(out, font);
      out.append("\" fill=\"").append(Colors.darkenedFor(ring.color(), Colors.TEXT_CONTRAST));
      out.append("\">");
      SvgText.escape(out, text);
      out.append("</text>\n");
    }
    out.append("</g>\n");
  }

  /** A quadrant's title outside the outer ring, at the middle of its sector, wrapped. */
  private record QuadrantLabel(
      int quadrant, List<String> lines, double x, double top, double font, String anchor) {

    static QuadrantLabel of(ChartGeometry g, int q, String title) {
      double font = QUADRANT_FONT * g.scale();
      double a = g.sectorStart(q) + g.sectorSpan() / 2;
      double cos = Math.cos(a);
      double sin = Math.sin(a);
      double rho = g.outerRadius() + LABEL_DISTANCE * g.scale();
      double x = rho * cos;
      double y = rho * sin;
      String anchor = cos > 0.25 ? "start" : cos < -0.25 ? "end" : "middle";
      List<String> lines = wrap(title);
      double height = lines.size() * 1.25 * font;
      double top = sin < -0.25 ? y - height : sin > 0.25 ? y : y - height / 2;
      return new QuadrantLabel(q, lines, x, top, font, anchor);
    }

    double[] box() {
      int longest = lines.stream().mapToInt(String::length).max().orElse(0);
      double width = longest * CHAR_WIDTH * font;
      double left =
          switch (anchor) {
            case "start" -> x;
            case "end" -> x - width;
            default -> x - width / 2;
          };
      return new double[] {left, top, left + width, top + lines.size() * 1.25 * font};
    }

    void write(StringBuilder out, String quadrantId) {
      out.append("<text class=\"quadrant-label\" data-quadrant=\"");
      SvgText.escape(out, quadrantId);
      out.append("\" text-anchor=\"").append(anchor).append("\" font-size=\"");
      SvgText.number(out, font);
      out.append("\" fill=\"currentColor\">");
      for (int i = 0; i < lines.size(); i++) {
        out.append("<tspan x=\"");
        SvgText.number(out, x);
        out.append("\" y=\"");
        SvgText.number(out, top + i * 1.25 * font + 0.9 * font);
        out.append("\">");
        SvgText.escape(out, lines.get(i));
        out.append("</tspan>");
      }
      out.append("</text>\n");
    }

    private static List<String> wrap(String title) {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : title.strip().split("\\s+")) {
        if (line.length() > 0 && line.length() + 1 + word.length() > LABEL_LINE_CHARS) {
          lines.add(line.toString());
          line.setLength(0);
        }
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(word);
      }
      lines.add(line.toString());
      return lines;
    }
  }

  private static Map<String, Integer> indexOf(List<String> ids) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    return index;
  }

  private static double[] circleBox(ChartGeometry g) {
    double r = g.outerRadius();
    return new double[] {-r, -r, r, r};
  }

  private static double[] sectorsBox(ChartGeometry g, TreeSet<Integer> drawn) {
    double[] box = {0, 0, 0, 0};
    for (int q : drawn) {
      double a0 = g.sectorStart(q);
      double a1 = a0 + g.sectorSpan();
      List<Double> angles = new ArrayList<>(List.of(a0, a1));
      for (int k = -8; k <= 8; k++) {
        double a = k * Math.PI / 2;
        if (a > a0 && a < a1) {
          angles.add(a);
        }
      }
      for (double a : angles) {
        double x = g.outerRadius() * Math.cos(a);
        double y = g.outerRadius() * Math.sin(a);
        box = union(box, new double[] {x, y, x, y});
      }
    }
    return box;
  }

  private static double[] union(double[] a, double[] b) {
    return new double[] {
      Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])
    };
  }

  private static void circlePath(StringBuilder out, double r) {
    out.append('M');
    numbers(out, -r, 0);
    out.append('A');
    numbers(out, r, r, 0, 1, 0, r, 0);
    out.append('A');
    numbers(out, r, r, 0, 1, 0, -r, 0);
    out.append('Z');
  }

  private static void sectorPath(
      StringBuilder out, ChartGeometry g, int q, double inner, double outer) {
    double a0 = g.sectorStart(q);
    double a1 = a0 + g.sectorSpan();
    out.append('M');
    if (inner > 0) {
      point(out, inner, a0);
    } else {
      numbers(out, 0, 0);
    }
    out.append('L');
    point(out, outer, a0);
    arc(out, outer, g.sectorSpan(), 1, outer, a1);
    if (inner > 0) {
      out.append('L');
      point(out, inner, a1);
      arc(out, inner, g.sectorSpan(), 0, inner, a0);
    }
    out.append('Z');
  }

  private static void arc(
      StringBuilder out, double r, double span, int sweep, double toRho, double toAngle) {
    out.append('A');
    numbers(out, r, r, 0, span > Math.PI ? 1 : 0, sweep);
    out.append(' ');
    point(out, toRho, toAngle);
  }

  private static void point(StringBuilder out, double rho, double angle) {
    numbers(out, rho * Math.cos(angle), rho * Math.sin(angle));
  }

  static void numbers(StringBuilder out, double... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append(' ');
      }
      SvgText.number(out, values[i]);
    }
  }

  private static void element(
      StringBuilder out, String name, String attribute, String value, String text) {
    out.append('<').append(name).append(' ').append(attribute).append("=\"");
    SvgText.escape(out, value);
    out.append("\">");
    SvgText.escape(out, text);
    out.append("</").append(name).append(">\n");
  }
}
