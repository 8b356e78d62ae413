package eu.sovereignradar.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the browser tests find Debian's Chromium and chromedriver, and what happens when they are
 * missing: on a developer's machine the tests are skipped with the command that installs them; in
 * CI (the environment variable {@code CI} is set) they fail, so a CI image without Chromium cannot
 * turn the browser suite green by skipping it. The paths can be changed with the system properties
 * {@code radar.chromium} and {@code webdriver.chrome.driver}.
 */
final class BrowserEnvironment {
  static final Path CHROMIUM = Path.of(System.getProperty("radar.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));

  private BrowserEnvironment() {}

  static boolean inCi() {
    String ci = System.getenv("CI");
    return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
  }

  /** Null when both programs are there, otherwise what is missing. */
  static String missing() {
    StringBuilder sb = new StringBuilder();
    if (!Files.isExecutable(CHROMIUM)) {
      sb.append("Chromium (").append(CHROMIUM).append(") ");
    }
    if (!Files.isExecutable(CHROMEDRIVER)) {
      sb.append("chromedriver (").append(CHROMEDRIVER).append(") ");
    }
    return sb.length() == 0 ? null : sb.toString().strip();
  }

  /** Returns when the browser can run; skips the calling tests, or fails them in CI, when not. */
  static void require() {
    String missing = missing();
    if (missing == null) {
      return;
    }
    String message =
        "browser tests need "
            + missing
            + "; install them with: apt-get update && apt-get install -y chromium chromium-driver";
    if (inCi()) {
      Assertions.fail("CI is set, so the browser tests must run, but " + message);
    }
    Assumptions.abort(message);
  }
}
