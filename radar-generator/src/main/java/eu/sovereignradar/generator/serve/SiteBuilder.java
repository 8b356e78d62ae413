package eu.sovereignradar.generator.serve;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What a preview session needs of the generator: builds of the site into a folder of its own. The
 * façade supplies it, so that this package does not depend on the façade that starts it.
 */
@FunctionalInterface
public interface SiteBuilder {
  /**
   * A build into {@code folder} that may be run again and again: the session keeps one per folder
   * (so it can reuse what did not change) and asks for new ones after the theme changed.
   */
  Build into(Path folder);

  /** One folder's build. */
  @FunctionalInterface
  interface Build {
    /**
     * Validates and, when the content passes, writes the site into the folder.
     *
     * @throws IOException when the environment fails (a folder removed, a full disk)
     */
    BuildOutcome run() throws IOException;
  }
}
