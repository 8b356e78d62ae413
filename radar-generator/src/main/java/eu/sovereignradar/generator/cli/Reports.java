package eu.sovereignradar.generator.cli;

import eu.sovereignradar.generator.DiagnosticReport;
import eu.sovereignradar.generator.DiagnosticText;
import eu.sovereignradar.generator.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/** Prints a validation or generation report in the chosen format and computes the exit code. */
final class Reports {
  private Reports() {}

  static int print(
      DiagnosticReport result,
      Path content,
      ReportFormat format,
      @Nullable Path reportFile,
      boolean strict,
      CommandLine.Model.CommandSpec command) {
    PrintWriter out = command.commandLine().getOut();
    PrintWriter err = command.commandLine().getErr();
    DiagnosticText texts =
        DiagnosticText.forContent(content, RadarCommand.workingDirectory(command));
    String text = texts.textReport(result);
    String machine = texts.machineReport(format, result, RadarCommand.version());
    Path file =
        reportFile == null && format == ReportFormat.gitlab
            ? Path.of("gl-code-quality-report.json")
            : reportFile;
    if (machine == null) {
      out.print(text);
    } else if (format == ReportFormat.github) {
      out.print(machine);
      out.print(text);
    } else if (file != null) {
      try {
        Files.writeString(RadarCommand.resolve(command, file), machine, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("radar: cannot write the report: " + RadarCommand.describe(command, e));
        return RadarCommand.USAGE_OR_IO;
      }
      out.print(text);
      out.println(format + " report written to " + file);
    } else {
      // The machine report owns standard output; people read the text on standard error.
      out.print(machine);
      err.print(text);
    }
    out.flush();
    err.flush();
    return result.passes(strict) ? RadarCommand.OK : RadarCommand.CONTENT_ERRORS;
  }
}
