package eu.sovereignradar.generator;

import eu.sovereignradar.generator.diagnostic.Diagnostic;
import java.util.List;

/**
 * What every run of the generator reports: the diagnostics, sorted by file and line, and how many
 * content files were checked. The CLI and the Maven plugin print any report the same way.
 */
public interface DiagnosticReport {
  /** Every diagnostic, sorted by {@link Diagnostic#ORDER}. */
  List<Diagnostic> diagnostics();

  /** The number of content files read. */
  int filesChecked();

  /** The number of errors. */
  default long errorCount() {
    return diagnostics().stream().filter(Diagnostic::isError).count();
  }

  /** The number of warnings. */
  default long warningCount() {
    return diagnostics().size() - errorCount();
  }

  /**
   * True when there is no error, and with {@code strict} no warning either, except those {@link
   * Diagnostic#failsStrict()} leaves (missing translations).
   */
  default boolean passes(boolean strict) {
    return strict ? diagnostics().stream().noneMatch(Diagnostic::failsStrict) : errorCount() == 0;
  }
}
