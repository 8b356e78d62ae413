package eu.sovereignradar.generator.validation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.ValidationResult;
import eu.sovereignradar.generator.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small content must not write gigabytes: a title of half a megabyte used to be printed on every
 * page, and 10,000 tags made 10,000 pages each listing all of them. Both are refused before
 * rendering.
 */
class OutputBoundsTest {
  @TempDir Path dir;

  private ValidationResult validate() throws IOException {
    return new RadarGenerator(GeneratorOptions.builder(dir).build()).validate();
  }

  private void radar(String title) throws IOException {
    Files.writeString(
        dir.resolve("radar.yaml"),
        "title: " + title + "\nquadrants: [{id: q, title: Q}]\nrings: [{id: r, title: R}]\n");
  }

  @Test
  void aHugeRadarTitleIsRefused() throws IOException {
    radar("x".repeat(500_000));
    assertThat(validate().diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("field.too-long");
  }

  @Test
  void moreThanFiveHundredTagsInTheRadarAreRefused() throws IOException {
    radar("Tags");
    Files.createDirectories(dir.resolve("blips"));
    for (int b = 0; b < 26; b++) {
      StringBuilder tags = new StringBuilder();
      for (int t = 0; t < 20; t++) {
        tags.append(t == 0 ? "" : ", ").append("tag-").append(b).append('-').append(t);
      }
      Files.writeString(
          dir.resolve("blips/b" + (100 + b) + ".md"),
          "---\ntitle: B\nring: r\nquadrant: q\ntags: [" + tags + "]\n---\nBody.\n");
    }
    ValidationResult result = validate();
    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("radar.too-many-tags");
    // 25 blips bring 500 tags; the 26th is the one over the limit.
    assertThat(result.diagnostics().get(0).position().path()).isEqualTo("blips/b125.md");
  }
}
