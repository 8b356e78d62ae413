package eu.sovereignradar.generator.model;

import java.util.Locale;
import java.util.Optional;

/**
 * What a blip is: a product or service (the default), or an open standard. A standard has no vendor
 * to depend on and nothing to host, so the sovereignty score, which measures products, does not
 * apply to it.
 */
public enum BlipKind {
  PRODUCT,
  STANDARD;

  /** The id used in the front matter ({@code kind: standard}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind with {@code id}, if any. */
  public static Optional<BlipKind> fromId(String id) {
    for (BlipKind k : values()) {
      if (k.id().equals(id)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
