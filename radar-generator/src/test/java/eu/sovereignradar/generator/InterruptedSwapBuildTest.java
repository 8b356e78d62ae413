package eu.sovereignradar.generator;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.render.output.OutputFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed halfway through its swap leaves a journal; the next build finishes that swap even
 * when its own content has errors and it writes nothing, so no half-swapped site stays in place.
 */
class InterruptedSwapBuildTest {
  @TempDir Path dir;

  @Test
  void aBuildWithContentErrorsStillCompletesAnInterruptedSwap() throws IOException {
    Path content = dir.resolve("content");
    Path site = dir.resolve("site");
    InlineFiles.write(
        content,
        """
        === radar.yaml
        title: Swap
        quadrants: [{id: q, title: Q}]
        rings: [{id: r, title: R}]
        """);
    RadarGenerator generator =
        new RadarGenerator(GeneratorOptions.builder(content).outputDirectory(site).build());
    assertThat(generator.generate().site()).isPresent();

    // What a build killed after its journal and its first renames leaves: the previous site's
    // marker and index page aside, the new site in the staging folder, the rest still old.
    Path staging = Files.createDirectory(site.resolve(OutputFolder.STAGING));
    Files.writeString(staging.resolve("index.html"), "new");
    Files.writeString(staging.resolve(OutputFolder.MARKER), OutputFolder.MARKER_TEXT);
    Files.writeString(
        site.resolve(OutputFolder.JOURNAL),
        "sovereign-radar swap 1\n" + OutputFolder.MARKER + "\nindex.html\n");
    Path previous = Files.createDirectory(site.resolve(OutputFolder.PREVIOUS));
    Files.move(site.resolve(OutputFolder.MARKER), previous.resolve(OutputFolder.MARKER));
    Files.move(site.resolve("index.html"), previous.resolve("index.html"));

    Files.writeString(content.resolve("radar.yaml"), "title: [broken\n");
    GenerationResult failed = generator.generate();

    assertThat(failed.site()).isEmpty();
    assertThat(failed.diagnostics()).isNotEmpty();
    try (var entries = Files.list(site)) {
      assertThat(entries.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(OutputFolder.MARKER, OutputFolder.LOCK, "index.html");
    }
    assertThat(site.resolve("index.html")).hasContent("new");
  }
}
