package eu.sovereignradar.generator.diagnostic;

/**
 * How bad a {@link Diagnostic} is. Errors stop a build; warnings do unless {@code --strict} is off.
 */
public enum Severity {
  ERROR,
  WARNING;

  /** The lowercase word used in reports: {@code error} or {@code warning}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
