package eu.sovereignradar.generator.cli;

import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.ReportFormat;
import eu.sovereignradar.generator.ValidationResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code radar validate [content]}: checks every file and reports every problem. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check a content folder and report every problem with file, line and a hint.")
final class ValidateCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = "content",
      paramLabel = "CONTENT",
      description = "The content folder holding radar.yaml (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(
      names = "--strict",
      description = "Treat warnings as errors (exit code 1 when there is any).")
  boolean strict;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description =
          "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
              + "github, gitlab and sarif also print the text report.")
  ReportFormat format;

  @Option(
      names = "--report-file",
      paramLabel = "FILE",
      description =
          "Write the json, gitlab or sarif report to FILE instead of standard output "
              + "(gitlab default: gl-code-quality-report.json).")
  Path reportFile;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    ValidationResult result;
    try {
      result =
          new RadarGenerator(GeneratorOptions.builder(RadarCommand.resolve(spec, content)).build())
              .validate();
    } catch (java.io.IOException e) {
      spec.commandLine().getErr().println("radar: " + RadarCommand.describe(spec, e));
      return RadarCommand.USAGE_OR_IO;
    }
    return Reports.print(result, content, format, reportFile, strict, spec);
  }
}
