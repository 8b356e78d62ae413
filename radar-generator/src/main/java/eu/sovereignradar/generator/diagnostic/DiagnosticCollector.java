package eu.sovereignradar.generator.diagnostic;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects diagnostics while content is read and checked. Thread-safe, so files can be checked in
 * parallel; {@link #sorted()} gives a stable order whatever the order of arrival.
 */
public final class DiagnosticCollector {
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  public synchronized void add(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
  }

  public synchronized void addAll(List<Diagnostic> more) {
    diagnostics.addAll(more);
  }

  public void error(String code, SourcePosition at, String message, @Nullable String hint) {
    add(Diagnostic.error(code, at, message, hint));
  }

  public void warning(String code, SourcePosition at, String message, @Nullable String hint) {
    add(Diagnostic.warning(code, at, message, hint));
  }

  public synchronized boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** Errors anywhere under {@code path} (exact file match). */
  public synchronized boolean hasErrorsIn(String path) {
    return diagnostics.stream().anyMatch(d -> d.isError() && d.position().path().equals(path));
  }

  /** All diagnostics sorted by {@link Diagnostic#ORDER}. */
  public synchronized List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(diagnostics);
    copy.sort(Diagnostic.ORDER);
    return List.copyOf(copy);
  }
}
