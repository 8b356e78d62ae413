package eu.sovereignradar.generator.model;

import static java.util.Objects.requireNonNull;

/**
 * The file a model object came from: its content-relative path ({@code /} separators), e.g. for the
 * "Edit this page" link.
 */
public record SourceRef(String path) {
  public SourceRef {
    requireNonNull(path, "path");
  }
}
