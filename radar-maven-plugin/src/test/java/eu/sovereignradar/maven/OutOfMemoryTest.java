package eu.sovereignradar.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** A goal that runs out of heap fails with advice instead of letting the error reach Maven. */
class OutOfMemoryTest {
  @Test
  void aGoalOutOfHeapFailsWithTheHeapItHadAndHowToGiveMore() {
    OutOfMemoryError error = new OutOfMemoryError("Java heap space");
    AbstractRadarMojo mojo =
        new AbstractRadarMojo() {
          @Override
          String goal() {
            return "generate";
          }

          @Override
          void run() {
            throw error;
          }
        };
    MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
    assertSame(error, e.getCause());
    assertTrue(e.getMessage().startsWith("radar:generate ran out of memory: "), e.getMessage());
    assertTrue(e.getMessage().contains("MAVEN_OPTS=-Xmx"), e.getMessage());
  }

  @Test
  void theAdviceIsAlwaysMoreThanTheHeapItHad() {
    assertEquals(
        "radar:validate ran out of memory: the content needs more than the 256 MiB of Java heap"
            + " this Maven runs with. Give Maven more, e.g. MAVEN_OPTS=-Xmx1g mvn ..."
            + " (docs/benchmark.md gives the memory large radars need)",
        AbstractRadarMojo.outOfMemory("validate", 256L << 20));
    assertTrue(AbstractRadarMojo.outOfMemory("generate", 1536L << 20).contains("-Xmx3g "));
    assertTrue(AbstractRadarMojo.outOfMemory("generate", 4L << 30).contains("-Xmx8g "));
  }
}
