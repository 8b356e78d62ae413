package eu.sovereignradar.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The advice for a heap too small always names more than the run had. */
class OutOfMemoryMessageTest {
  @Test
  void suggestsTwiceTheHeapInWholeGibibytes() {
    assertThat(RadarCommand.outOfMemory(32L << 20))
        .contains("the 32 MiB of Java heap")
        .contains("RADAR_JAVA_OPTS=-Xmx1g bin/radar", "java -Xmx1g -jar radar.jar");
    assertThat(RadarCommand.outOfMemory(1L << 30)).contains("-Xmx2g bin/radar");
    assertThat(RadarCommand.outOfMemory(2048L << 20)).contains("the 2048 MiB", "-Xmx4g bin/radar");
    assertThat(RadarCommand.outOfMemory(1500L << 20)).contains("-Xmx3g bin/radar");
  }
}
