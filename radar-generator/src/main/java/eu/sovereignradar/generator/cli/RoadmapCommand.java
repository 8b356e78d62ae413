package eu.sovereignradar.generator.cli;

import eu.sovereignradar.generator.DiagnosticText;
import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.RoadmapDrafts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radar roadmap suggest [content]}: drafts roadmap steps from the inventory. */
@Command(
    name = "roadmap",
    mixinStandardHelpOptions = true,
    description = "Work on the roadmap (roadmap/<id>.md): 'radar roadmap suggest' drafts steps.",
    subcommands = {RoadmapCommand.Suggest.class, CommandLine.HelpCommand.class})
final class RoadmapCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "say what to do: radar roadmap suggest [CONTENT]");
  }

  @Command(
      name = "suggest",
      mixinStandardHelpOptions = true,
      description = {
        "Draft roadmap/<item id>.md for every inventory item with disposition 'replace' and a"
            + " target that no step moves yet: quick wins first (exposure removed per effort),"
            + " each after the items it depends on, dated in radar.yaml's roadmap phases.",
        "Writes new files only: an existing file is never overwritten. Review every draft."
      })
  static final class Suggest implements Callable<Integer> {
    @Parameters(
        index = "0",
        arity = "0..1",
        defaultValue = "content",
        paramLabel = "CONTENT",
        description = "The content folder holding radar.yaml (default: ${DEFAULT-VALUE}).")
    Path content;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      RoadmapDrafts result;
      try {
        result = new RadarGenerator(GeneratorOptions.builder(content).build()).suggestRoadmap();
      } catch (IOException e) {
        err.println("radar roadmap suggest: " + DiagnosticText.describe(e));
        return RadarCommand.USAGE_OR_IO;
      }
      if (result instanceof RoadmapDrafts.Invalid invalid) {
        err.print(DiagnosticText.forContent(content).textReport(invalid.report()));
        err.println("radar roadmap suggest: fix the errors first; nothing was written.");
        return RadarCommand.CONTENT_ERRORS;
      }
      if (result instanceof RoadmapDrafts.NoPhases) {
        err.println(
            "radar roadmap suggest: radar.yaml declares no roadmap phases, which the drafts are"
                + " dated in; add roadmap: {phases: [...]} (see docs/roadmap.md). Nothing was"
                + " written.");
        return RadarCommand.CONTENT_ERRORS;
      }
      RoadmapDrafts.Drafted drafted = (RoadmapDrafts.Drafted) result;
      for (String line : DiagnosticText.roadmapDrafts(drafted)) {
        out.println(line);
      }
      if (drafted.written() > 0) {
        out.println("Next: review the drafts, then run 'radar validate " + content + "'.");
      }
      return RadarCommand.OK;
    }
  }
}
