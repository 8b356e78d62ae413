package eu.sovereignradar.generator.compare;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.InlineFiles;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.ValidationResult;
import eu.sovereignradar.generator.model.Radar;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A tiny radar declared in one text block ({@link InlineFiles}' syntax), written to a folder and
 * validated; it must have no diagnostic.
 */
final class InlineRadar {
  private InlineRadar() {}

  static Radar load(Path dir, String files) throws IOException {
    InlineFiles.write(dir, files);
    ValidationResult result = new RadarGenerator(GeneratorOptions.builder(dir).build()).validate();
    assertThat(result.diagnostics()).as("diagnostics of the inline radar").isEmpty();
    return result.radar().orElseThrow();
  }
}
