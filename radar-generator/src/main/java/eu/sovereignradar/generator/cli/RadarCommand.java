package eu.sovereignradar.generator.cli;

import eu.sovereignradar.generator.DiagnosticText;
import eu.sovereignradar.generator.RadarGenerator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code radar} command line: {@code java -jar radar.jar <command>}. Exit codes: 0 success, 1
 * content errors (or warnings with {@code --strict}), 2 usage or I/O problem, 3 internal error (a
 * bug: the stack trace is printed and labelled as such).
 */
@Command(
    name = "radar",
    mixinStandardHelpOptions = true,
    versionProvider = RadarCommand.Version.class,
    description =
        "Sovereign Radar: validate a content folder and build a static technology radar site.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the content has errors (or warnings, with --strict)",
      "2:wrong usage, a file or folder cannot be read or written, or not enough memory",
      "3:internal error (a bug in Sovereign Radar; please report it)"
    })
public final class RadarCommand implements Runnable {
  public static final int OK = 0;
  public static final int CONTENT_ERRORS = 1;
  public static final int USAGE_OR_IO = 2;
  public static final int INTERNAL_ERROR = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * The folder relative paths of the arguments are taken from; null for the JVM's own. The daemon
   * runs the commands of clients in other folders, and the JVM's working directory cannot change.
   */
  private final @Nullable Path workingDirectory;

  private RadarCommand(@Nullable Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a command, e.g. 'radar validate content'");
  }

