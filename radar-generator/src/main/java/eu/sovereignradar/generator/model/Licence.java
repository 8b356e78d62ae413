package eu.sovereignradar.generator.model;

import static java.util.Objects.requireNonNull;

/** A validated SPDX licence expression (possibly using {@code proprietary}) and its kind. */
public record Licence(String expression, LicenceKind kind) {
  public Licence {
    requireNonNull(expression, "expression");
    requireNonNull(kind, "kind");
  }
}
