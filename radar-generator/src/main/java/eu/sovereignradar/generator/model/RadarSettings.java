package eu.sovereignradar.generator.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What radar.yaml declares, once checked: the one representation of it. Blips and products are
 * resolved against it, a {@link Radar} carries it, and {@code radar new} reads it alone to check a
 * ring or a quadrant while other files are still broken. {@code scoring} holds weight overrides by
 * criterion id; {@code organisation} and {@code assessment} describe the organisation whose
 * inventory the radar holds (internal), {@code roadmap} the phases and lanes of its roadmap; {@code
 * editions} are every edition, oldest first, the last being {@code edition} (a single {@code
 * edition} in radar.yaml is a list of one); a blip not reviewed within {@code staleAfter} editions
 * is stale. {@code languages} are the languages the site is published in, the first being the
 * default one (at the site's root); {@code language} is the one these settings' texts are in: the
 * default, or another after {@link #forLanguage} (docs/translations.md). Immutable and thread-safe.
 */
public record RadarSettings(
    String title,
    String description,
    String language,
    @Nullable String baseUrl,
    @Nullable String editUrl,
    @Nullable Edition edition,
    List<Quadrant> quadrants,
    List<Ring> rings,
    Map<String, Double> scoring,
    @Nullable Organisation organisation,
    AssessmentSettings assessment,
    RoadmapSettings roadmap,
    List<Edition> editions,
    int staleAfter,
    @Nullable String repositoryUrl,
    List<String> languages) {
  public RadarSettings {
    languages = languages.isEmpty() ? List.of(language) : List.copyOf(languages);
    editions = List.copyOf(editions);
    requireNonNull(assessment, "assessment");
    requireNonNull(roadmap, "roadmap");
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    requireNonNull(language, "language");
    quadrants = List.copyOf(quadrants);
    rings = List.copyOf(rings);
    scoring = Map.copyOf(scoring);
  }

  /** Settings without an organisation, assessed by the default dimensions. */
  public RadarSettings(
      String title,
      String description,
      String language,
      @Nullable String baseUrl,
      @Nullable String editUrl,
      @Nullable Edition edition,
      List<Quadrant> quadrants,
      List<Ring> rings,
      Map<String, Double> scoring) {
    this(
        title,
        description,
        language,
        baseUrl,
        editUrl,
        edition,
        quadrants,
        rings,
        scoring,
        null,
        AssessmentSettings.defaults(),
        RoadmapSettings.none(),
        edition == null ? List.of() : List.of(edition),
        DEFAULT_STALE_AFTER,
        null,
        List.of(language));
  }

  /** How many editions a blip may go unreviewed before it is stale, unless radar.yaml says. */
  public static final int DEFAULT_STALE_AFTER = 3;

  /**
   * The same settings without the organisation: what a public build may show. The roadmap's phases
   * stay only when radar.yaml makes the roadmap public.
   */
  public RadarSettings withoutOrganisation() {
    return new RadarSettings(
        title,
        description,
        language,
        baseUrl,
        editUrl,
        edition,
        quadrants,
        rings,
        scoring,
        null,
        AssessmentSettings.defaults(),
        roadmap.isPublic() ? roadmap : RoadmapSettings.none(),
        editions,
        staleAfter,
        repositoryUrl,
        languages);
  }

  /** The default language: the first of {@link #languages()}, whose site is at the root. */
  public String defaultLanguage() {
    return languages.get(0);
  }

  /**
   * The same settings for the site in {@code lang}, another of {@link #languages()}: texts come
   * from the translation (already merged into these settings by the reader), and the site's address
   * is its folder's, {@code <baseUrl>/<lang>/}, so canonical links and the feed point into it.
   */
  public RadarSettings forLanguage(String lang) {
    String base =
        baseUrl == null || lang.equals(defaultLanguage())
            ? baseUrl
            : (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + lang + "/";
    return new RadarSettings(
        title,
        description,
        lang,
        base,
        editUrl,
        edition,
        quadrants,
        rings,
        scoring,
        organisation,
        assessment,
        roadmap,
        editions,
        staleAfter,
        repositoryUrl,
        languages);
  }

  // Loops, not streams: every blip and history entry looks its ring and quadrant up here.

  /** The quadrant with this id, if radar.yaml declares one. */
  public Optional<Quadrant> findQuadrant(String id) {
    for (Quadrant q : quadrants) {
      if (q.id().equals(id)) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }

  /** The ring with this id, if radar.yaml declares one. */
  public Optional<Ring> findRing(String id) {
    for (Ring r : rings) {
      if (r.id().equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * The date deadlines are judged against: the edition's date, or today when radar.yaml names no
   * edition (then the same content can warn differently on another day, which is the point).
   */
  public java.time.LocalDate referenceDate() {
    return edition != null && edition.date() != null ? edition.date() : java.time.LocalDate.now();
  }

  /**
   * The date a blip must have been reviewed after not to be stale: the date of the edition {@code
   * staleAfter} editions before the current one; empty while there are not that many editions.
   */
  public java.util.Optional<java.time.LocalDate> staleCutoff() {
    return editions.size() <= staleAfter
        ? java.util.Optional.empty()
        : java.util.Optional.ofNullable(editions.get(editions.size() - 1 - staleAfter).date());
  }

  /** Quadrant ids in radar.yaml order. */
  public List<String> quadrantIds() {
    return quadrants.stream().map(Quadrant::id).toList();
  }

  /** Ring ids from the innermost ring outwards. */
  public List<String> ringIds() {
    return rings.stream().map(Ring::id).toList();
  }
}
