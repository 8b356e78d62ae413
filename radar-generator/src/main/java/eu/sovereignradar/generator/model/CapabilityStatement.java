package eu.sovereignradar.generator.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/** What a blip states about one capability of its quadrant. */
public record CapabilityStatement(String capabilityId, Support support, @Nullable String note) {
  public CapabilityStatement {
    requireNonNull(capabilityId, "capabilityId");
    requireNonNull(support, "support");
  }
}
