package eu.sovereignradar.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Keeps the browser suite honest. Not tagged "browser", so it runs even where the browser tests are
 * excluded: in CI, Chromium and chromedriver must be installed, otherwise the browser tests would
 * have nothing to run on.
 */
class BrowserEnvironmentTest {
  @Test
  void chromiumAndChromedriverAreInstalledInCi() {
    Assumptions.assumeTrue(
        BrowserEnvironment.inCi(), "not in CI (the environment variable CI is not set)");
    assertThat(BrowserEnvironment.missing())
        .as("CI is set: install Chromium with 'apt-get install -y chromium chromium-driver'")
        .isNull();
  }
}
