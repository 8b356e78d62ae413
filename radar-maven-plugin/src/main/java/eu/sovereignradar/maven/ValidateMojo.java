package eu.sovereignradar.maven;

import eu.sovereignradar.generator.DiagnosticReport;
import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.RadarGenerator;
import java.io.IOException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks the radar content (radar.yaml, blips, products) and reports every problem with file and
 * line. Fails the build when there are errors, or warnings with {@code radar.failOnWarning}.
 */
@Mojo(
    name = "validate",
    defaultPhase = LifecyclePhase.VALIDATE,
    threadSafe = true,
    requiresProject = false)
public final class ValidateMojo extends AbstractCheckingMojo {
  @Override
  String goal() {
    return "validate";
  }

  @Override
  DiagnosticReport check(GeneratorOptions.Builder options) throws IOException {
    return new RadarGenerator(options.build()).validate();
  }
}
