package eu.sovereignradar.generator.cli;

import eu.sovereignradar.generator.diagnostic.DiagnosticCollector;
import eu.sovereignradar.generator.diagnostic.DiagnosticFormatter;
import eu.sovereignradar.generator.scaffold.Prompter;
import eu.sovereignradar.generator.scaffold.ScaffoldInterview;
import eu.sovereignradar.generator.scaffold.ScaffoldProblem;
import eu.sovereignradar.generator.scaffold.ScaffoldRequest;
import eu.sovereignradar.generator.scaffold.ScaffoldRequest.Field;
import eu.sovereignradar.generator.scaffold.ScaffoldRequest.Kind;
import eu.sovereignradar.generator.scaffold.Scaffolder;
import eu.sovereignradar.generator.validation.RadarSections;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code radar new [content] --title ... --ring ... --quadrant ...}: starts a blip (or, with
 * {@code --product}, a product) file with every field present and commented. At a terminal it asks
 * for what is missing; otherwise it says which options are needed.
 */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = {
      "Create blips/<id>.md (or products/<id>.md with --product) with every front-matter field, "
          + "a comment on each and a body skeleton. The id is derived from the title. Ring, quadrant "
          + "and category are checked against radar.yaml. An existing file is never overwritten.",
      "At a terminal, missing values are asked for."
    })
final class NewCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", defaultValue = "content", paramLabel = "CONTENT",
      description = "The content folder holding radar.yaml (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(names = "--product", description = "Create a product (a proprietary tool that blips replace) instead of a blip.")
  boolean product;

  @Option(names = "--title", paramLabel = "TEXT", description = "The name of the technology or product.")
  @Nullable String title;

  @Option(names = "--id", paramLabel = "ID", description = "The file name without .md (default: derived from the title).")
  @Nullable String id;

  @Option(names = "--ring", paramLabel = "RING", description = "Blips: a ring id of radar.yaml.")
  @Nullable String ring;

  @Option(names = "--quadrant", paramLabel = "QUADRANT", description = "Blips: a quadrant id of radar.yaml.")
  @Nullable String quadrant;

  @Option(names = "--category", paramLabel = "QUADRANT",
      description = "Products: the quadrant id its alternatives are compared in.")
  @Nullable String category;

  @Option(names = "--vendor", paramLabel = "TEXT", description = "The company that controls it (required for products).")
  @Nullable String vendor;

  @Option(names = "--origin", paramLabel = "CC",
      description = "Country code of the vendor's headquarters, e.g. US (required for products).")
  @Nullable String origin;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      DiagnosticCollector diagnostics = new DiagnosticCollector();
      Optional<RadarSections> sections = RadarSections.read(content, diagnostics);
      if (sections.isEmpty()) {
        err.print(new DiagnosticFormatter(content.toString()).textReport(diagnostics.sorted(), 1));
        err.println("radar new: radar.yaml must declare the quadrants and rings first.");
        return RadarCommand.CONTENT_ERRORS;
      }
      Scaffolder scaffolder = new Scaffolder(content, sections.get(), Clock.systemDefaultZone());
      ScaffoldRequest request = request();
      java.io.Console console = System.console();
      if (console != null && !scaffolder.check(request).isEmpty()) {
        Optional<ScaffoldRequest> answered = ScaffoldInterview.complete(request, scaffolder, Prompter.of(console));
        if (answered.isEmpty()) {
          err.println("radar new: cancelled; nothing was written.");
          return RadarCommand.USAGE_OR_IO;
        }
        request = answered.get();
      }
      Scaffolder.Result result = scaffolder.create(request);
      if (result instanceof Scaffolder.Rejected rejected) {
        printProblems(rejected.problems(), console == null, scaffolder, err);
        return RadarCommand.USAGE_OR_IO;
      }
      Scaffolder.Created created = (Scaffolder.Created) result;
      out.println("Created " + displayPath(created.path()));
      out.println(product
          ? "Next: fill in the empty fields and the text, add '" + created.id() + "' to the replaces list"
              + " of the blips that replace it, then run 'radar validate " + content + "'."
          : "Next: fill in the empty fields and the text, then run 'radar validate " + content + "'.");
      return RadarCommand.OK;
    } catch (IOException e) {
      err.println("radar new: " + IoMessages.describe(e));
      return RadarCommand.USAGE_OR_IO;
    }
  }

  private ScaffoldRequest request() {
    return ScaffoldRequest.of(product ? Kind.PRODUCT : Kind.BLIP)
        .with(Field.TITLE, title)
        .with(Field.ID, id)
        .with(Field.RING, ring)
        .with(Field.QUADRANT, quadrant)
        .with(Field.CATEGORY, category)
        .with(Field.VENDOR, vendor)
        .with(Field.ORIGIN, origin);
  }

  private void printProblems(List<ScaffoldProblem> problems, boolean noTerminal, Scaffolder scaffolder,
      PrintWriter err) {
    for (ScaffoldProblem p : problems) {
      err.println("radar new: --" + p.field().key() + ": " + p.message());
      if (p.hint() != null) {
        err.println("  hint: " + p.hint());
      }
    }
    if (noTerminal && problems.stream().anyMatch(p -> p.reason() == ScaffoldProblem.Reason.MISSING)) {
      String quadrant = scaffolder.choices(Field.QUADRANT).get(0);
      err.println("radar new: there is no terminal to ask for the missing values; give them as options, e.g.");
      err.println("  radar new " + content + (product
          ? " --product --title \"Example Suite\" --vendor \"Example Corporation\" --origin US --category " + quadrant
          : " --title \"Example Tool\" --ring " + scaffolder.choices(Field.RING).get(0) + " --quadrant " + quadrant));
    }
    err.println("Nothing was written.");
  }

  private String displayPath(String path) {
    return content.resolve(path).toString().replace('\\', '/');
  }
}
