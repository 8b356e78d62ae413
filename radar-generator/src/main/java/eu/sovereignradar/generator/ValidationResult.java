package eu.sovereignradar.generator;

import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.model.Radar;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of validating a content folder: every diagnostic, sorted by file and line, the number
 * of files checked, the radar when there were no errors, and the size of the files read (which
 * bounds the size of the site, see {@link eu.sovereignradar.generator.render.output.OutputBudget}).
 * Immutable and thread-safe.
 */
public record ValidationResult(
    List<Diagnostic> diagnostics, int filesChecked, Optional<Radar> radar, long contentBytes)
    implements DiagnosticReport {
  public ValidationResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public ValidationResult(List<Diagnostic> diagnostics, int filesChecked, Optional<Radar> radar) {
    this(diagnostics, filesChecked, radar, 0);
  }
}
