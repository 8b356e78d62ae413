package eu.sovereignradar.generator.cli;

import eu.sovereignradar.generator.DiagnosticText;
import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.Preview;
import eu.sovereignradar.generator.PreviewReport;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.ReportLine;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radar serve [content]}: the live preview, until Ctrl-C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Build the site and serve it on http://127.0.0.1:PORT/. Every change to the content or template "
          + "folder rebuilds it, and open pages reload by themselves.",
      "Problems are printed here and shown over the page, which keeps showing the last good build. "
          + "Stop with Ctrl-C. The preview is never published: build that with 'radar build'."
    })
final class ServeCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = "content",
      paramLabel = "CONTENT",
      description = "The content folder holding radar.yaml (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(
      names = {"-p", "--port"},
      defaultValue = "8080",
      paramLabel = "PORT",
      description = "The port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description =
          "A folder whose templates, messages and assets replace the default theme's files of the same name.")
  @Nullable Path templates;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      err.println(
          "radar serve: --port " + port + " is not a port: use 1 to 65535, or 0 for a free one");
      return RadarCommand.USAGE_OR_IO;
    }
    Preview session;
    try {
      session =
          new RadarGenerator(GeneratorOptions.builder(content).templateDirectory(templates).build())
              .serve(port, build -> report(build, out));
    } catch (BindException e) {
      err.println(
          "radar serve: port "
              + port
              + " on 127.0.0.1 is already in use (by another radar serve?);"
              + " stop that program, or choose another port, e.g. --port "
              + Preview.otherPort(port));
      return RadarCommand.USAGE_OR_IO;
    } catch (IOException e) {
      err.println("radar serve: " + DiagnosticText.describe(e));
      return RadarCommand.USAGE_OR_IO;
    }
    out.println(
        "Serving "
            + content
            + " at "
            + session.address()
            + " - pages reload when you save. Stop with Ctrl-C.");
    out.flush();
    session.runUntilStopped();
    session.close();
    return RadarCommand.OK;
  }

  private static void report(PreviewReport build, PrintWriter out) {
    for (ReportLine line : build.lines()) {
      out.println(line.text());
    }
    out.println(build.headline());
    out.flush();
  }
}
