package eu.sovereignradar.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build daemon's server, spoken to as {@code bin/radar-client} does: the same output, streams
 * and exit codes as a run in a JVM of its own, relative paths taken from the client's folder, and
 * only for the one who holds the token. {@code RadarLauncherIT} runs it through the scripts.
 */
class CommandServerTest {
  @TempDir Path dir;
  private Path state;
  private Path client;
  private CommandServer server;
  private CompletableFuture<Void> serving;

  @BeforeEach
  void start() throws IOException {
    state = dir.resolve("state");
    client = Files.createDirectories(dir.resolve("client"));
    Files.writeString(
        client.resolve("radar.yaml"),
        """
        title: T
        quadrants: [{id: tools, title: Tools}]
        rings: [{id: adopt, title: Adopt}, {id: hold, title: Hold}]
        """);
    Files.createDirectories(client.resolve("blips"));
    blip("x", "title: X\nring: adopt\nquadrant: tools\n");
    server = CommandServer.start(state);
    assertThat(server).isNotNull();
    serving = serveFor(server, Duration.ofMinutes(2));
  }

  @AfterEach
  void stop() throws Exception {
    if (!serving.isDone()) {
      send(token(), "stop");
    }
    serving.get(30, TimeUnit.SECONDS);
    server.close();
  }

