package eu.sovereignradar.generator.render.files;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import eu.sovereignradar.generator.analysis.DependencyMatrix;
import eu.sovereignradar.generator.analysis.DependencyMatrix.Row;
import eu.sovereignradar.generator.model.AssessmentSettings.Dimension;
import eu.sovereignradar.generator.model.Country;
import eu.sovereignradar.generator.model.InventoryItem;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes {@code matrix.csv}: one row per inventory item, in the matrix's order, with ids rather
 * than translated words so that a spreadsheet can filter and pivot it. UTF-8 with a byte order mark
 * (spreadsheet programs read the encoding from it). Content is untrusted, and a cell starting with
 * {@code = + - @} or a tab would be run as a formula by a spreadsheet, so such cells get a leading
 * apostrophe (OWASP's advice on CSV injection). Thread-safe.
 */
public final class MatrixCsvWriter {
  /**
   * Jackson's streaming CSV generator, not a {@code CsvMapper}: the rows are lists of strings, and
   * a mapper loads and introspects the few hundred classes of jackson-databind first. That took
   * about 0.2 s of CPU time, on the main thread after the pages were written, in every internal
   * build; the generator writes the same bytes (it is what the mapper wrote through).
   */
  private static final CsvFactory CSV = new CsvFactory();

  private MatrixCsvWriter() {}

  public static void write(Path file, DependencyMatrix matrix) throws IOException {
    List<String> header = new ArrayList<>(List.of("id", "title", "area", "criticality"));
    for (Dimension d : matrix.dimensions()) {
      header.add(d.id());
    }
    header.addAll(
        List.of(
            "floor",
            "score",
            "impact",
            "exposure",
            "users",
            "decideBefore",
            "provider",
            "providerCountry",
            "parentCountry",
            "storedIn",
            "processedIn",
            "dataClass",
            "target",
            "disposition"));
    CsvSchema schema = CsvSchema.emptySchema().withoutHeader();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write('\uFEFF');
      try (CsvGenerator out = CSV.createGenerator(w)) {
        out.setSchema(schema);
        writeRow(out, header);
        for (Row r : matrix.rows()) {
          writeRow(out, row(r));
        }
      }
    }
  }

  /** One line: at the top level of a CSV document an array is a row. */
  private static void writeRow(CsvGenerator out, List<String> cells) throws IOException {
    out.writeStartArray();
    for (String cell : cells) {
      out.writeString(cell);
    }
    out.writeEndArray();
  }

  private static List<String> row(Row r) {
    InventoryItem i = r.item();
    List<String> cells =
        new ArrayList<>(List.of(i.id(), i.title(), i.area().id(), i.criticality().id()));
    r.levels().forEach(l -> cells.add(l == null ? "unknown" : String.valueOf(l)));
    cells.add(text(r.floor()));
    cells.add(text(r.score()));
    cells.add(String.valueOf(r.impact()));
    cells.add(text(r.exposure()));
    cells.add(text(i.users()));
    cells.add(text(r.decisionDate()));
    InventoryItem.Provider p = i.provider();
    cells.add(p == null || p.name() == null ? "" : p.name());
    cells.add(p == null || p.country() == null ? "" : p.country().code());
    cells.add(p == null || p.parentCountry() == null ? "" : p.parentCountry().code());
    cells.add(codes(i.data().storedIn()));
    cells.add(codes(i.data().processedIn()));
    cells.add(i.data().dataClass() == null ? "" : i.data().dataClass());
    cells.add(i.target() == null ? "" : i.target());
    cells.add(i.disposition() == null ? "" : i.disposition().id());
    return cells.stream().map(MatrixCsvWriter::defuse).toList();
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static String codes(List<Country> countries) {
    return countries.stream().map(Country::code).collect(Collectors.joining(" "));
  }

  /** A cell a spreadsheet would read as a formula, made plain text. */
  static String defuse(String cell) {
    if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
      return "'" + cell;
    }
    return cell;
  }
}
