package eu.sovereignradar.generator;

import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.model.Radar;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of validating a content folder: every diagnostic, sorted by file and line, the number
 * of files checked, and the radar when there were no errors. Immutable and thread-safe.
 */
public record ValidationResult(
    List<Diagnostic> diagnostics, int filesChecked, Optional<Radar> radar)
    implements DiagnosticReport {
  public ValidationResult {
    diagnostics = List.copyOf(diagnostics);
  }
}
