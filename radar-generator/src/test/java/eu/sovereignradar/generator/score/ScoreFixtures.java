package eu.sovereignradar.generator.score;

import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.Countries;
import eu.sovereignradar.generator.model.Country;
import eu.sovereignradar.generator.model.Hosting;
import eu.sovereignradar.generator.model.Licence;
import eu.sovereignradar.generator.model.LicenceKind;
import eu.sovereignradar.generator.model.Movement;
import eu.sovereignradar.generator.model.Quadrant;
import eu.sovereignradar.generator.model.Ring;
import eu.sovereignradar.generator.model.SourceRef;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Blips that differ only in the facts the score reads. */
final class ScoreFixtures {
  static final Ring ADOPT = new Ring("adopt", "Adopt", "", "#1b7f3b", 0);
  static final Quadrant COLLABORATION =
      new Quadrant("collaboration", "Collaboration", "", List.of(), 0);

  private ScoreFixtures() {}

  static Country country(String code) {
    if (code.equals(Country.COMMUNITY.code())) {
      return Country.COMMUNITY;
    }
    return Countries.standard().find(code).orElseThrow();
  }

  static Licence licence(String expression, LicenceKind kind) {
    return new Licence(expression, kind);
  }

  static Blip blip(
      @Nullable Licence licence,
      @Nullable String origin,
      List<Hosting> hosting,
      @Nullable String source) {
    return new Blip(
        "example",
        "Example",
        ADOPT,
        COLLABORATION,
        null,
        List.of(),
        licence,
        null,
        null,
        origin == null ? null : country(origin),
        hosting,
        null,
        source,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        Movement.UNCHANGED,
        "",
        new SourceRef("blips/example.md"));
  }

  /** A blip that states nothing the score reads. */
  static Blip bare() {
    return blip(null, null, List.of(), null);
  }

  /** AGPL, German vendor, self-hosted and EU SaaS, public repository: every criterion met. */
  static Blip sovereign() {
    return blip(
        licence("AGPL-3.0-or-later", LicenceKind.OPEN_SOURCE),
        "DE",
        List.of(Hosting.SELF_HOSTED, Hosting.SAAS_EU),
        "https://github.com/example/example");
  }
}
