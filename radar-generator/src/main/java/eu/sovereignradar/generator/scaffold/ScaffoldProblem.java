package eu.sovereignradar.generator.scaffold;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * Why a value given to {@link Scaffolder} cannot be used, in the editor's words. The command line
 * and the plugin put their own name for {@link #field} in front (an option, a Maven property).
 * Immutable and thread-safe.
 */
public record ScaffoldProblem(
    ScaffoldRequest.Field field, Reason reason, String message, @Nullable String hint) {

  /** What kind of problem it is, for callers that react differently (e.g. offer to ask). */
  public enum Reason {
    /** A required value is absent. */
    MISSING,
    /** The value is not acceptable: unknown ring, invalid id, not a country code... */
    INVALID,
    /** A file with that id exists already. */
    EXISTS,
    /** The value does not apply to this kind of file, such as a ring for a product. */
    NOT_APPLICABLE
  }

  public ScaffoldProblem {
    requireNonNull(field, "field");
    requireNonNull(reason, "reason");
    requireNonNull(message, "message");
  }
}
