package eu.sovereignradar.generator.cli;

import eu.sovereignradar.generator.GenerationResult;
import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code radar build [content] -o site}: validates, then renders the static site. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Check a content folder and build the static radar site.",
      "Nothing is written when the content has errors; the previous site stays as it was until the new one is complete."
    })
final class BuildCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = "content",
      paramLabel = "CONTENT",
      description = "The content folder holding radar.yaml (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(
      names = {"-o", "--output"},
      defaultValue = "site",
      paramLabel = "OUT",
      description =
          "The folder to write the site to (default: ${DEFAULT-VALUE}). It is replaced as a whole, so it "
              + "must be new, empty or a previous radar site.")
  Path output;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description =
          "A folder whose templates, messages and assets replace the default theme's files of the same name.")
  Path templates;

  @Option(
      names = "--public",
      description =
          "Build the public version: nothing from inventory/ or the organisation's assessment"
              + " (no matrix, no inventory pages, no mentions, no search or sitemap entries).")
  boolean publicBuild;

  @Option(
      names = "--strict",
      description = "Treat warnings as errors: build nothing and exit with 1 when there is any.")
  boolean strict;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // Where the site goes: the argument as given is for messages.
    Path outputFolder = RadarCommand.resolve(spec, output);
    GenerationResult result;
    try {
      result =
          new RadarGenerator(
                  GeneratorOptions.builder(RadarCommand.resolve(spec, content))
                      .outputDirectory(outputFolder)
                      .templateDirectory(
                          templates == null ? null : RadarCommand.resolve(spec, templates))
                      .strict(strict)
                      .publicBuild(publicBuild)
                      .build())
              .generate();
    } catch (IOException e) {
      err.println("radar: " + RadarCommand.describe(spec, e));
      return RadarCommand.USAGE_OR_IO;
    }
    int code = Reports.print(result, content, ReportFormat.text, null, strict, spec);
    if (result.written()) {
      out.println("Site written to " + output + " (" + result.files().size() + " files).");
    } else {
      out.println(
          "No site written"
              + (Files.exists(outputFolder) ? "; " + output + " is unchanged." : "."));
    }
    out.flush();
    return code;
  }
}
