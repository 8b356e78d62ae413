package eu.sovereignradar.generator.interop;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV, read with the line each record starts on, so that a problem can name the row a
 * spreadsheet shows and the line an editor shows (a quoted cell may span lines, so they differ).
 * The delimiter is a comma, or a semicolon when the header row has semicolons and no comma:
 * spreadsheets in locales with a decimal comma (German, French) export that way.
 */
final class Csv {
  private Csv() {}

  /**
   * One record.
   *
   * @param row 1-based, the header being row 1, as a spreadsheet numbers rows
   * @param line the 1-based line the record starts on
   */
  record Row(int row, int line, List<String> cells) {
    Row {
      cells = List.copyOf(cells);
    }

    String cell(int index) {
      return index < cells.size() ? cells.get(index) : "";
    }
  }

  /** Every record of {@code text}, header included; blank lines are skipped. */
  static List<Row> read(String text) {
    String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    int firstBreak = s.indexOf('\n');
    String header = firstBreak < 0 ? s : s.substring(0, firstBreak);
    char delimiter = header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
    List<Row> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int line = 1;
    int start = 1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          cell.append(c);
        }
      } else if (c == '"' && cell.isEmpty()) {
        quoted = true;
        any = true;
      } else if (c == delimiter) {
        cells.add(cell.toString());
        cell.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || !cell.isEmpty()) {
          cells.add(cell.toString());
          rows.add(new Row(rows.size() + 1, start, cells));
        }
        cells = new ArrayList<>();
        cell.setLength(0);
        any = false;
        line++;
        start = line;
      } else {
        cell.append(c);
        any = true;
      }
    }
    if (any || !cell.isEmpty()) {
      cells.add(cell.toString());
      rows.add(new Row(rows.size() + 1, start, cells));
    }
    return rows;
  }

  /** One CSV line (with CRLF, as RFC 4180 says), each cell quoted when it needs to be. */
  static String line(List<String> cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String c = cells.get(i);
      if (c.indexOf(',') >= 0
          || c.indexOf('"') >= 0
          || c.indexOf('\n') >= 0
          || c.indexOf('\r') >= 0
          || c.indexOf(';') >= 0) {
        sb.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(c);
      }
    }
    return sb.append("\r\n").toString();
  }
}
