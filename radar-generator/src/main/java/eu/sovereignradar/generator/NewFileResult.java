package eu.sovereignradar.generator;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The outcome of {@link RadarGenerator#create}: exactly one of the four records below. */
public sealed interface NewFileResult {

  /**
   * The file was written.
   *
   * @param path the new file's path, as the user named the content folder, with {@code /}
   * @param id the new blip's or product's id
   * @param product true for a product file
   */
  record Created(String path, String id, boolean product) implements NewFileResult {
    /**
     * What to do next, the same in every front end.
     *
     * @param validate how this front end runs the validation, e.g. {@code radar:validate}
     */
    public String nextStep(String validate) {
      return product
          ? "Next: fill in the empty fields and the text, add '"
              + id
              + "' to the replaces list of"
              + " the blips that replace it, then run "
              + validate
              + "."
          : "Next: fill in the empty fields and the text, then run " + validate + ".";
    }
  }

  /**
   * Nothing was written because values are missing or wrong.
   *
   * @param missingValues true when a required value was not given (and no terminal could ask)
   * @param exampleRing a ring id of radar.yaml, for the example a front end prints
   * @param exampleQuadrant a quadrant id of radar.yaml, for the same example
   */
  record Rejected(
      List<Problem> problems, boolean missingValues, String exampleRing, String exampleQuadrant)
      implements NewFileResult {
    public Rejected {
      problems = List.copyOf(problems);
    }
  }

  /** The user cancelled the questions at the terminal; nothing was written. */
  record Cancelled() implements NewFileResult {}

  /**
   * radar.yaml is missing or its quadrants or rings are broken, so nothing can be checked; the
   * report says why.
   */
  record NoRadar(DiagnosticReport report) implements NewFileResult {}

  /**
   * One missing or wrong value.
   *
   * @param field the option's name, e.g. {@code ring} ({@code --ring}, {@code -Dradar.ring})
   */
  record Problem(String field, String message, @Nullable String hint) {
    /** One line, the option named as the front end spells it, e.g. {@code radar.ring: ...}. */
    public String text(String option) {
      return option + ": " + message + (hint == null ? "" : "; " + hint);
    }
  }
}