  public static void main(String[] args) {
    System.exit(
        execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit code; never calls exit. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return execute(args, out, err, null);
  }

  /**
   * As {@link #execute(String[], PrintWriter, PrintWriter)}, with relative paths in {@code args}
   * taken from {@code workingDirectory} (absolute) instead of the JVM's working directory. Messages
   * still name the paths as they were given.
   */
  static int execute(
      String[] args, PrintWriter out, PrintWriter err, @Nullable Path workingDirectory) {
    CommandLine cl = commandLine(args, workingDirectory);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> INTERNAL_ERROR);
    cl.setParameterExceptionHandler(
        (e, a) -> {
          err.println("radar: " + usageMessage(e));
          String name = e.getCommandLine().getCommandName();
          err.println(
              name.equals("radar") ? "Try 'radar --help'." : "Try 'radar " + name + " --help'.");
          return USAGE_OR_IO;
        });
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          err.println(
              "radar: internal error (a bug in Sovereign Radar; please report it with this output):");
          e.printStackTrace(err);
          return INTERNAL_ERROR;
        });
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      // picocli hands only exceptions to the handler above; errors reach here. This one is not a
      // bug but a heap too small for the content: say how to give it more.
      err.println("radar: " + outOfMemory(Runtime.getRuntime().maxMemory()));
      return USAGE_OR_IO;
    }
  }

  /** The commands, in the order help lists them (then {@code help}); a new instance per run. */
  private static final List<Map.Entry<String, Supplier<Object>>> COMMANDS =
      List.of(
          Map.entry("validate", ValidateCommand::new),
          Map.entry("build", BuildCommand::new),
          Map.entry("serve", ServeCommand::new),
          Map.entry("new", NewCommand::new),
          Map.entry("roadmap", RoadmapCommand::new),
          Map.entry("import", ImportCommand::new),
          Map.entry("export", ExportCommand::new),
          Map.entry("daemon", DaemonCommand::new));

  /**
   * The command line for {@code args}. picocli builds its model of a command, with every option, by
   * reflection when the command is added, and that of all seven took about a tenth of a second, a
   * fifth of a small {@code radar validate}. So when the first argument names a command, the root
   * gets that command alone; help, the version, a typo and no argument at all get every command,
   * for the list of commands and the did-you-mean.
   */
  static CommandLine commandLine(String[] args) {
    return commandLine(args, null);
  }

  private static CommandLine commandLine(String[] args, @Nullable Path workingDirectory) {
    String first = args.length == 0 ? "" : args[0];
    boolean named = COMMANDS.stream().anyMatch(c -> c.getKey().equals(first));
    CommandLine root = new CommandLine(new RadarCommand(workingDirectory));
    for (Map.Entry<String, Supplier<Object>> c : COMMANDS) {
      if (!named || c.getKey().equals(first)) {
        root.addSubcommand(c.getKey(), c.getValue().get());
      }
    }
    if (!named) {
      root.addSubcommand("help", new CommandLine.HelpCommand());
    }
    return root;
  }

  /** The daemon client's working directory, or null when the command runs in the JVM's own. */
  private static @Nullable Path clientDirectory(CommandLine.Model.CommandSpec command) {
    CommandLine.Model.CommandSpec root = command;
    while (root.parent() != null) {
      root = root.parent();
    }
    return root.userObject() instanceof RadarCommand r ? r.workingDirectory : null;
  }

  /**
   * Where a command reads or writes {@code path}, an argument as the user gave it: against the
   * client's working directory in the daemon, unchanged otherwise.
   */
  static Path resolve(CommandLine.Model.CommandSpec command, Path path) {
    Path client = clientDirectory(command);
    return client == null ? path : client.resolve(path);
  }

  /**
   * {@link DiagnosticText#describe} for a command's I/O failure, naming the file as the user did:
   * in the daemon, relative paths reach the file system resolved against the client's folder.
   */
  static String describe(CommandLine.Model.CommandSpec command, java.io.IOException e) {
    String text = DiagnosticText.describe(e);
    Path client = clientDirectory(command);
    if (client == null) {
      return text;
    }
    String separator = client.getFileSystem().getSeparator();
    String prefix = client.toString().endsWith(separator) ? client.toString() : client + separator;
    return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
  }

  /** The working directory a command runs in: the client's in the daemon, else the JVM's. */
  static Path workingDirectory(CommandLine.Model.CommandSpec command) {
    Path client = clientDirectory(command);
    return client == null ? Path.of("").toAbsolutePath() : client;
  }

  /** What to do when the heap of {@code maxHeapBytes} is too small. */
  static String outOfMemory(long maxHeapBytes) {
    long more = RadarGenerator.largerHeapGiB(maxHeapBytes);
    return "not enough memory: the content needs more than the "
        + (maxHeapBytes >> 20)
        + " MiB of Java heap this run has, and nothing was written. Give it more, e.g."
        + " RADAR_JAVA_OPTS=-Xmx"
        + more
        + "g bin/radar ... or java -Xmx"
        + more
        + "g -jar radar.jar ..."
        + " (docs/benchmark.md gives the memory large radars need)";
  }

  /**
   * The message for a usage mistake, with the nearest command or option when the mistake is a typo:
   * "'bulid' is not a command (did you mean 'build'?)".
   */
  static String usageMessage(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String first = u.getUnmatched().get(0);
      // The nearest of the command's own options or subcommands, by the validator's rule:
      // picocli's suggestions are loose ('validate' for 'bulid') and miss some ('--frmat').
      CommandLine.Model.CommandSpec spec = e.getCommandLine().getCommandSpec();
      List<String> names = new java.util.ArrayList<>(spec.subcommands().keySet());
      spec.options().forEach(o -> names.addAll(List.of(o.names())));
      String hint =
          DiagnosticText.didYouMean(
              first.replaceFirst("=.*$", ""),
              names.stream().filter(n -> n.startsWith("-") == first.startsWith("-")).toList());
      boolean topLevel = e.getCommandLine().getCommandName().equals("radar");
      if (topLevel && !first.startsWith("-")) {
        return "'" + first + "' is not a command" + hint;
      }
      if (first.startsWith("-")) {
        return "unknown option '" + first + "'" + hint;
      }
      return e.getMessage() + hint;
    }
    return e.getMessage();
  }

  /** Reads the version from the jar manifest or the Maven properties. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"Sovereign Radar " + version()};
    }
  }

  static String version() {
    String v = RadarCommand.class.getPackage().getImplementationVersion();
    if (v != null) {
      return v;
    }
    try (java.io.InputStream in = RadarCommand.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        java.util.Properties p = new java.util.Properties();
        p.load(in);
        String fromBuild = p.getProperty("version");
        if (fromBuild != null && !fromBuild.isBlank() && !fromBuild.startsWith("${")) {
          return fromBuild;
        }
      }
    } catch (java.io.IOException e) {
      // fall through: no build version to report
    }
    return "development";
  }
}
