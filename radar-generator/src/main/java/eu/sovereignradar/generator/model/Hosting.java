package eu.sovereignradar.generator.model;

import java.util.Optional;

/** How a blip can be run. The ids are the front-matter vocabulary. */
public enum Hosting {
  /** The organisation can run it on infrastructure it controls. */
  SELF_HOSTED("self-hosted"),
  /** A hosted offering by a provider controlled from the EU/EEA or Switzerland, data in Europe. */
  SAAS_EU("saas-eu"),
  /** A hosted offering by a provider controlled from elsewhere. */
  SAAS_NON_EU("saas-non-eu"),
  /** An application installed on desktops or phones. */
  ON_DEVICE("on-device");

  private final String id;

  Hosting(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Hosting> fromId(String id) {
    for (Hosting h : VALUES) {
      if (h.id.equals(id)) {
        return Optional.of(h);
      }
    }
    return Optional.empty();
  }

  /** {@link #values()} copies its array on each call; this is read for every hosting value. */
  private static final Hosting[] VALUES = values();
}
