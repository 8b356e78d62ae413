package eu.sovereignradar.generator;

import java.time.LocalDate;
import java.util.List;

/** The outcome of {@link RadarGenerator#suggestRoadmap()}: exactly one of the records below. */
public sealed interface RoadmapDrafts {

  /** The content has errors, so nothing can be drafted; the report says which. */
  record Invalid(ValidationResult report) implements RoadmapDrafts {}

  /** radar.yaml declares no roadmap phases, which drafts need for their dates. */
  record NoPhases() implements RoadmapDrafts {}

  /**
   * The drafts, best first; empty when every item to replace is already moved by a step.
   *
   * @param steps one per item to replace, written or left alone because its file existed
   */
  record Drafted(List<Step> steps) implements RoadmapDrafts {
    public Drafted {
      steps = List.copyOf(steps);
    }

    /** How many files were written. */
    public long written() {
      return steps.stream().filter(Step::written).count();
    }
  }

  /**
   * One drafted step.
   *
   * @param path the file, as the user named the content folder, with {@code /}
   * @param written false when the file existed and was left as it was
   * @param effort S, M, L or XL
   * @param dependsOn the steps it waits for
   */
  record Step(
      String path,
      String title,
      boolean written,
      String effort,
      int reduction,
      LocalDate start,
      LocalDate end,
      List<String> dependsOn) {
    public Step {
      dependsOn = List.copyOf(dependsOn);
    }
  }
}
