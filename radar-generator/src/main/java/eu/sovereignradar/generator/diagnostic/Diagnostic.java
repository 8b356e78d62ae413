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

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
