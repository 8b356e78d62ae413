package eu.sovereignradar.maven;

import eu.sovereignradar.generator.DiagnosticReport;
import eu.sovereignradar.generator.DiagnosticText;
import eu.sovereignradar.generator.GeneratorOptions;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The goals that check the content and fail the build on its problems: validate and generate. */
abstract class AbstractCheckingMojo extends AbstractRadarMojo {

  /** Fail the build on warnings too, not only on errors. */
  @Parameter(property = "radar.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  @Override
  final void run() throws MojoExecutionException, MojoFailureException {
    DiagnosticReport result;
    try {
      result = check(options().strict(failOnWarning));
    } catch (IOException e) {
      throw ioFailure(e);
    }
    log(text().lines(result));
    String summary = DiagnosticText.summary(result);
    if (!result.passes(failOnWarning)) {
      throw new MojoFailureException(
          "The radar content has "
              + summary
              + (failOnWarning && result.errorCount() == 0 ? " (radar.failOnWarning is true)" : "")
              + ". Fix the problems listed above.");
    }
    getLog().info("Radar content checked: " + summary + ".");
    reported(result);
  }

  /** Runs the generator once with the goal's options. */
  abstract DiagnosticReport check(GeneratorOptions.Builder options) throws IOException;

  /** Called after a passing report, e.g. to say where the site was written. */
  void reported(DiagnosticReport result) {}
}
