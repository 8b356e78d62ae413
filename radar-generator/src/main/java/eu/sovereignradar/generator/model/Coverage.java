package eu.sovereignradar.generator.model;

/** How much of a proprietary product a blip replaces. */
public enum Coverage {
  FULL,
  PARTIAL;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
