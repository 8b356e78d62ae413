package eu.sovereignradar.generator.layout;

import java.util.List;

/**
 * The dependency matrix's heat map as inline SVG: criticality (rows, most critical at the top)
 * against floor level (columns, 0 to 4 and unknown), each cell the number of applications. The
 * number is printed in every cell and the shade only repeats it, so colour is never the only
 * signal; the page also shows the same counts as a table for screen readers. Thread-safe.
 */
public final class HeatMapWriter {
  private static final int CELL = 56;
  private static final int LEFT = 96;
  private static final int TOP = 28;

  private HeatMapWriter() {}

  /**
   * @param rows row labels, top to bottom
   * @param columns column labels, left to right
   * @param counts {@code counts[row][column]}, in the order of the labels
   * @param risk {@code risk[row][column]} from 0 (no concern) to 3 (most urgent), for the shade
   * @param title the accessible name of the picture
   */
  public static String svg(
      List<String> rows, List<String> columns, int[][] counts, int[][] risk, String title) {
    int width = LEFT + CELL * columns.size() + 4;
    int height = TOP + CELL * rows.size() + 4;
    StringBuilder out = new StringBuilder(4096);
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heat-map\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-labelledby=\"heatMapTitle\"><title id=\"heatMapTitle\">");
    SvgText.escape(out, title);
    out.append("</title>");
    for (int c = 0; c < columns.size(); c++) {
      out.append("<text class=\"heat-col\" x=\"")
          .append(LEFT + c * CELL + CELL / 2)
          .append("\" y=\"")
          .append(TOP - 10)
          .append("\" text-anchor=\"middle\">");
      SvgText.escape(out, columns.get(c));
      out.append("</text>");
    }
    for (int r = 0; r < rows.size(); r++) {
      int y = TOP + r * CELL;
      out.append("<text class=\"heat-row\" x=\"")
          .append(LEFT - 8)
          .append("\" y=\"")
          .append(y + CELL / 2 + 5)
          .append("\" text-anchor=\"end\">");
      SvgText.escape(out, rows.get(r));
      out.append("</text>");
      for (int c = 0; c < columns.size(); c++) {
        int x = LEFT + c * CELL;
        int n = counts[r][c];
        out.append("<rect class=\"heat-cell risk-")
            .append(n == 0 ? "none" : String.valueOf(risk[r][c]))
            .append("\" x=\"")
            .append(x + 1)
            .append("\" y=\"")
            .append(y + 1)
            .append("\" width=\"")
            .append(CELL - 2)
            .append("\" height=\"")
            .append(CELL - 2)
            .append("\" rx=\"4\"/><text class=\"heat-count\" x=\"")
            .append(x + CELL / 2)
            .append("\" y=\"")
            .append(y + CELL / 2 + 6)
            .append("\" text-anchor=\"middle\">")
            .append(n)
            .append("</text>");
      }
    }
    return out.append("</svg>").toString();
  }
}
