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
  // Kept beside the list so that per-file checks stay constant-time on large, broken radars.
  private final java.util.Set<String> pathsWithErrors = new java.util.HashSet<>();

  public synchronized void add(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
    if (diagnostic.isError()) {
      pathsWithErrors.add(diagnostic.position().path());
    }
  }

  public synchronized void addAll(List<Diagnostic> more) {
    more.forEach(this::add);
  }

  public void error(String code, SourcePosition at, String message, @Nullable String hint) {
    add(Diagnostic.error(code, at, message, hint));
  }

  public void warning(String code, SourcePosition at, String message, @Nullable String hint) {
    add(Diagnostic.warning(code, at, message, hint));
  }

  public synchronized boolean hasErrors() {
    return !pathsWithErrors.isEmpty();
  }

  /** Whether the file {@code path} (content-relative) has an error. */
  public synchronized boolean hasErrorsIn(String path) {
    return pathsWithErrors.contains(path);
  }

  /** All diagnostics sorted by {@link Diagnostic#ORDER}. */
  public synchronized List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(diagnostics);
    copy.sort(Diagnostic.ORDER);
    return List.copyOf(copy);
  }
}
