package eu.sovereignradar.generator.interop;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.ExportResult;
import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.ImportResult;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.ValidationResult;
import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.Quadrant;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.model.Ring;
import eu.sovereignradar.generator.validation.Slugs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Export the sample radar (content/) in each format, import it into an empty folder, and get the
 * same radar back: every blip with its title, ring and quadrant, the rings in order and the
 * quadrants. Formats that carry ids (Backstage, AOE) give back the same ids and the history;
 * formats that carry only names (BYOR, Zalando) give back ids derived from the names, which
 * docs/interop.md lists as lost, as it lists every other field a format does not hold.
 */
class RoundTripTest {
  private static final Path SAMPLE = Path.of("../content");
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"byor-csv", "byor-json", "zalando", "backstage", "aoe"})
  void exportThenImportGivesBackTheSameRadar(String format) throws IOException {
    Radar original = radar(SAMPLE);
    Path exported = dir.resolve(format.equals("aoe") ? "aoe" : "export." + format);
    ExportResult result =
        new RadarGenerator(GeneratorOptions.builder(SAMPLE).build()).exportTo(format, exported);
    assertThat(result).isInstanceOf(ExportResult.Done.class);
    assertThat(
            Files.readString(
                Files.isDirectory(exported) ? exported.resolve("config.json") : exported))
        .as("nothing internal leaves")
        .doesNotContain("Example Region")
        .doesNotContain("exchange-online");

    Path back = dir.resolve("back");
    ImportResult imported =
        new RadarGenerator(GeneratorOptions.builder(back).build())
            .importFrom(format, exported, false);
    assertThat(((ImportResult.Done) imported).problems()).isEmpty();
    ValidationResult validation =
        new RadarGenerator(GeneratorOptions.builder(back).build()).validate();
    assertThat(validation.errorCount()).as(validation.diagnostics().toString()).isZero();
    Radar copy = validation.radar().orElseThrow();

    boolean ids = format.equals("backstage") || format.equals("aoe");
    assertThat(copy.rings().stream().map(Ring::title).toList())
        .isEqualTo(original.rings().stream().map(Ring::title).toList());
    assertThat(copy.quadrants().stream().map(Quadrant::title).collect(Collectors.toSet()))
        .isEqualTo(original.quadrants().stream().map(Quadrant::title).collect(Collectors.toSet()));
    if (ids) {
      assertThat(copy.rings().stream().map(Ring::id).toList())
          .isEqualTo(original.rings().stream().map(Ring::id).toList());
      assertThat(copy.quadrants().stream().map(Quadrant::id).toList())
          .isEqualTo(original.quadrants().stream().map(Quadrant::id).toList());
    }
    assertThat(copy.blips()).hasSameSizeAs(original.blips());
    for (Blip b : original.blips()) {
      String id = ids ? b.id() : Slugs.slug(b.title());
      Blip c = copy.findBlip(id).orElseThrow(() -> new AssertionError("no blip " + id));
      assertThat(c.title()).isEqualTo(b.title());
      assertThat(c.ring().title()).as(id).isEqualTo(b.ring().title());
      assertThat(c.quadrant().title()).as(id).isEqualTo(b.quadrant().title());
      if (ids && !b.history().isEmpty()) {
        assertThat(history(c)).as(id).isEqualTo(history(b));
      }
      if (format.equals("backstage") || format.equals("aoe")) {
        assertThat(c.body().strip()).as(id).isEqualTo(b.body().strip());
      }
    }
  }

  private static List<String> history(Blip b) {
    return b.history().stream().map(h -> h.date() + " " + h.ring().id()).toList();
  }

  private static Radar radar(Path content) throws IOException {
    return new RadarGenerator(GeneratorOptions.builder(content).build())
        .validate()
        .radar()
        .orElseThrow();
  }
}
