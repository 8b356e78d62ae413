package eu.sovereignradar.generator.diagnostic;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * One problem found in the content: what is wrong ({@link #message}), where ({@link #position}),
 * how to fix it ({@link #hint}, may be null) and a stable {@link #code} such as {@code
 * blip.unknown-ring} that reports and documentation refer to. Immutable and thread-safe.
 */
public record Diagnostic(
    Severity severity,
    String code,
    String message,
    @Nullable String hint,
    SourcePosition position) {

  /** Orders by file, line, column, then severity and code, so reports are stable. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::position)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    requireNonNull(severity, "severity");
    requireNonNull(code, "code");
    requireNonNull(message, "message");
    requireNonNull(position, "position");
  }

  public static Diagnostic error(
      String code, SourcePosition at, String message, @Nullable String hint) {
    return new Diagnostic(Severity.ERROR, code, message, hint, at);
  }

  public static Diagnostic warning(
      String code, SourcePosition at, String message, @Nullable String hint) {
    return new Diagnostic(Severity.WARNING, code, message, hint, at);
  }

  /**
   * Warnings that {@code --strict} leaves as warnings: a language may be published partly
   * translated, with a notice on each untranslated page, so a missing translation is something to
   * know, not a reason to stop the build (docs/translations.md).
   */
  private static final java.util.Set<String> NOT_STRICT = java.util.Set.of("translation.missing");

  /** True when {@code --strict} makes this diagnostic stop the build: errors and most warnings. */
  public boolean failsStrict() {
    return isError() || !NOT_STRICT.contains(code);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
