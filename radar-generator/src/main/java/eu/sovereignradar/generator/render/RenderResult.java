package eu.sovereignradar.generator.render;

import eu.sovereignradar.generator.diagnostic.Diagnostic;
import java.util.List;

/**
 * What {@link SiteRenderer#render} produced: template errors as diagnostics (sorted), and every
 * file written, relative to the output root with {@code /}, sorted. Immutable and thread-safe.
 */
public record RenderResult(List<Diagnostic> diagnostics, List<String> files) {
  public RenderResult {
    diagnostics = List.copyOf(diagnostics);
    files = List.copyOf(files);
  }
}
