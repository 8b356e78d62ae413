package eu.sovereignradar.generator.validation;

import eu.sovereignradar.generator.model.Edition;
import eu.sovereignradar.generator.model.Quadrant;
import eu.sovereignradar.generator.model.Ring;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What radar.yaml says, once checked. Blips and products are resolved against it. */
record RadarConfig(
    String title,
    String description,
    String language,
    @Nullable String baseUrl,
    @Nullable String editUrl,
    @Nullable Edition edition,
    List<Quadrant> quadrants,
    List<Ring> rings,
    Map<String, Double> scoring) {

  Optional<Quadrant> quadrant(String id) {
    return quadrants.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  Optional<Ring> ring(String id) {
    return rings.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  List<String> quadrantIds() {
    return quadrants.stream().map(Quadrant::id).toList();
  }

  List<String> ringIds() {
    return rings.stream().map(Ring::id).toList();
  }
}
