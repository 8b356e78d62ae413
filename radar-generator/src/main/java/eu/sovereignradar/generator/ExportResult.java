package eu.sovereignradar.generator;

import java.util.List;

/** The outcome of {@link RadarGenerator#exportTo}: exactly one of the records below. */
public sealed interface ExportResult {

  /**
   * Written.
   *
   * @param files the files written
   * @param limits what the format cannot hold of this radar (e.g. more than four quadrants)
   */
  record Done(List<String> files, List<String> limits) implements ExportResult {
    public Done {
      files = List.copyOf(files);
      limits = List.copyOf(limits);
    }
  }

  /** The content has errors, so nothing was exported; the report says which. */
  record Invalid(ValidationResult report) implements ExportResult {}
}
