package eu.sovereignradar.generator.render.view;

import eu.sovereignradar.generator.render.safety.Html;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An application's page: what it is and who provides it, its data, contract, assessment, what it
 * depends on and what depends on it, and the radar's alternatives for its product with the chosen
 * target marked.
 */
public record InventoryView(
    String id,
    String title,
    String area,
    List<Fact> facts,
    List<Fact> provider,
    List<Fact> data,
    List<Fact> contract,
    List<AssessmentRow> assessment,
    LevelCell floor,
    String score,
    String impact,
    String exposure,
    List<ItemLink> dependsOn,
    List<ItemLink> dependents,
    @Nullable ItemLink target,
    String targetId,
    List<AlternativeRow> alternatives,
    @Nullable String alternativesCaption,
    @Nullable ItemLink allAlternatives,
    Html body,
    String matrixHref,
    List<ItemLink> steps) {
  public InventoryView {
    steps = List.copyOf(steps);
    facts = List.copyOf(facts);
    provider = List.copyOf(provider);
    data = List.copyOf(data);
    contract = List.copyOf(contract);
    assessment = List.copyOf(assessment);
    dependsOn = List.copyOf(dependsOn);
    dependents = List.copyOf(dependents);
    alternatives = List.copyOf(alternatives);
  }
}
