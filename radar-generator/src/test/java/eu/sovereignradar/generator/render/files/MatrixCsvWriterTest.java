package eu.sovereignradar.generator.render.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would run as formulas are written as text. */
class MatrixCsvWriterTest {
  @Test
  void formulaLikeCellsGetALeadingApostrophe() {
    assertThat(MatrixCsvWriter.defuse("=HYPERLINK(\"http://x\")"))
        .isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(MatrixCsvWriter.defuse("+1")).isEqualTo("'+1");
    assertThat(MatrixCsvWriter.defuse("-2")).isEqualTo("'-2");
    assertThat(MatrixCsvWriter.defuse("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(MatrixCsvWriter.defuse("Mail")).isEqualTo("Mail");
    assertThat(MatrixCsvWriter.defuse("")).isEmpty();
  }
}
