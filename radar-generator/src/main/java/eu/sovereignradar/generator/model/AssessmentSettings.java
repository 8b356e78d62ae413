package eu.sovereignradar.generator.model;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How inventory items are assessed, from radar.yaml's {@code assessment} or the defaults: the
 * dimensions (each with a weight and whether it gates the floor), the data classes from lowest to
 * highest (each with the weight that feeds an item's impact), and rules such as "sensitive data
 * requires data-location ≥ 3". See docs/dependency-matrix.md. Immutable and thread-safe.
 */
public record AssessmentSettings(
    List<Dimension> dimensions, List<DataClass> dataClasses, List<Rule> rules) {
  public AssessmentSettings {
    dimensions = List.copyOf(dimensions);
    dataClasses = List.copyOf(dataClasses);
    rules = List.copyOf(rules);
  }

  /** The highest level of every dimension: full EU control. */
  public static final int MAX_LEVEL = 4;

  /**
   * One dimension. {@code title} is null for the default dimensions, whose names come from the
   * site's messages in the radar's language.
   */
  public record Dimension(String id, @Nullable String title, double weight, boolean floor) {}

  /** One data class; {@code title} is null for the defaults, named by the messages. */
  public record DataClass(String id, @Nullable String title, double weight) {}

  /**
   * Items holding data of {@code dataClass} or a higher class need {@code min} in {@code
   * dimension}.
   */
  public record Rule(String dataClass, String dimension, int min) {}

  /**
   * The eight dimensions of docs/dependency-matrix.md with their default weights and floor gates.
   */
  public static final List<Dimension> DEFAULT_DIMENSIONS =
      List.of(
          new Dimension("jurisdiction", null, 20, true),
          new Dimension("data-location", null, 15, true),
          new Dimension("contract", null, 10, false),
          new Dimension("operations", null, 15, true),
          new Dimension("supply-chain", null, 10, true),
          new Dimension("openness", null, 10, false),
          new Dimension("exit", null, 10, false),
          new Dimension("assurance", null, 10, false));

  /** The default data classes, lowest first. */
  public static final List<DataClass> DEFAULT_DATA_CLASSES =
      List.of(
          new DataClass("public", null, 1),
          new DataClass("internal", null, 2),
          new DataClass("sensitive", null, 3),
          new DataClass("secret", null, 4));

  public static AssessmentSettings defaults() {
    return new AssessmentSettings(DEFAULT_DIMENSIONS, DEFAULT_DATA_CLASSES, List.of());
  }

  public Optional<Dimension> findDimension(String id) {
    return dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  public Optional<DataClass> findDataClass(String id) {
    return dataClasses.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The position of a data class from 0 (lowest), or -1. */
  public int rank(String dataClass) {
    for (int i = 0; i < dataClasses.size(); i++) {
      if (dataClasses.get(i).id().equals(dataClass)) {
        return i;
      }
    }
    return -1;
  }

  public List<String> dimensionIds() {
    return dimensions.stream().map(Dimension::id).toList();
  }

  public List<String> dataClassIds() {
    return dataClasses.stream().map(DataClass::id).toList();
  }
}
