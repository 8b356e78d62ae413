package eu.sovereignradar.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionTest {
  @Test
  void versionComesFromTheBuild() {
    assertThat(RadarCommand.version()).isNotEqualTo("development").matches("\\d+\\.\\d+\\.\\d+.*");
  }
}
