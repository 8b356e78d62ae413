package eu.sovereignradar.generator.compare;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.ValidationResult;
import eu.sovereignradar.generator.model.Radar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny radar declared in one text block as several files, each introduced by a line {@code --
 * path --}, written to a folder and validated. Keeps test input next to the assertions.
 */
final class InlineRadar {
  private static final Pattern HEADER = Pattern.compile("(?m)^-- (\\S+) --\\n");

  private InlineRadar() {}

  static Radar load(Path dir, String files) throws IOException {
    Matcher m = HEADER.matcher(files);
    String path = null;
    int start = 0;
    while (m.find()) {
      if (path != null) {
        write(dir, path, files.substring(start, m.start()));
      }
      path = m.group(1);
      start = m.end();
    }
    if (path != null) {
      write(dir, path, files.substring(start));
    }
    ValidationResult result = new RadarGenerator(GeneratorOptions.builder(dir).build()).validate();
    assertThat(result.diagnostics()).as("diagnostics of the inline radar").isEmpty();
    return result.radar().orElseThrow();
  }

  private static void write(Path dir, String path, String content) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