  private static CompletableFuture<Void> serveFor(CommandServer s, Duration idle) {
    return CompletableFuture.runAsync(
        () -> {
          try {
            s.serve(idle);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  private void blip(String id, String yaml) throws IOException {
    Files.writeString(client.resolve("blips/" + id + ".md"), "---\n" + yaml + "---\nBody.\n");
  }

  /** What a client gets: the lines it prints to each stream, and the exit code (or null: none). */
  private record Answer(boolean accepted, String out, String err, Integer exitCode) {}

  private record Direct(int exitCode, String out, String err) {}

  private Direct direct(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = RadarCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Direct(code, out.toString(), err.toString());
  }

  private String token() throws IOException {
    return Files.readString(state.resolve(CommandServer.STATE_FILE)).split(" ")[1];
  }

  private Answer run(Path workingDirectory, String... args) throws IOException {
    List<String> fields = new ArrayList<>(List.of(token(), "run", workingDirectory.toString()));
    fields.add(Integer.toString(args.length));
    fields.addAll(List.of(args));
    return send(fields.toArray(String[]::new));
  }

  /** Sends the fields as bin/radar-client does and reads the answer as it does. */
  private Answer send(String... fields) throws IOException {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    for (String f : fields) {
      request.writeBytes(f.getBytes(StandardCharsets.UTF_8));
      request.write(0);
    }
    return send(request.toByteArray());
  }

  private Answer send(byte[] request) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout(60_000);
      OutputStream os = socket.getOutputStream();
      os.write(request);
      os.flush();
      // The end of the request, so that a cut-short one fails at once, not after the timeout.
      socket.shutdownOutput();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return decode(answer);
    }
  }

  private static Answer decode(String answer) {
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    Integer code = null;
    boolean accepted = false;
    for (String line : answer.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      assertThat(line).as("a frame is a letter and a space").matches("(?s)[roeOEx] .*");
      String text = line.substring(2);
      switch (line.charAt(0)) {
        case 'r' -> accepted = true;
        case 'o' -> out.append(text).append('\n');
        case 'e' -> err.append(text).append('\n');
        case 'O' -> out.append(text);
        case 'E' -> err.append(text);
        case 'x' -> code = Integer.parseInt(text);
        default -> throw new AssertionError(line);
      }
    }
    return new Answer(accepted, out.toString(), err.toString(), code);
  }

  private static Answer same(Direct d) {
    return new Answer(true, d.out(), d.err(), d.exitCode());
  }

  @Test
  void givesWhatARunInItsOwnJvmGivesStreamByStream() throws IOException {
    String content = client.toString();
    // The same working directory as the direct runs', for the same paths in the reports.
    Path dir = Path.of("").toAbsolutePath();
    assertThat(run(dir, "validate", content)).isEqualTo(same(direct("validate", content)));

    blip("broken", "title: B\nring: adpt\nquadrant: tools\n");
    Direct errors = direct("validate", content);
    assertThat(errors.exitCode()).isEqualTo(1);
    assertThat(run(dir, "validate", content)).isEqualTo(same(errors));

    // The machine report on standard output, the text on standard error, no final line end.
    Direct json = direct("validate", "--format", "json", content);
    assertThat(json.err()).contains("blip.unknown-ring");
    assertThat(run(dir, "validate", "--format", "json", content)).isEqualTo(same(json));

    Direct usage = direct("build", "--no-such-option");
    assertThat(usage.exitCode()).isEqualTo(2);
    assertThat(run(dir, "build", "--no-such-option")).isEqualTo(same(usage));
  }

  @Test
  void relativePathsAreTheClientsAndMessagesNameThemAsGiven() throws IOException {
    Answer build = run(client, "build", ".", "-o", "out/site");
    assertThat(build.exitCode()).isZero();
    assertThat(build.out())
        .contains("0 errors")
        .containsPattern("Site written to out/site \\(\\d+ files\\)\\.\n$");
    assertThat(client.resolve("out/site/index.html")).isRegularFile();

    blip("broken", "title: B\nring: adpt\nquadrant: tools\n");
    Answer errors = run(dir, "validate", "client");
    assertThat(errors.exitCode()).isEqualTo(1);
    assertThat(errors.out()).contains("client/blips/broken.md:3:7: error [blip.unknown-ring]");

    Answer missing = run(dir, "validate", "nowhere");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).startsWith("radar: nowhere: no such file or folder");

    Answer report = run(dir, "validate", "--format", "gitlab", "client");
    assertThat(report.out()).endsWith("gitlab report written to gl-code-quality-report.json\n");
    assertThat(dir.resolve("gl-code-quality-report.json")).isRegularFile();
  }

  @Test
  void runsOnlyBuildAndValidate() throws IOException {
    for (String command : List.of("serve", "new", "daemon", "export", "--version")) {
      Answer refused = run(dir, command);
      assertThat(refused.exitCode()).as(command).isEqualTo(2);
      assertThat(refused.err()).isEqualTo("radar: the daemon runs only build and validate\n");
    }
  }

  @Test
  void aClientWithoutTheTokenGetsNothingAndDoesNotStopIt() throws IOException {
    String wrong = "0".repeat(token().length());
    assertThat(send(wrong, "stop")).isEqualTo(new Answer(false, "", "", null));
    assertThat(send(wrong, "run", dir.toString(), "2", "validate", client.toString()))
        .isEqualTo(new Answer(false, "", "", null));
    // Garbage, an endless field, a request cut short: each one closes its connection only.
    send(new byte[] {1, 2, 3});
    send(new byte[100_000]);
    send(("x".repeat(70_000)).getBytes(StandardCharsets.US_ASCII));
    assertThat(send(token(), "run", "relative", "2", "validate", "client").exitCode()).isEqualTo(2);
    assertThat(send(token(), "run", dir.toString(), "many", "validate").exitCode()).isEqualTo(2);
    assertThat(send(token(), "dance").err()).isEqualTo("radar: the daemon does not know 'dance'\n");

    assertThat(serving).isNotDone();
    assertThat(run(dir, "validate", client.toString()).exitCode()).isZero();
  }

  @Test
  void stopsWhenAskedAndGivesUpItsFolder() throws Exception {
    Path file = state.resolve(CommandServer.STATE_FILE);
    String[] published = Files.readString(file).trim().split(" ");
    assertThat(published).hasSize(3);
    assertThat(Integer.parseInt(published[0])).isEqualTo(server.port());
    assertThat(published[1]).matches("[0-9a-f]{32}");
    assertThat(Long.parseLong(published[2])).isEqualTo(ProcessHandle.current().pid());
    // A second daemon for the same folder sees the first one and does not start.
    assertThat(CommandServer.start(state)).isNull();

    assertThat(send(token(), "stop")).isEqualTo(new Answer(true, "", "", 0));
    serving.get(30, TimeUnit.SECONDS);
    server.close();
    assertThat(file).doesNotExist();

    try (CommandServer next = CommandServer.start(state)) {
      assertThat(next).isNotNull();
      assertThat(next.port()).isPositive();
      assertThat(file).isRegularFile();
    }
    assertThat(file).doesNotExist();
  }

  @Test
  void stopsByItselfWhenIdle() throws Exception {
    send(token(), "stop");
    serving.get(30, TimeUnit.SECONDS);
    server.close();
    server = CommandServer.start(state);
    serving = serveFor(server, Duration.ofMillis(300));
    serving.get(30, TimeUnit.SECONDS);
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void onlyItsOwnerCanReadTheToken() throws IOException {
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state)))
        .isEqualTo("rwx------");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(state.resolve(CommandServer.STATE_FILE))))
        .isEqualTo("rw-------");
  }

  @Test
  void aClientThatLeavesEarlyStopsNothing() throws IOException {
    List<String> fields =
        new ArrayList<>(List.of(token(), "run", client.toString(), "4", "build", ".", "-o", "s"));
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      OutputStream os = socket.getOutputStream();
      for (String f : fields) {
        os.write(f.getBytes(StandardCharsets.UTF_8));
        os.write(0);
      }
      os.flush();
      InputStream in = socket.getInputStream();
      assertThat((char) in.read()).isEqualTo('r');
    }
    // The build went on to the end, and the daemon answers the next client.
    assertThat(run(dir, "validate", client.toString()).exitCode()).isZero();
    assertThat(client.resolve("s/index.html")).isRegularFile();
  }
}
