package eu.sovereignradar.maven;

import eu.sovereignradar.generator.DiagnosticText;
import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.ReportLine;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every radar goal shares: the content folder, skipping, and printing diagnostics through
 * Maven's log by the same rule as the CLI. The work itself is done by {@link RadarGenerator}; a
 * goal only translates its parameters in and the results out.
 */
abstract class AbstractRadarMojo extends AbstractMojo {

  /** The content folder holding radar.yaml, blips/ and products/. */
  @Parameter(property = "radar.contentDirectory", defaultValue = "${project.basedir}/content")
  File contentDirectory;

  /** Skip this goal. */
  @Parameter(property = "radar.skip", defaultValue = "false")
  boolean skip;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping " + goal() + ": radar.skip is true.");
      return;
    }
    try {
      run();
    } catch (OutOfMemoryError e) {
      // Not a bug but a heap too small for the content: Maven would print the error with a stack
      // trace and no advice. The goal's work has been unwound, so there is room for a message.
      throw new MojoExecutionException(outOfMemory(goal(), Runtime.getRuntime().maxMemory()), e);
    }
  }

  /** What a goal that ran out of heap says: how much it had, and how to give it more. */
  static String outOfMemory(String goal, long maxHeapBytes) {
    long more = RadarGenerator.largerHeapGiB(maxHeapBytes);
    return "radar:"
        + goal
        + " ran out of memory: the content needs more than the "
        + (maxHeapBytes >> 20)
        + " MiB of Java heap this Maven runs with. Give Maven more, e.g. MAVEN_OPTS=-Xmx"
        + more
        + "g mvn ... (docs/benchmark.md gives the memory large radars need)";
  }

  /** The goal name, for messages. */
  abstract String goal();

  /** Runs the goal. */
  abstract void run() throws MojoExecutionException, MojoFailureException;

  /** Options for the content folder; goals add their own. */
  GeneratorOptions.Builder options() {
    return GeneratorOptions.builder(contentDirectory.toPath());
  }

  /** How diagnostics of the content folder are printed. */
  DiagnosticText text() {
    return DiagnosticText.forContent(contentDirectory.toPath());
  }

  /** Logs each line at the level its severity calls for. */
  void log(List<ReportLine> lines) {
    for (ReportLine line : lines) {
      if (line.error()) {
        getLog().error(line.text());
      } else {
        getLog().warn(line.text());
      }
    }
  }

  /** A folder parameter as a path; null when it is not set. */
  static java.nio.file.@org.jspecify.annotations.Nullable Path path(
      @org.jspecify.annotations.Nullable File folder) {
    return folder == null ? null : folder.toPath();
  }

  /** A failure of the environment (a folder that cannot be read), not of the content. */
  MojoExecutionException ioFailure(java.io.IOException e) {
    return new MojoExecutionException(
        "radar:" + goal() + " cannot read or write files: " + DiagnosticText.describe(e), e);
  }
}
