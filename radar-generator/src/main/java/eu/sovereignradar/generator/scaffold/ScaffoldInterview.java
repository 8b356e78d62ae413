package eu.sovereignradar.generator.scaffold;

import eu.sovereignradar.generator.scaffold.ScaffoldRequest.Field;
import eu.sovereignradar.generator.scaffold.ScaffoldRequest.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Completes a request by asking a person, for {@code radar new} at a terminal: every required value
 * that is missing or wrong is asked for, with the allowed choices in the question, and asked again
 * (with the reason) until it is acceptable. Values given on the command line that are fine are not
 * asked again. Stateless and thread-safe.
 */
public final class ScaffoldInterview {
  private ScaffoldInterview() {}

  /**
   * @return the completed request, which {@link Scaffolder#check(ScaffoldRequest)} accepts except
   *     for values that are not asked for (such as a blip's vendor), or empty when the person ended
   *     input
   */
  public static Optional<ScaffoldRequest> complete(
      ScaffoldRequest draft, Scaffolder scaffolder, Prompter prompter) {
    ScaffoldRequest request = draft;
    for (Field field : order(draft.kind())) {
      Optional<ScaffoldProblem> problem = problem(request, field, scaffolder);
      if (problem.isEmpty()) {
        continue;
      }
      if (request.value(field).isPresent() || field == Field.ID) {
        tell(prompter, problem.get());
      }
      Optional<ScaffoldRequest> answered = ask(request, field, scaffolder, prompter);
      if (answered.isEmpty()) {
        return Optional.empty();
      }
      request = answered.get();
    }
    return Optional.of(request);
  }

  /** The title first, then the id it gives (asked only when unusable), then the rest. */
  private static List<Field> order(Kind kind) {
    List<Field> order = new ArrayList<>();
    order.add(Field.TITLE);
    order.add(Field.ID);
    kind.required().stream().filter(f -> f != Field.TITLE).forEach(order::add);
    return order;
  }

  private static Optional<ScaffoldProblem> problem(
      ScaffoldRequest r, Field field, Scaffolder scaffolder) {
    if (field == Field.ID) {
      Optional<String> id = scaffolder.id(r);
      return id.isEmpty() ? Optional.empty() : scaffolder.check(r.kind(), Field.ID, id.get());
    }
    Optional<String> value = r.value(field);
    return value.isEmpty()
        ? scaffolder.check(r.kind(), field, "")
        : scaffolder.check(r.kind(), field, value.get());
  }

  private static Optional<ScaffoldRequest> ask(
      ScaffoldRequest request, Field field, Scaffolder scaffolder, Prompter prompter) {
    String question = question(request, field, scaffolder);
    while (true) {
      Optional<String> answer = prompter.ask(question);
      if (answer.isEmpty()) {
        return Optional.empty();
      }
      Optional<ScaffoldProblem> problem = scaffolder.check(request.kind(), field, answer.get());
      if (problem.isEmpty()) {
        return Optional.of(request.with(field, answer.get().strip()));
      }
      tell(prompter, problem.get());
    }
  }

  private static String question(ScaffoldRequest request, Field field, Scaffolder scaffolder) {
    List<String> choices = scaffolder.choices(field);
    String label =
        switch (field) {
          case TITLE -> "Title";
          case ID -> "Id (the file name without .md)";
          case RING -> "Ring";
          case QUADRANT -> "Quadrant";
          case VENDOR ->
              request.kind() == Kind.PRODUCT ? "Vendor (the company that controls it)" : "Vendor";
          case ORIGIN -> "Origin (country code of the vendor's headquarters, e.g. US)";
          case CATEGORY -> "Category (the quadrant its alternatives are compared in)";
        };
    return choices.isEmpty() ? label + ": " : label + " [" + String.join(", ", choices) + "]: ";
  }

  private static void tell(Prompter prompter, ScaffoldProblem p) {
    prompter.tell(p.message() + (p.hint() == null ? "" : "; " + p.hint()));
  }
}
