package eu.sovereignradar.generator.score;

import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.Country;
import eu.sovereignradar.generator.model.Hosting;
import eu.sovereignradar.generator.model.Licence;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The criteria of the sovereignty score, in the order the breakdown lists them, each with its id
 * (the key under {@code scoring:} in radar.yaml) and its default weight. The default weights sum to
 * 100. Each criterion's rule looks at one or two front-matter facts only, so an editor can predict
 * the result; {@code docs/sovereignty-score.md} states every rule and how it relates to the
 * objectives of the European Commission's Cloud Sovereignty Framework.
 */
public enum Criterion {
  /** How open the licence is: whether users keep the right to run, study, change and share. */
  LICENCE("licence", 30) {
    @Override
    Rating rate(Blip blip, String language) {
      Licence licence = blip.licence();
      if (licence == null) {
        return Rating.of(Level.NONE, "missing");
      }
      String expression = licence.expression();
      return switch (licence.kind()) {
        case OPEN_SOURCE -> Rating.of(Level.FULL, "open-source", expression);
        case OPEN_CORE -> Rating.of(Level.PARTIAL, "open-core", expression);
        case SOURCE_AVAILABLE -> Rating.of(Level.LOW, "source-available", expression);
        case PROPRIETARY -> Rating.of(Level.NONE, "proprietary", expression);
      };
    }
  },

  /** Which country's law governs the entity that controls the product. */
  JURISDICTION("jurisdiction", 25) {
    @Override
    Rating rate(Blip blip, String language) {
      Country origin = blip.origin();
      if (origin == null) {
        return Rating.of(Level.NONE, "missing");
      }
      if (origin.isCommunity()) {
        // No single entity controls the project, so no government can compel one to give access;
        // but no accountable European entity stands behind it either: half, like other non-EU.
        return Rating.of(Level.PARTIAL, "community");
      }
      String name = origin.name(language);
      if (origin.isEuropean()) {
        return Rating.of(Level.FULL, "european", name);
      }
      Optional<String> laws = AccessLaws.find(origin);
      return laws.map(l -> Rating.of(Level.NONE, "access-law", name, l))
          .orElseGet(() -> Rating.of(Level.PARTIAL, "other", name));
    }
  },

  /** Whether the organisation can run it on infrastructure or devices it controls. */
  SELF_HOSTING("self-hosting", 20) {
    @Override
    Rating rate(Blip blip, String language) {
      List<Hosting> hosting = blip.hosting();
      boolean server = hosting.contains(Hosting.SELF_HOSTED);
      boolean device = hosting.contains(Hosting.ON_DEVICE);
      if (hosting.isEmpty()) {
        return Rating.of(Level.NONE, "missing");
      }
      if (server && device) {
        return Rating.of(Level.FULL, "self-hosted-and-on-device");
      }
      if (server) {
        return Rating.of(Level.FULL, "self-hosted");
      }
      return device ? Rating.of(Level.FULL, "on-device") : Rating.of(Level.NONE, "hosted-only");
    }
  },

  /**
   * Whether data can stay in Europe: a hosted offer by a European provider, a self-hosted
   * installation in a data centre of one's choice, or an application that needs no hosting at all.
   */
  EU_HOSTING("eu-hosting", 15) {
    @Override
    Rating rate(Blip blip, String language) {
      List<Hosting> hosting = blip.hosting();
      boolean saasEu = hosting.contains(Hosting.SAAS_EU);
      boolean server = hosting.contains(Hosting.SELF_HOSTED);
      if (hosting.isEmpty()) {
        return Rating.of(Level.NONE, "missing");
      }
      if (saasEu && server) {
        return Rating.of(Level.FULL, "saas-eu-and-self-hosted");
      }
      if (saasEu) {
        return Rating.of(Level.FULL, "saas-eu");
      }
      if (server) {
        return Rating.of(Level.FULL, "self-hosted");
      }
      // An application with no hosted part keeps its data on the user's devices; one that also
      // comes as a non-European service is judged by that service, which is where data goes.
      return hosting.contains(Hosting.SAAS_NON_EU)
          ? Rating.of(Level.NONE, "non-eu-only")
          : Rating.of(Level.FULL, "on-device-only");
    }
  },

  /** Whether the source code is published where anyone can audit and build it. */
  SOURCE_CODE("source-code", 10) {
    @Override
    Rating rate(Blip blip, String language) {
      String url = blip.sourceCode();
      return url == null
          ? Rating.of(Level.NONE, "missing")
          : Rating.of(Level.FULL, "published", url);
    }
  };

  private final String id;
  private final double defaultWeight;

  Criterion(String id, double defaultWeight) {
    this.id = id;
    this.defaultWeight = defaultWeight;
  }

  /** The id used under {@code scoring:} in radar.yaml and in the message bundle. */
  public String id() {
    return id;
  }

  /** The weight when radar.yaml does not override it. The defaults sum to 100. */
  public double defaultWeight() {
    return defaultWeight;
  }

  /** The criterion with this id, if any. */
  public static Optional<Criterion> findById(String id) {
    return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
  }

  /** Every criterion id, in breakdown order. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(Criterion::id).toList();
  }

  /**
   * Applies the rule to one blip.
   *
   * @param language the interface language, for country names in the explanation
   */
  abstract Rating rate(Blip blip, String language);
}
