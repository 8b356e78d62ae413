package eu.sovereignradar.generator.layout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The roadmap's timeline as inline SVG: phases as columns, one bar per step in rows grouped by
 * area, arrows from a step to the steps that wait for it, a line at the reference date, a mark at
 * each notice deadline of a contract a step leaves, and the change actions in their lanes below.
 * Every bar is a link, so the picture can be walked with the keyboard; a status symbol before each
 * label repeats what the bar's shade says, so colour is never the only signal; and the page shows
 * the same facts as a table. Thread-safe.
 */
public final class TimelineWriter {
  static final int WIDTH = 1100;
  static final int LEFT = 280;
  static final int RIGHT = 16;
  static final int TOP = 48;
  static final int ROW = 22;
  static final int BAR = 12;
  static final int LABEL_CHARS = 42;

  /** A generous average width of a character of bold 12 px sans-serif, in ems. */
  static final double LABEL_EM = 0.62;

  private TimelineWriter() {}

  /**
   * What to draw.
   *
   * @param title the accessible name of the picture
   * @param today the reference date, drawn as a line when it falls within the phases
   */
  public record Timeline(
      String title,
      List<Phase> phases,
      List<Group> groups,
      List<Lane> lanes,
      @Nullable LocalDate today,
      String todayLabel,
      String lanesLabel) {
    public Timeline {
      phases = List.copyOf(phases);
      groups = List.copyOf(groups);
      lanes = List.copyOf(lanes);
    }
  }

  /** A phase: a column from {@code start} to {@code end}, both included. */
  public record Phase(String label, LocalDate start, LocalDate end) {}

  /** A group of rows under a heading, such as an area. */
  public record Group(String label, List<Bar> bars) {
    public Group {
      bars = List.copyOf(bars);
    }
  }

  /**
   * One step.
   *
   * @param symbol a character that repeats the status ("✓" done, "○" planned ...)
   * @param css the class that shades the bar, e.g. {@code status-planned}
   * @param description the link's accessible name and tooltip: title, dates, status
   * @param dependsOn ids of the bars this one waits for (arrows are drawn from them)
   */
  public record Bar(
      String id,
      String label,
      String symbol,
      String css,
      String href,
      String description,
      LocalDate start,
      LocalDate end,
      List<String> dependsOn,
      List<Mark> deadlines) {
    public Bar {
      dependsOn = List.copyOf(dependsOn);
      deadlines = List.copyOf(deadlines);
    }
  }

  /** A dated mark with a tooltip: a notice deadline, or a change action. */
  public record Mark(LocalDate date, String description) {}

  /** A lane of change management and its actions. */
  public record Lane(String label, List<Mark> actions) {
    public Lane {
      actions = List.copyOf(actions);
    }
  }

