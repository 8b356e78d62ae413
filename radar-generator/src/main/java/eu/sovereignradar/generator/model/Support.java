package eu.sovereignradar.generator.model;

/** Whether a blip offers a capability. */
public enum Support {
  YES,
  PARTIAL,
  NO;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
