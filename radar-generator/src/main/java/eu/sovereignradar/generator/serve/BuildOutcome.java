package eu.sovereignradar.generator.serve;

import eu.sovereignradar.generator.diagnostic.Diagnostic;
import java.util.List;

/**
 * What one build of the preview produced: every diagnostic, sorted, the number of content files
 * checked, and whether the site was written (and can be served). Immutable and thread-safe.
 */
public record BuildOutcome(List<Diagnostic> diagnostics, int filesChecked, boolean written) {
  public BuildOutcome {
    diagnostics = List.copyOf(diagnostics);
  }
}
