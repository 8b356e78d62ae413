package eu.sovereignradar.generator.cli;

import eu.sovereignradar.generator.DiagnosticText;
import eu.sovereignradar.generator.ExportResult;
import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.RadarGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radar export FORMAT [CONTENT] -o FILE}: the validated radar in another tool's format. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write the validated radar for another tool: byor-csv, byor-json, zalando, backstage, aoe"
          + " (a folder) or json (the whole public radar, documented in docs/interop.md).",
      "Nothing from inventory/ or roadmap/ is ever exported. Nothing is written when the content"
          + " has errors."
    })
final class ExportCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "FORMAT",
      description = "byor-csv, byor-json, zalando, backstage, aoe or json.")
  String format;

  @Parameters(
      index = "1",
      arity = "0..1",
      defaultValue = "content",
      paramLabel = "CONTENT",
      description = "The content folder holding radar.yaml (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      required = true,
      description = "The file to write (for aoe: a new or empty folder).")
  Path output;

  @Option(
      names = "--internal",
      description =
          "json only: add the organisation and the inventory (internal data; never the roadmap).")
  boolean internal;

  @Option(names = "--strict", description = "Warnings count as errors: nothing is written.")
  boolean strict;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!RadarGenerator.exportFormats().contains(format)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "'"
              + format
              + "' is not an export format; use one of "
              + String.join(", ", RadarGenerator.exportFormats())
              + DiagnosticText.didYouMean(format, RadarGenerator.exportFormats()));
    }
    if (internal && !format.equals("json")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--internal works with the json format only");
    }
    ExportResult result;
    try {
      result =
          new RadarGenerator(GeneratorOptions.builder(content).strict(strict).build())
              .exportTo(format, output, internal);
    } catch (IOException e) {
      err.println("radar export: " + DiagnosticText.describe(e));
      return RadarCommand.USAGE_OR_IO;
    }
    if (result instanceof ExportResult.Invalid invalid) {
      err.print(DiagnosticText.forContent(content).textReport(invalid.report()));
      err.println("radar export: fix the errors first; nothing was written.");
      return RadarCommand.CONTENT_ERRORS;
    }
    ExportResult.Done done = (ExportResult.Done) result;
    for (String limit : done.limits()) {
      err.println("warning: " + limit);
    }
    out.println(
        "Wrote "
            + (format.equals("aoe") ? output + " (" + done.files().size() + " files)" : output));
    return RadarCommand.OK;
  }
}
