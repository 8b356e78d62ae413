package eu.sovereignradar.generator;

import eu.sovereignradar.generator.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link RadarGenerator#generate()}: every diagnostic (content and template
 * problems), the number of content files checked, and, when the site was written, the output folder
 * and the files in it (relative paths with {@code /}, sorted). When {@link #site()} is empty
 * nothing was written and the previous site, if any, is untouched. Immutable and thread-safe.
 */
public record GenerationResult(
    List<Diagnostic> diagnostics, int filesChecked, Optional<Path> site, List<String> files)
    implements DiagnosticReport {
  public GenerationResult {
    diagnostics = List.copyOf(diagnostics);
    java.util.Objects.requireNonNull(site, "site");
    files = List.copyOf(files);
  }

  /** A result for a build that wrote nothing, e.g. because the content has errors. */
  public static GenerationResult notWritten(List<Diagnostic> diagnostics, int filesChecked) {
    return new GenerationResult(diagnostics, filesChecked, Optional.empty(), List.of());
  }

  /** True when the site was written (and swapped in). */
  public boolean written() {
    return site.isPresent();
  }
}
