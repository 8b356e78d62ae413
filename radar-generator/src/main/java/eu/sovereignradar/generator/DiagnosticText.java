package eu.sovereignradar.generator;

import eu.sovereignradar.generator.diagnostic.DiagnosticFormatter;
import eu.sovereignradar.generator.report.MachineReports;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How every command, in the CLI, in Maven and in the preview, prints the diagnostics of one content
 * folder. There is one rule for paths (see {@link DiagnosticFormatter#forContent}), so a path
 * copied from any of them opens the same file. Immutable and thread-safe.
 */
public final class DiagnosticText {
  private final DiagnosticFormatter formatter;

  private DiagnosticText(DiagnosticFormatter formatter) {
    this.formatter = formatter;
  }

  /** The text for diagnostics of {@code contentDirectory}, as the user named it. */
  public static DiagnosticText forContent(Path contentDirectory) {
    return new DiagnosticText(DiagnosticFormatter.forContent(contentDirectory));
  }

  /**
   * As {@link #forContent(Path)} for a command run in {@code workingDirectory} (absolute), which
   * the daemon's clients have and the JVM does not.
   */
  public static DiagnosticText forContent(Path contentDirectory, Path workingDirectory) {
    return new DiagnosticText(DiagnosticFormatter.forContent(contentDirectory, workingDirectory));
  }

  /** Each diagnostic, sorted by file and line, as one line (with its hint) for a log. */
  public List<ReportLine> lines(DiagnosticReport report) {
    return report.diagnostics().stream()
        .map(d -> new ReportLine(d.isError(), formatter.text(d)))
        .toList();
  }

  /** Every diagnostic and the summary line, ready to print. */
  public String textReport(DiagnosticReport report) {
    return formatter.textReport(report.diagnostics(), report.filesChecked());
  }

  /** The summary without its final full stop, e.g. {@code 0 errors, 1 warning in 210 files}. */
  public static String summary(DiagnosticReport report) {
    String s = DiagnosticFormatter.summary(report.diagnostics(), report.filesChecked());
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  /**
   * The report in a machine format, or null for {@link ReportFormat#text}.
   *
   * @param toolVersion the version SARIF names as the tool's
   */
  public @Nullable String machineReport(
      ReportFormat format, DiagnosticReport report, String toolVersion) {
    MachineReports reports = new MachineReports(formatter);
    return switch (format) {
      case text -> null;
      case github -> reports.githubReport(report.diagnostics());
      case json -> reports.jsonReport(report.diagnostics());
      case gitlab -> reports.gitlabReport(report.diagnostics());
      case sarif -> reports.sarifReport(report.diagnostics(), toolVersion);
    };
  }

  /**
   * A failure of the environment (a missing folder, a full disk, a denied permission) as one line
   * naming the file or folder, for every front end.
   */
  public static String describe(java.io.IOException e) {
    return eu.sovereignradar.generator.diagnostic.IoDescriptions.describe(e);
  }

  /**
   * " (did you mean 'x'?)" for the candidate nearest to {@code wrong}, or the empty string: the
   * validator's rule, for front ends that check their own names (commands, options).
   */
  public static String didYouMean(String wrong, java.util.Collection<String> candidates) {
    return eu.sovereignradar.generator.validation.Suggestions.didYouMean(wrong, candidates);
  }

  /**
   * What {@link RadarGenerator#suggestRoadmap()} drafted, one line per step, for every front end.
   */
  public static List<String> roadmapDrafts(RoadmapDrafts.Drafted drafted) {
    if (drafted.steps().isEmpty()) {
      return List.of(
          "Nothing to draft: every inventory item to replace (with a target) is moved by a roadmap"
              + " step.");
    }
    List<String> lines = new java.util.ArrayList<>();
    for (RoadmapDrafts.Step s : drafted.steps()) {
      if (!s.written()) {
        lines.add("Left " + s.path() + " as it was: the file exists (" + s.title() + ").");
        continue;
      }
      lines.add(
          "Drafted "
              + s.path()
              + ": "
              + s.title()
              + " (effort "
              + s.effort()
              + ", "
              + s.start()
              + " to "
              + s.end()
              + (s.dependsOn().isEmpty() ? "" : ", after " + String.join(", ", s.dependsOn()))
              + ", removes about "
              + s.reduction()
              + " of exposure)");
    }
    lines.add(drafted.written() + " of " + drafted.steps().size() + " drafts written.");
    return lines;
  }
}
