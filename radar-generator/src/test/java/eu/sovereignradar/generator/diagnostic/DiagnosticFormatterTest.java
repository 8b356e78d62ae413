package eu.sovereignradar.generator.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.report.MachineReports;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticFormatterTest {
  private final DiagnosticFormatter formatter = new DiagnosticFormatter("content");
  private final Diagnostic ring =
      Diagnostic.error(
          "blip.unknown-ring",
          new SourcePosition("blips/x.md", 4, 7),
          "ring 'trail' is not defined",
          "use one of adopt, trial (did you mean 'trial'?)");
  private final Diagnostic body =
      Diagnostic.warning(
          "blip.empty-body", SourcePosition.line("blips/y.md", 9), "no text: 100%, really", null);

  @Test
  void textFormatHasLocationSeverityCodeMessageAndHint() {
    assertThat(formatter.text(ring))
        .isEqualTo(
            "content/blips/x.md:4:7: error [blip.unknown-ring] ring 'trail' is not defined\n"
                + "  hint: use one of adopt, trial (did you mean 'trial'?)");
    assertThat(formatter.textReport(List.of(ring, body), 3))
        .endsWith("1 error, 1 warning in 3 files.\n");
  }

  @Test
  void githubFormatEscapesDataAndProperties() {
    assertThat(new MachineReports(formatter).githubReport(List.of(ring, body)))
        .isEqualTo(
            "::error file=content/blips/x.md,line=4,col=7,title=blip.unknown-ring::ring 'trail' is not defined%0Ause one of adopt, trial (did you mean 'trial'?)\n"
                + "::warning file=content/blips/y.md,line=9,title=blip.empty-body::no text: 100%25, really\n");
  }

  @Test
  void jsonFormatCountsAndListsDiagnostics() {
    String json = new MachineReports(formatter).jsonReport(List.of(ring, body));
    assertThat(json)
        .contains(
            "\"errors\" : 1",
            "\"warnings\" : 1",
            "\"file\" : \"content/blips/x.md\"",
            "\"line\" : 4",
            "\"column\" : 7",
            "\"code\" : \"blip.unknown-ring\"");
  }

  @Test
  void prefixIsNormalised() {
    assertThat(new DiagnosticFormatter("./").location(ring)).isEqualTo("blips/x.md:4:7");
    assertThat(new DiagnosticFormatter("site/content/").location(ring))
        .isEqualTo("site/content/blips/x.md:4:7");
  }
}
