package eu.sovereignradar.maven;

import eu.sovereignradar.generator.DiagnosticReport;
import eu.sovereignradar.generator.GenerationResult;
import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.RadarGenerator;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the radar content and generates the static site. Nothing is written when the content has
 * errors (or warnings with {@code radar.failOnWarning}); the previous site stays in place until the
 * new one is complete.
 */
@Mojo(
    name = "generate",
    defaultPhase = LifecyclePhase.PACKAGE,
    threadSafe = true,
    requiresProject = false)
public final class GenerateMojo extends AbstractCheckingMojo {

  /**
   * The folder the site is written to. It is replaced as a whole, so it must be new, empty or a
   * previous radar site.
   */
  @Parameter(property = "radar.outputDirectory", defaultValue = "${project.build.directory}/site")
  File outputDirectory;

  /**
   * A folder whose templates, messages and assets replace the default theme's files of the same
   * name.
   */
  @Parameter(property = "radar.templateDirectory")
  File templateDirectory;

  /**
   * Build the public version: nothing from inventory/ or the organisation's assessment reaches the
   * site. The default is the internal build.
   */
  @Parameter(property = "radar.public", alias = "public", defaultValue = "false")
  boolean publicBuild;

  @Override
  String goal() {
    return "generate";
  }

  @Override
  DiagnosticReport check(GeneratorOptions.Builder options) throws IOException {
    return new RadarGenerator(
            options
                .publicBuild(publicBuild)
                .outputDirectory(outputDirectory.toPath())
                .templateDirectory(path(templateDirectory))
                .build())
        .generate();
  }

  @Override
  void reported(DiagnosticReport result) {
    if (result instanceof GenerationResult g && g.written()) {
      getLog()
          .info("Radar site written to " + outputDirectory + " (" + g.files().size() + " files).");
    }
  }
}