  public static String svg(Timeline t) {
    if (t.phases().isEmpty()) {
      return "";
    }
    LocalDate from = t.phases().get(0).start();
    LocalDate to = t.phases().get(t.phases().size() - 1).end();
    for (Group g : t.groups()) {
      for (Bar b : g.bars()) {
        from = b.start().isBefore(from) ? b.start() : from;
        to = b.end().isAfter(to) ? b.end() : to;
      }
    }
    Axis axis = new Axis(from, to);
    int rows = 0;
    for (Group g : t.groups()) {
      rows += 1 + g.bars().size();
    }
    int lanesTop = TOP + rows * ROW + (t.lanes().isEmpty() ? 0 : ROW);
    int bottom = lanesTop + t.lanes().size() * ROW;
    int height = bottom + 28;
    StringBuilder out = new StringBuilder(16384);
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" role=\"group\" aria-labelledby=\"timelineTitle\"><title id=\"timelineTitle\">");
    SvgText.escape(out, t.title());
    out.append("</title><defs><marker id=\"timelineArrow\" viewBox=\"0 0 8 8\" refX=\"7\"")
        .append(" refY=\"4\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
        .append("<path d=\"M0,0 L8,4 L0,8 z\" class=\"timeline-arrow-head\"/></marker></defs>");
    phases(out, t.phases(), axis, bottom);
    years(out, axis, bottom);

    Map<String, double[]> ends = new HashMap<>();
    List<String[]> arrows = new ArrayList<>();
    int y = TOP;
    for (Group g : t.groups()) {
      out.append("<text class=\"timeline-group\" x=\"8\" y=\"").append(y + 15).append("\">");
      SvgText.escape(out, g.label());
      out.append("</text>");
      y += ROW;
      for (Bar b : g.bars()) {
        bar(out, b, axis, y);
        double mid = y + ROW / 2.0;
        ends.put(b.id(), new double[] {axis.x(b.start()), axis.x(b.end().plusDays(1)), mid});
        for (String d : b.dependsOn()) {
          arrows.add(new String[] {d, b.id()});
        }
        y += ROW;
      }
    }
    out.append("<g class=\"timeline-arrows\" aria-hidden=\"true\">");
    for (String[] a : arrows) {
      double[] from0 = ends.get(a[0]);
      double[] to0 = ends.get(a[1]);
      if (from0 == null || to0 == null) {
        continue;
      }
      double x1 = from0[1];
      double y1 = from0[2];
      double x2 = to0[0];
      double y2 = to0[2];
      double bend = Math.max(x1 + 4, Math.min(x2 - 4, x1 + 10));
      out.append("<path class=\"timeline-arrow\" d=\"M");
      SvgText.number(out, x1);
      out.append(',');
      SvgText.number(out, y1);
      out.append(" H");
      SvgText.number(out, bend);
      out.append(" V");
      SvgText.number(out, y2);
      out.append(" H");
      SvgText.number(out, x2 - 1);
      out.append("\" marker-end=\"url(#timelineArrow)\"/>");
    }
    out.append("</g>");

    if (!t.lanes().isEmpty()) {
      int ly = lanesTop - ROW;
      out.append("<text class=\"timeline-group\" x=\"8\" y=\"").append(ly + 15).append("\">");
      SvgText.escape(out, t.lanesLabel());
      out.append("</text>");
      for (Lane lane : t.lanes()) {
        ly += ROW;
        out.append("<text class=\"timeline-label\" x=\"20\" y=\"").append(ly + 15).append("\">");
        SvgText.escape(out, lane.label());
        out.append("</text>");
        for (Mark action : lane.actions()) {
          double x = axis.x(action.date()) + axis.dayWidth() / 2;
          out.append("<path class=\"timeline-action\" d=\"M");
          SvgText.number(out, x);
          out.append(',').append(ly + 4).append(" l6,7 l-6,7 l-6,-7 z\"><title>");
          SvgText.escape(out, action.description());
          out.append("</title></path>");
        }
      }
    }
    if (t.today() != null && !t.today().isBefore(axis.from) && !t.today().isAfter(axis.to)) {
      double x = axis.x(t.today());
      out.append("<line class=\"timeline-today\" x1=\"");
      SvgText.number(out, x);
      out.append("\" x2=\"");
      SvgText.number(out, x);
      out.append("\" y1=\"").append(TOP - 6).append("\" y2=\"").append(bottom).append("\"/>");
      out.append("<text class=\"timeline-today-label\" x=\"");
      SvgText.number(out, x + 3);
      out.append("\" y=\"").append(bottom + 22).append("\">");
      SvgText.escape(out, t.todayLabel());
      out.append("</text>");
    }
    return out.append("</svg>").toString();
  }

