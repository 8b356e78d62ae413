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

  // Loops, not streams: every blip and history entry looks its ring and quadrant up here.
  Optional<Quadrant> quadrant(String id) {
    for (Quadrant q : quadrants) {
      if (q.id().equals(id)) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }

  Optional<Ring> ring(String id) {
    for (Ring r : rings) {
      if (r.id().equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  List<String> quadrantIds() {
    return quadrants.stream().map(Quadrant::id).toList();
  }

  List<String> ringIds() {
    return rings.stream().map(Ring::id).toList();
  }
}
