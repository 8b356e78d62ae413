package eu.sovereignradar.generator;

import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.model.Radar;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of validating a content folder: every diagnostic, sorted by file and line, the
 * number of files checked, and the radar when there were no errors. Immutable and thread-safe.
 */
public record ValidationResult(List<Diagnostic> diagnostics, int filesChecked, Optional<Radar> radar) {
  public ValidationResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public long errorCount() {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }

  public long warningCount() {
    return diagnostics.size() - errorCount();
  }

  /** True when there is no error, and with {@code strict} no warning either. */
  public boolean passes(boolean strict) {
    return strict ? diagnostics.isEmpty() : errorCount() == 0;
  }
}