  private static void phases(StringBuilder out, List<Phase> phases, Axis axis, int bottom) {
    for (int i = 0; i < phases.size(); i++) {
      Phase p = phases.get(i);
      double x1 = axis.x(p.start());
      double x2 = axis.x(p.end().plusDays(1));
      out.append("<rect class=\"timeline-phase phase-")
          .append(i % 2 == 0 ? "even" : "odd")
          .append("\" x=\"");
      SvgText.number(out, x1);
      out.append("\" y=\"").append(TOP - 40).append("\" width=\"");
      SvgText.number(out, Math.max(0, x2 - x1));
      out.append("\" height=\"").append(bottom - TOP + 40).append("\"/>");
      // A title that does not fit its column is shortened to its number; the phase table below
      // the picture names every phase in full.
      String label = p.label();
      String shown = label.length() * LABEL_EM * 12 < x2 - x1 - 8 ? label : String.valueOf(i + 1);
      out.append("<text class=\"timeline-phase-label\" x=\"");
      SvgText.number(out, x1 + 4);
      out.append("\" y=\"").append(TOP - 24).append("\"><title>");
      SvgText.escape(out, label);
      out.append("</title>");
      SvgText.escape(out, shown);
      out.append("</text>");
    }
  }

  private static void years(StringBuilder out, Axis axis, int bottom) {
    for (int year = axis.from.getYear() + 1; year <= axis.to.getYear(); year++) {
      double x = axis.x(LocalDate.of(year, 1, 1));
      out.append("<line class=\"timeline-year\" x1=\"");
      SvgText.number(out, x);
      out.append("\" x2=\"");
      SvgText.number(out, x);
      out.append("\" y1=\"").append(TOP - 14).append("\" y2=\"").append(bottom).append("\"/>");
      out.append("<text class=\"timeline-year-label\" x=\"");
      SvgText.number(out, x + 3);
      out.append("\" y=\"").append(TOP - 4).append("\">").append(year).append("</text>");
    }
  }

  private static void bar(StringBuilder out, Bar b, Axis axis, int y) {
    String label = b.label();
    String shown =
        label.length() > LABEL_CHARS ? label.substring(0, LABEL_CHARS - 1).strip() + "…" : label;
    out.append("<a class=\"timeline-step\" href=\"");
    SvgText.escape(out, b.href());
    out.append("\" aria-label=\"");
    SvgText.escape(out, b.description());
    out.append("\"><title>");
    SvgText.escape(out, b.description());
    out.append("</title><text class=\"timeline-label\" x=\"20\" y=\"").append(y + 15).append("\">");
    SvgText.escape(out, b.symbol() + " " + shown);
    out.append("</text><rect class=\"timeline-bar ");
    SvgText.escape(out, b.css());
    out.append("\" x=\"");
    double x1 = axis.x(b.start());
    SvgText.number(out, x1);
    out.append("\" y=\"").append(y + (ROW - BAR) / 2).append("\" width=\"");
    SvgText.number(out, Math.max(2, axis.x(b.end().plusDays(1)) - x1));
    out.append("\" height=\"").append(BAR).append("\" rx=\"3\"/></a>");
    for (Mark d : b.deadlines()) {
      if (d.date().isBefore(axis.from) || d.date().isAfter(axis.to)) {
        continue;
      }
      double x = axis.x(d.date()) + axis.dayWidth() / 2;
      out.append("<path class=\"timeline-deadline\" d=\"M");
      SvgText.number(out, x - 5);
      out.append(',').append(y + 1).append(" h10 l-5,8 z\"><title>");
      SvgText.escape(out, d.description());
      out.append("</title></path>");
    }
  }

  /** Days to x coordinates between the labels and the right edge. */
  private static final class Axis {
    final LocalDate from;
    final LocalDate to;
    final double scale;

    Axis(LocalDate from, LocalDate to) {
      this.from = from;
      this.to = to;
      long days = to.toEpochDay() - from.toEpochDay() + 1;
      this.scale = (double) (WIDTH - LEFT - RIGHT) / Math.max(1, days);
    }

    double x(LocalDate date) {
      return LEFT + (date.toEpochDay() - from.toEpochDay()) * scale;
    }

    double dayWidth() {
      return scale;
    }
  }
}
