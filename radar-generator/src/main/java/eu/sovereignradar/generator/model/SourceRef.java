package eu.sovereignradar.generator.model;

import static java.util.Objects.requireNonNull;

/** Where a model object came from: content-relative path ({@code /} separators) and 1-based line. */
public record SourceRef(String path, int line) {
  public SourceRef {
    requireNonNull(path, "path");
  }
}
