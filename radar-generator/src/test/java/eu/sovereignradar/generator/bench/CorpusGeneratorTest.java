package eu.sovereignradar.generator.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.ValidationResult;
import eu.sovereignradar.generator.model.Movement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

  @Test
  void writesAnInventoryThatValidatesWithoutAnyDiagnostic(@TempDir Path dir) throws IOException {
    Path corpus = dir.resolve("corpus");
    CorpusGenerator.write(40, corpus, 25);

    ValidationResult result =
        new RadarGenerator(GeneratorOptions.builder(corpus).build()).validate();

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.radar()).hasValueSatisfying(r -> assertThat(r.inventory()).hasSize(25));
  }

  @Test
  void writesACorpusThatValidatesWithoutAnyDiagnostic(@TempDir Path dir) throws IOException {
    Path corpus = dir.resolve("corpus");
    CorpusGenerator.write(40, corpus);

    ValidationResult result =
        new RadarGenerator(GeneratorOptions.builder(corpus).build()).validate();

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.radar())
        .hasValueSatisfying(
            radar -> {
              assertThat(radar.blips()).hasSize(40);
              assertThat(radar.products()).hasSize(32);
              Set<Movement> movements = EnumSet.noneOf(Movement.class);
              radar.blips().forEach(b -> movements.add(b.movement()));
              assertThat(movements).containsExactlyInAnyOrder(Movement.values());
            });
  }

  @Test
  void writesBodiesOfAboutFourHundredWordsWithHeadingsListsTablesAndLinks(@TempDir Path dir)
      throws IOException {
    CorpusGenerator.write(20, dir.resolve("c"));
    long words = 0;
    for (String id : CorpusGenerator.ids(20)) {
      String text = Files.readString(dir.resolve("c/blips/" + id + ".md"));
      String body = text.substring(text.indexOf("\n---\n", 4) + 5);
      assertThat(body).contains("\n## ", "\n- ", "\n1. ", "| --- |", "](https://");
      words += body.split("\\s+").length;
    }
    assertThat(words / 20).isBetween(350L, 450L);
  }

  @Test
  void givesTheSameBytesEveryTime(@TempDir Path dir) throws IOException {
    CorpusGenerator.write(10, dir.resolve("a"));
    CorpusGenerator.write(10, dir.resolve("b"));

    for (String id : CorpusGenerator.ids(10)) {
      assertThat(dir.resolve("a/blips/" + id + ".md"))
          .hasSameBinaryContentAs(dir.resolve("b/blips/" + id + ".md"));
    }
  }

  @Test
  void refusesAFolderThatIsNotEmpty(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("keep.txt"), "mine");

    assertThatThrownBy(() -> CorpusGenerator.write(1, dir)).hasMessageContaining("is not empty");
    assertThat(dir.resolve("keep.txt")).hasContent("mine");
  }
}
