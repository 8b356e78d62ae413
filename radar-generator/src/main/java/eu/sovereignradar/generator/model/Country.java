package eu.sovereignradar.generator.model;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/** An ISO 3166-1 alpha-2 country with its names in the interface languages. */
public record Country(String code, String nameEn, String nameFr, String nameDe) {
  private static final Set<String> EU =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");
  private static final Set<String> EEA_EFTA = Set.of("IS", "LI", "NO", "CH");

  /**
   * The {@code origin: community} value: a project with no single controlling legal entity (a
   * community of individual maintainers), so no one government's jurisdiction applies to it.
   */
  public static final Country COMMUNITY =
      new Country(
          "community",
          "No single controlling entity",
          "Aucune entité de contrôle unique",
          "Keine einzelne kontrollierende Organisation");

  public Country {
    requireNonNull(code, "code");
    requireNonNull(nameEn, "nameEn");
    requireNonNull(nameFr, "nameFr");
    requireNonNull(nameDe, "nameDe");
  }

  /** True for {@link #COMMUNITY}. */
  public boolean isCommunity() {
    return this == COMMUNITY || code.equals(COMMUNITY.code);
  }

  /**
   * EU, EEA or Switzerland (EFTA): the countries where EU data-protection law applies or is
   * recognised as equivalent.
   */
  public boolean isEuropean() {
    return EU.contains(code) || EEA_EFTA.contains(code);
  }

  /** The name in {@code language} ({@code en}, {@code fr} or {@code de}); English otherwise. */
  public String name(String language) {
    return switch (language) {
      case "fr" -> nameFr;
      case "de" -> nameDe;
      default -> nameEn;
    };
  }
}
