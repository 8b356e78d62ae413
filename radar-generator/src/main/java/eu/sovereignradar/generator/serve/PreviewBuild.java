package eu.sovereignradar.generator.serve;

import eu.sovereignradar.generator.diagnostic.DiagnosticFormatter;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One build of a preview session, as the terminal reports it. Immutable and thread-safe.
 *
 * @param changes what triggered it: paths relative to the content or template folder, with {@code
 *     /}; empty for the first build
 * @param result what the build produced, or null when it could not run at all
 * @param failure why the build could not run (a folder that vanished, a disk that is full), or null
 * @param millis how long the build took, from the start of validation to the new site being served
 * @param site the number of the build being served after this one; 0 while none has succeeded
 */
public record PreviewBuild(
    List<String> changes,
    @Nullable BuildOutcome result,
    @Nullable String failure,
    long millis,
    int site) {
  public PreviewBuild {
    changes = List.copyOf(changes);
  }

  /** True when this build is now served. */
  public boolean published() {
    return result != null && result.written();
  }

  /** What the build produced, absent when it could not run (see {@link #failure()}). */
  public Optional<BuildOutcome> findResult() {
    return Optional.ofNullable(result);
  }

  /**
   * One line for the terminal, e.g. {@code Rebuilt in 143 ms after a change to blips/x.md (0
   * errors, 1 warning in 210 files).} The diagnostics themselves are printed by the caller.
   */
  public String headline() {
    String after = changes.isEmpty() ? "" : " after a change to " + describe(changes);
    if (result == null) {
      return "The build" + after + " failed: " + failure;
    }
    String counts = DiagnosticFormatter.summary(result.diagnostics(), result.filesChecked());
    if (published()) {
      return (changes.isEmpty() ? "Built the site" : "Rebuilt")
          + " in "
          + millis
          + " ms"
          + after
          + " ("
          + counts.substring(0, counts.length() - 1)
          + ").";
    }
    return (changes.isEmpty() ? "No site built" : "Not rebuilt" + after)
        + ": the content has "
        + counts
        + (site == 0
            ? " Fix the problems; the preview shows the site as soon as they are gone."
            : " The preview keeps showing the last good build until they are fixed.");
  }

  private static String describe(List<String> paths) {
    return paths.size() <= 3
        ? String.join(", ", paths)
        : String.join(", ", paths.subList(0, 3)) + " and " + (paths.size() - 3) + " more";
  }
}
