package eu.sovereignradar.generator.validation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.Radar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A radar of {@link BlipReader#DEFLATE_BODIES_FROM} blips holds its bodies deflated, and every blip
 * still gives its text back; the sample, far smaller, holds them as text.
 */
class DeflatedBodiesTest {
  @TempDir Path content;

  private static Radar validate(Path folder) throws IOException {
    return new RadarGenerator(GeneratorOptions.builder(folder).build())
        .validate()
        .radar()
        .orElseThrow();
  }

  @Test
  void aVeryLargeRadarHoldsItsBodiesDeflated() throws IOException {
    Files.writeString(
        content.resolve("radar.yaml"),
        """
        title: Large
        quadrants:
          - id: tools
            title: Tools
            description: Tools.
        rings:
          - id: adopt
            title: Adopt
            description: Use it.
            color: "#1b7f3b"
        """);
    Path blips = Files.createDirectories(content.resolve("blips"));
    for (int i = 0; i < BlipReader.DEFLATE_BODIES_FROM; i++) {
      Files.writeString(
          blips.resolve("tool-" + i + ".md"),
          "---\ntitle: Tool "
              + i
              + "\nring: adopt\nquadrant: tools\nsummary: A tool.\n---\n\n## Tool "
              + i
              + "\n\nIt is good \u2014 \u00e9t\u00e9 \ud83d\ude00.\n");
    }
    Radar radar = validate(content);
    assertThat(radar.blips()).hasSize(BlipReader.DEFLATE_BODIES_FROM);
    for (Blip b : radar.blips()) {
      assertThat(b.markdown().isDeflated()).as(b.id()).isTrue();
      String n = b.id().substring("tool-".length());
      assertThat(b.body())
          .isEqualTo("\n## Tool " + n + "\n\nIt is good \u2014 \u00e9t\u00e9 \ud83d\ude00.\n");
    }
  }

  @Test
  void theSampleHoldsItsBodiesAsText() throws IOException {
    Radar radar = validate(Path.of("../content"));
    assertThat(radar.blips()).isNotEmpty().allMatch(b -> !b.markdown().isDeflated());
  }
}
