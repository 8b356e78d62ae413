package eu.sovereignradar.generator.render.view;

import eu.sovereignradar.generator.render.safety.Html;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One roadmap step's page: its facts, from what to what, the steps around it, rollback criteria,
 * change actions and the plan.
 *
 * @param target the blip it moves to, or null
 * @param targetFacts the target's ring and sovereignty score
 */
public record StepView(
    String id,
    String title,
    String statusId,
    List<Fact> facts,
    List<StepItemRow> items,
    @Nullable ItemLink target,
    List<Fact> targetFacts,
    List<ItemLink> dependsOn,
    List<ItemLink> dependents,
    @Nullable String rollback,
    List<ActionRow> actions,
    Html body,
    String roadmapHref) {
  public StepView {
    facts = List.copyOf(facts);
    items = List.copyOf(items);
    targetFacts = List.copyOf(targetFacts);
    dependsOn = List.copyOf(dependsOn);
    dependents = List.copyOf(dependents);
    actions = List.copyOf(actions);
  }
}
