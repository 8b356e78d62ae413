package eu.sovereignradar.generator.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.report.MachineReports;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Messages quote values and file names from content, which is untrusted: the text and GitHub
 * reports must keep them on one line and visible.
 */
class DiagnosticFormatterUntrustedTextTest {
  private final DiagnosticFormatter formatter = new DiagnosticFormatter("content");

  private static Diagnostic withValue(String value) {
    return Diagnostic.error(
        "field.invalid-id",
        new SourcePosition("blips/x.md", 3, 7),
        "'ring' has the value '" + value + "', which is not a valid id",
        "hint with " + value);
  }

  @Test
  void valueWithLineBreakCannotForgeAWorkflowCommandInTheTextReport() {
    String text =
        formatter.text(withValue("x\n::error file=README.md::pwned\r\n::add-mask::secret"));
    assertThat(text.lines()).hasSize(2);
    assertThat(text.lines()).noneMatch(l -> l.startsWith("::"));
    assertThat(text).contains("'x\\n::error file=README.md::pwned\\r\\n::add-mask::secret'");
  }

  @Test
  void valueWithLineBreakCannotForgeAWorkflowCommandInTheGithubReport() {
    String report =
        new MachineReports(formatter).githubReport(List.of(withValue("x\n::error::pwned")));
    assertThat(report.lines()).hasSize(1);
    assertThat(report)
        .startsWith("::error file=content/blips/x.md,line=3,col=7,title=field.invalid-id::");
  }

  @Test
  void terminalEscapesAndBidiControlsAreShownAsEscapes() {
    String text = formatter.headline(withValue("\u001B[2J\u202Eevil\u2028\u200B"));
    assertThat(text).contains("\\u001B[2J\\u202Eevil\\u2028\\u200B");
    assertThat(text.codePoints())
        .noneMatch(
            cp ->
                Character.getType(cp) == Character.CONTROL
                    || Character.getType(cp) == Character.FORMAT);
  }

  @Test
  void fileNameWithLineBreakStaysOnOneLine() {
    Diagnostic d =
        Diagnostic.error(
            "file.invalid-name",
            SourcePosition.file("blips/a\nb.md"),
            "the file name 'a\nb.md' does not give a valid id",
            null);
    assertThat(formatter.text(d))
        .isEqualTo(
            "content/blips/a\\nb.md: error [file.invalid-name] the file name 'a\\nb.md' does not give a valid id");
  }

  @Test
  void ordinaryTextIsUnchanged() {
    String s = "Zürich – 日本語 😀 tab\there";
    assertThat(DiagnosticFormatter.printable(s)).isSameAs(s);
  }
}
