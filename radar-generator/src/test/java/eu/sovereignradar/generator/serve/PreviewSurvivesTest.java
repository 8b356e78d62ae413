package eu.sovereignradar.generator.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that ends in a StackOverflowError (content nested deeper than the renderer recurses) used
 * to kill the preview's watching thread, so the preview never rebuilt again, even after the fix.
 */
class PreviewSurvivesTest {
  @TempDir Path dir;

  @Test
  void aBuildThatOverflowsTheStackFailsAndTheNextBuildRuns() throws IOException {
    Path content = Files.createDirectories(dir.resolve("content"));
    AtomicInteger runs = new AtomicInteger();
    SiteBuilder builder =
        folder ->
            () -> {
              if (runs.incrementAndGet() == 1) {
                throw new StackOverflowError();
              }
              Files.createDirectories(folder);
              Files.writeString(folder.resolve("index.html"), "fixed");
              return new BuildOutcome(List.of(), 1, true);
            };
    try (PreviewSession session = PreviewSession.start(content, null, builder, 0, b -> {})) {
      PreviewBuild next = session.build(List.of("blips/deep.md"));
      assertThat(runs.get()).isEqualTo(2);
      assertThat(next.failure()).isNull();
      assertThat(next.site()).isEqualTo(2);
    }
  }
}
