package eu.sovereignradar.maven;

import eu.sovereignradar.generator.DiagnosticText;
import eu.sovereignradar.generator.ExportResult;
import eu.sovereignradar.generator.RadarGenerator;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the validated radar for another tool, as {@code radar export}: {@code mvn radar:export
 * -Dradar.format=backstage -Dradar.exportFile=target/techradar.json}. Nothing from {@code
 * inventory/} or {@code roadmap/} is exported; nothing is written when the content has errors.
 */
@Mojo(name = "export", threadSafe = true, requiresProject = false)
public final class ExportMojo extends AbstractRadarMojo {
  /** byor-csv, byor-json, zalando, backstage, aoe or json. */
  @Parameter(property = "radar.format", required = true)
  String format;

  /** The file to write (for aoe: a new or empty folder). */
  @Parameter(property = "radar.exportFile", required = true)
  File exportFile;

  /** json only: add the organisation and the inventory (internal data; never the roadmap). */
  @Parameter(property = "radar.internal", defaultValue = "false")
  boolean internal;

  /** Fail on warnings too (then nothing is written). */
  @Parameter(property = "radar.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  @Override
  String goal() {
    return "export";
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    if (!RadarGenerator.exportFormats().contains(format)) {
      throw new MojoExecutionException(
          "radar.format '"
              + format
              + "' is not an export format; use one of "
              + String.join(", ", RadarGenerator.exportFormats()));
    }
    if (internal && !format.equals("json")) {
      throw new MojoExecutionException("radar.internal works with radar.format=json only.");
    }
    ExportResult result;
    try {
      result =
          new RadarGenerator(options().strict(failOnWarning).build())
              .exportTo(format, exportFile.toPath(), internal);
    } catch (IOException e) {
      throw ioFailure(e);
    }
    if (result instanceof ExportResult.Invalid invalid) {
      log(text().lines(invalid.report()));
      throw new MojoFailureException(
          "The radar content has "
              + DiagnosticText.summary(invalid.report())
              + "; radar:export wrote nothing. Fix the problems listed above.");
    }
    ExportResult.Done done = (ExportResult.Done) result;
    done.limits().forEach(getLog()::warn);
    getLog().info("Wrote " + exportFile + " (" + done.files().size() + " file(s)).");
  }
}
