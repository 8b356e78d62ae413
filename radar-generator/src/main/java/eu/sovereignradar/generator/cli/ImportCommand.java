package eu.sovereignradar.generator.cli;

import eu.sovereignradar.generator.DiagnosticText;
import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.ImportResult;
import eu.sovereignradar.generator.RadarGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radar import FORMAT SOURCE -o CONTENT}: another radar tool's data as content files. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import another radar tool's file into a content folder: byor-csv, byor-json (Build Your Own"
          + " Radar), zalando (entries JSON), backstage (tech-radar JSON), aoe (an AOE radar"
          + " folder), or inventory-csv (a spreadsheet of applications into inventory/ of an"
          + " existing radar).",
      "Writes radar.yaml when the folder has none (else matches rings and quadrants against it)"
          + " and blips/<id>.md per entry. Never overwrites a file without --force; lists what"
          + " could not be imported, with file and line. See docs/interop.md."
    })
final class ImportCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "FORMAT",
      description = "byor-csv, byor-json, zalando, backstage, aoe or inventory-csv.")
  String format;

  @Parameters(
      index = "1",
      paramLabel = "SOURCE",
      description = "The file (for aoe: the folder) to read.")
  Path source;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "CONTENT",
      defaultValue = "content",
      description = "The content folder to write into (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(
      names = "--map",
      paramLabel = "COLUMN=FIELD",
      description =
          "inventory-csv: map a column header to an inventory field, e.g. --map 'Application"
              + " name=title' (repeatable; see docs/interop.md for the default mapping).")
  java.util.Map<String, String> mapping = new java.util.LinkedHashMap<>();

  @Option(names = "--force", description = "Overwrite blip files that exist (never radar.yaml).")
  boolean force;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!RadarGenerator.importFormats().contains(format)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "'"
              + format
              + "' is not an import format; use one of "
              + String.join(", ", RadarGenerator.importFormats())
              + DiagnosticText.didYouMean(format, RadarGenerator.importFormats()));
    }
    ImportResult result;
    try {
      result =
          new RadarGenerator(GeneratorOptions.builder(content).build())
              .importFrom(format, source, force, mapping);
    } catch (IOException e) {
      err.println("radar import: " + DiagnosticText.describe(e));
      return RadarCommand.USAGE_OR_IO;
    }
    if (result instanceof ImportResult.Unreadable u) {
      err.println(u.message());
      err.println(
          "radar import: the source cannot be read as " + format + "; nothing was written.");
      return RadarCommand.CONTENT_ERRORS;
    }
    if (result instanceof ImportResult.BadMapping b) {
      err.println("radar import: " + b.message());
      return RadarCommand.USAGE_OR_IO;
    }
    if (result instanceof ImportResult.NoRadar n) {
      err.print(DiagnosticText.forContent(content).textReport(n.report()));
      err.println("radar import: fix radar.yaml first; nothing was written.");
      return RadarCommand.CONTENT_ERRORS;
    }
    ImportResult.Done done = (ImportResult.Done) result;
    for (String line : done.lines()) {
      (line.startsWith("Not imported") ? err : out).println(line);
    }
    out.println("Next: run 'radar validate " + content + "' and fill in the sovereignty facts.");
    return done.problems().isEmpty() ? RadarCommand.OK : RadarCommand.CONTENT_ERRORS;
  }
}
