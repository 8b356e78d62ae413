package eu.sovereignradar.maven;

import eu.sovereignradar.generator.DiagnosticReport;
import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.diagnostic.DiagnosticFormatter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The steps every radar goal shares: skip, build options, run the generator once, print each
 * diagnostic through Maven's log, and fail once with a count. Subclasses only say what to run.
 */
abstract class AbstractRadarMojo extends AbstractMojo {

  /** The content folder holding radar.yaml, blips/ and products/. */
  @Parameter(property = "radar.contentDirectory", defaultValue = "${project.basedir}/content")
  File contentDirectory;

  /** Skip this goal. */
  @Parameter(property = "radar.skip", defaultValue = "false")
  boolean skip;

  /** Fail the build on warnings too, not only on errors. */
  @Parameter(property = "radar.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping " + goal() + ": radar.skip is true.");
      return;
    }
    GeneratorOptions.Builder options = GeneratorOptions.builder(contentDirectory.toPath());
    configure(options);
    DiagnosticReport result;
    try {
      result = run(options.build());
    } catch (IOException e) {
      throw new MojoExecutionException("radar:" + goal() + " cannot read or write files: " + e.getMessage(), e);
    }
    report(result);
  }

  /** The goal name, for messages. */
  abstract String goal();

  /** Adds goal-specific options. */
  void configure(GeneratorOptions.Builder options) {}

  /** Runs the generator once. */
  abstract DiagnosticReport run(GeneratorOptions options) throws IOException, MojoFailureException;

  private void report(DiagnosticReport result) throws MojoFailureException {
    DiagnosticFormatter formatter = new DiagnosticFormatter(displayPrefix());
    for (Diagnostic d : result.diagnostics()) {
      if (d.isError()) {
        getLog().error(formatter.text(d));
      } else {
        getLog().warn(formatter.text(d));
      }
    }
    String summary = DiagnosticFormatter.summary(result.diagnostics(), result.filesChecked());
    if (!result.passes(failOnWarning)) {
      throw new MojoFailureException("The radar content has " + summary.substring(0, summary.length() - 1)
          + (failOnWarning && result.errorCount() == 0 ? " (radar.failOnWarning is true)" : "")
          + ". Fix the problems listed above.");
    }
    getLog().info("Radar content checked: " + summary);
    reported(result);
  }

  /** Called after a passing report, e.g. to say where the site was written. */
  void reported(DiagnosticReport result) {}

  /** Paths in messages are relative to the project folder when the content lies inside it. */
  private String displayPrefix() {
    Path base = Path.of("").toAbsolutePath();
    Path content = contentDirectory.toPath().toAbsolutePath().normalize();
    return content.startsWith(base) ? base.relativize(content).toString() : content.toString();
  }
}
