package eu.sovereignradar.generator.cli;

import eu.sovereignradar.generator.DiagnosticText;
import eu.sovereignradar.generator.RadarGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code radar daemon STATE_DIR}: the build daemon, which {@code bin/radar} starts in the
 * background when {@code RADAR_DAEMON=on} and then runs {@code build} and {@code validate} in.
 * Hidden from the list of commands: people use it through {@code bin/radar}, which keys the folder
 * to the jar, the JDK and the JVM options (README, "The build daemon").
 */
@Command(
    name = "daemon",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = {
      "Run the build daemon in the foreground: a warm JVM that runs 'build' and 'validate' for"
          + " bin/radar-client.",
      "It writes its port and token to STATE_DIR/daemon and stops when idle or asked to."
    })
final class DaemonCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "STATE_DIR",
      description = "The folder for its address and lock, readable by its owner only.")
  Path state;

  @Option(
      names = "--idle-minutes",
      defaultValue = "30",
      paramLabel = "N",
      description = "Stop after N minutes without a command (default: ${DEFAULT-VALUE}).")
  int idleMinutes;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (idleMinutes < 1 || idleMinutes > 7 * 24 * 60) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--idle-minutes must be between 1 and 10080 (a week)");
    }
    try (CommandServer server = CommandServer.start(RadarCommand.resolve(spec, state))) {
      if (server == null) {
        spec.commandLine().getErr().println("radar: a daemon already runs for " + state);
        return RadarCommand.OK;
      }
      // Between two builds of the same content almost every Markdown body is unchanged.
      RadarGenerator.keepRenderedBodies();
      server.serve(Duration.ofMinutes(idleMinutes));
      return RadarCommand.OK;
    } catch (IOException e) {
      spec.commandLine().getErr().println("radar: " + DiagnosticText.describe(e));
      return RadarCommand.USAGE_OR_IO;
    }
  }
}
