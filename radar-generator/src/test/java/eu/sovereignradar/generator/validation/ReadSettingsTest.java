package eu.sovereignradar.generator.validation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.diagnostic.DiagnosticCollector;
import eu.sovereignradar.generator.model.RadarSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadSettingsTest {
  @TempDir Path dir;

  @Test
  void readsQuadrantsAndRingsWhileBlipsAreBroken() throws IOException {
    Files.writeString(
        dir.resolve("radar.yaml"),
        """
        title: T
        quadrants: [{id: tools, title: Tools}, {id: platforms, title: Platforms}]
        rings: [{id: adopt, title: Adopt}, {id: hold, title: Hold}]
        """);
    Files.createDirectories(dir.resolve("blips"));
    Files.writeString(dir.resolve("blips/broken.md"), "no front matter");
    Files.writeString(dir.resolve("blips/notes.txt"), "ignored");
    DiagnosticCollector out = new DiagnosticCollector();

    RadarSettings sections = RadarValidator.readSettings(dir, out).orElseThrow();

    assertThat(sections.quadrantIds()).containsExactly("tools", "platforms");
    assertThat(sections.ringIds()).containsExactly("adopt", "hold");
    assertThat(sections.findRing("hold").orElseThrow().index()).isEqualTo(1);
    assertThat(sections.findQuadrant("nope")).isEmpty();
    assertThat(out.sorted()).as("problems of other files are for radar validate").isEmpty();
  }

  @Test
  void missingOrBrokenRadarYamlGivesItsDiagnostics() throws IOException {
    DiagnosticCollector out = new DiagnosticCollector();
    assertThat(RadarValidator.readSettings(dir, out)).isEmpty();
    assertThat(out.sorted()).extracting(Diagnostic::code).containsExactly("radar.missing");

    Files.writeString(
        dir.resolve("radar.yaml"), "title: T\nquadrants: []\nrings: [{id: adopt, title: Adopt}]\n");
    DiagnosticCollector again = new DiagnosticCollector();
    assertThat(RadarValidator.readSettings(dir, again)).isEmpty();
    assertThat(again.sorted()).extracting(Diagnostic::code).containsExactly("radar.section-count");
  }
}
