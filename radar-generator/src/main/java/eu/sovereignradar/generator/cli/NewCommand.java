package eu.sovereignradar.generator.cli;

import eu.sovereignradar.generator.DiagnosticText;
import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.NewFileRequest;
import eu.sovereignradar.generator.NewFileResult;
import eu.sovereignradar.generator.RadarGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code radar new [content] --title ... --ring ... --quadrant ...}: starts a blip (or, with {@code
 * --product}, a product) file with every field present and commented. At a terminal it asks for
 * what is missing; otherwise it says which options are needed.
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
  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = "content",
      paramLabel = "CONTENT",
      description = "The content folder holding radar.yaml (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(
      names = "--product",
      description = "Create a product (a proprietary tool that blips replace) instead of a blip.")
  boolean product;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description = "The name of the technology or product.")
  @Nullable String title;

  @Option(
      names = "--id",
      paramLabel = "ID",
      description = "The file name without .md (default: derived from the title).")
  @Nullable String id;

  @Option(names = "--ring", paramLabel = "RING", description = "Blips: a ring id of radar.yaml.")
  @Nullable String ring;

  @Option(
      names = "--quadrant",
      paramLabel = "QUADRANT",
      description = "Blips: a quadrant id of radar.yaml.")
  @Nullable String quadrant;

  @Option(
      names = "--category",
      paramLabel = "QUADRANT",
      description = "Products: the quadrant id its alternatives are compared in.")
  @Nullable String category;

  @Option(
      names = "--vendor",
      paramLabel = "TEXT",
      description = "The company that controls it (required for products).")
  @Nullable String vendor;

  @Option(
      names = "--origin",
      paramLabel = "CC",
      description = "Country code of the vendor's headquarters, e.g. US (required for products).")
  @Nullable String origin;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description =
          "Create the translation of an existing file into LANG, one of radar.yaml's languages:"
              + " radar new [CONTENT] --lang fr ID, where ID names a blip, product, inventory item"
              + " or roadmap step, or is about or radar.")
  @Nullable String lang;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "ID",
      description = "With --lang: the id of the file to translate.")
  @Nullable String translate;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    java.io.Console console = System.console();
    NewFileResult result;
    if (lang == null && translate != null) {
      err.println("radar new: " + translate + " is one argument too many: only --lang takes an ID");
      return RadarCommand.USAGE_OR_IO;
    }
    if (lang != null && translate == null) {
      // radar new --lang fr nextcloud: one argument is the id, the content folder the default.
      if (spec.commandLine().getParseResult().hasMatchedPositional(0)) {
        translate = content.toString();
        content = Path.of("content");
      } else {
        err.println(
            "radar new: --lang needs the id of the file to translate, e.g. radar new --lang "
                + lang
                + " nextcloud");
        return RadarCommand.USAGE_OR_IO;
      }
    }
    try {
      RadarGenerator generator = new RadarGenerator(GeneratorOptions.builder(content).build());
      result =
          lang != null
              ? generator.createTranslation(lang, translate)
              : generator.create(
                  new NewFileRequest(product, title, id, ring, quadrant, category, vendor, origin),
                  console);
    } catch (IOException e) {
      err.println("radar new: " + DiagnosticText.describe(e));
      return RadarCommand.USAGE_OR_IO;
    }
    if (result instanceof NewFileResult.NoRadar noRadar) {
      err.print(DiagnosticText.forContent(content).textReport(noRadar.report()));
      err.println("radar new: radar.yaml must declare the quadrants and rings first.");
      return RadarCommand.CONTENT_ERRORS;
    }
    if (result instanceof NewFileResult.Cancelled) {
      err.println("radar new: cancelled; nothing was written.");
      return RadarCommand.USAGE_OR_IO;
    }
    if (result instanceof NewFileResult.Rejected rejected) {
      printProblems(rejected, err);
      return RadarCommand.USAGE_OR_IO;
    }
    NewFileResult.Created created = (NewFileResult.Created) result;
    out.println("Created " + created.path());
    if (lang != null) {
      out.println("Translate its texts and body, then run 'radar validate " + content + "'.");
      return RadarCommand.OK;
    }
    out.println(created.nextStep("'radar validate " + content + "'"));
    return RadarCommand.OK;
  }

  private void printProblems(NewFileResult.Rejected rejected, PrintWriter err) {
    for (NewFileResult.Problem p : rejected.problems()) {
      err.println("radar new: --" + p.field() + ": " + p.message());
      if (p.hint() != null) {
        err.println("  hint: " + p.hint());
      }
    }
    if (rejected.missingValues()) {
      err.println(
          "radar new: there is no terminal to ask for the missing values; give them as options, e.g.");
      err.println(
          "  radar new "
              + content
              + (product
                  ? " --product --title \"Example Suite\" --vendor \"Example Corporation\" --origin US --category "
                      + rejected.exampleQuadrant()
                  : " --title \"Example Tool\" --ring "
                      + rejected.exampleRing()
                      + " --quadrant "
                      + rejected.exampleQuadrant()));
    }
    err.println("Nothing was written.");
  }
}
