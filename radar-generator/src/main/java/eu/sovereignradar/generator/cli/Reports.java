package eu.sovereignradar.generator.cli;

import eu.sovereignradar.generator.DiagnosticReport;
import eu.sovereignradar.generator.diagnostic.DiagnosticFormatter;
import eu.sovereignradar.generator.report.MachineReports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Prints a validation or generation report in the chosen format and computes the exit code. */
final class Reports {
  private Reports() {}

  /**
   * The content folder as reports show it: as given when relative, and relative to the working
   * directory when it is an absolute path inside it ({@code $GITHUB_WORKSPACE/content}), because
   * GitHub, GitLab and SARIF viewers match report paths against the repository's files.
   */
  static String displayPrefix(Path content, Path workingDirectory) {
    if (!content.isAbsolute()) {
      return content.toString();
    }
    Path normal = content.normalize();
    return normal.startsWith(workingDirectory) ? workingDirectory.relativize(normal).toString() : normal.toString();
  }

  static int print(DiagnosticReport result, Path content, ReportFormat format, @Nullable Path reportFile,
      boolean strict, PrintWriter out, PrintWriter err) {
    DiagnosticFormatter formatter = new DiagnosticFormatter(displayPrefix(content, Path.of("").toAbsolutePath()));
    String text = formatter.textReport(result.diagnostics(), result.filesChecked());
    MachineReports reports = new MachineReports(formatter);
    String machine = switch (format) {
      case text -> null;
      case github -> reports.githubReport(result.diagnostics());
      case json -> reports.jsonReport(result.diagnostics());
      case gitlab -> reports.gitlabReport(result.diagnostics());
      case sarif -> reports.sarifReport(result.diagnostics(), RadarCommand.version());
    };
    Path file = reportFile == null && format == ReportFormat.gitlab ? Path.of("gl-code-quality-report.json") : reportFile;
    if (machine == null) {
      out.print(text);
    } else if (format == ReportFormat.github) {
      out.print(machine);
      out.print(text);
    } else if (file != null) {
      try {
        Files.writeString(file, machine, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("radar: cannot write the report: " + IoMessages.describe(e));
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
