package eu.sovereignradar.generator.validation;

import eu.sovereignradar.generator.content.ContentFiles;
import eu.sovereignradar.generator.content.ContentScanner;
import eu.sovereignradar.generator.diagnostic.DiagnosticCollector;
import eu.sovereignradar.generator.model.Quadrant;
import eu.sovereignradar.generator.model.Ring;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The quadrants and rings that radar.yaml declares, read without the blips and products. For tools
 * that add content ({@code radar new}): they must check a ring or a quadrant even while other files
 * of the radar are still broken. Immutable and thread-safe.
 */
public record RadarSections(List<Quadrant> quadrants, List<Ring> rings) {
  public RadarSections {
    quadrants = List.copyOf(quadrants);
    rings = List.copyOf(rings);
  }

  /**
   * Reads radar.yaml of {@code contentDirectory}. Problems of radar.yaml go to {@code out}; problems
   * of other files are left for {@code radar validate}.
   *
   * @return the sections, or empty when radar.yaml is missing or its title, quadrants or rings are
   *     broken (a diagnostic in {@code out} says why)
   * @throws IOException when the content folder cannot be listed
   */
  public static Optional<RadarSections> read(Path contentDirectory, DiagnosticCollector out)
      throws IOException {
    DiagnosticCollector scan = new DiagnosticCollector();
    ContentFiles files = ContentScanner.scan(contentDirectory, scan);
    scan.sorted().stream().filter(d -> d.position().path().startsWith("radar.")).forEach(out::add);
    return files.radarYaml()
        .flatMap(f -> new RadarValidator().readConfig(f, out))
        .map(c -> new RadarSections(c.quadrants(), c.rings()));
  }

  /** The quadrant with this id, if radar.yaml declares one. */
  public Optional<Quadrant> findQuadrant(String id) {
    return quadrants.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  /** The ring with this id, if radar.yaml declares one. */
  public Optional<Ring> findRing(String id) {
    return rings.stream().filter(r -> r.id().equals(id)).findFirst();
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
