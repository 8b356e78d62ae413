package eu.sovereignradar.generator.compare;

import static java.util.Objects.requireNonNull;

import eu.sovereignradar.generator.model.Support;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one alternative states about one capability. {@code support} is absent when the blip does
 * not state it, which a page should show as "not stated", never as "no". Immutable and thread-safe.
 */
public record CapabilityCell(String blipId, @Nullable Support support, @Nullable String note) {
  public CapabilityCell {
    requireNonNull(blipId, "blipId");
  }

  /** The stated support, if any. */
  public Optional<Support> findSupport() {
    return Optional.ofNullable(support);
  }
}
