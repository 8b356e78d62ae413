package eu.sovereignradar.generator.cli;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The daemon's server: runs {@code radar build} and {@code radar validate} for clients in a JVM
 * that is already started and warm, so that a small build costs its own work and not the start of a
 * JVM, the loading of its classes and the compiling of its code (docs/benchmark.md).
 *
 * <p>Only the user who started it can use it: it listens on the loopback interface only, and a
 * client must send the random token that the server writes to {@code STATE_DIR/daemon}, a file only
 * its owner can read (the folder is the owner's alone too). One command runs at a time: the others
 * wait in the socket's queue, as two builds in two JVMs would compete for the same two cores and
 * the same output folder anyway.
 *
 * <p>The protocol, for {@code bin/radar-client} (bash, over {@code /dev/tcp}). The request is
 * fields that each end with a NUL byte: the token, then {@code run}, the client's working
 * directory, the number of arguments and the arguments; or the token and {@code stop}. The answer
 * is UTF-8 lines, each a letter, a space and a text: {@code r} once the token is accepted, then
 * {@code o TEXT} and {@code e TEXT} for a line of standard output or error, {@code O TEXT} and
 * {@code E TEXT} for a last part without a line end, and {@code x CODE}, the exit code, last.
 */
final class CommandServer implements Closeable {
  /**
   * The commands a client may run here; the others start, watch or ask, and need a JVM of their
   * own.
   */
  static final Set<String> COMMANDS = Set.of("build", "validate");

  static final String STATE_FILE = "daemon";
  private static final int MAX_FIELD_BYTES = 64 * 1024;
  private static final int MAX_ARGUMENTS = 1024;
  // A client sends its whole request at once; one that stalls must not hold the others up.
  private static final int REQUEST_TIMEOUT_MILLIS = 10_000;

  private final ServerSocket socket;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final Path stateFile;
  private final String state;
  private final byte[] token;

  private CommandServer(
      ServerSocket socket, FileChannel lockChannel, FileLock lock, Path stateFile, String token) {
    this.socket = socket;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.stateFile = stateFile;
    this.token = token.getBytes(StandardCharsets.US_ASCII);
    this.state = socket.getLocalPort() + " " + token + " " + ProcessHandle.current().pid() + "\n";
  }

  /**
   * Starts a server for {@code stateDirectory} and publishes its address there; null when another
   * server already holds that folder (two clients started one each at the same moment).
   */
  static @Nullable CommandServer start(Path stateDirectory) throws IOException {
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    if (posix) {
      Files.createDirectories(
          stateDirectory,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      // An existing folder keeps its permissions; the token must not be readable by others.
      Files.setPosixFilePermissions(stateDirectory, PosixFilePermissions.fromString("rwx------"));
    } else {
      Files.createDirectories(stateDirectory);
    }
    FileChannel channel =
        FileChannel.open(
            stateDirectory.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException e) {
      // Held by a server of this same JVM (file locks are per process).
      lock = null;
    }
    if (lock == null) {
      channel.close();
      return null;
    }
    ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    byte[] random = new byte[16];
    new SecureRandom().nextBytes(random);
    CommandServer server =
        new CommandServer(
            socket,
            channel,
            lock,
            stateDirectory.resolve(STATE_FILE),
            HexFormat.of().formatHex(random));
    try {
      server.publish(posix);
    } catch (IOException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /** The port, token and process id, written whole under a temporary name, then moved in place. */
  private void publish(boolean posix) throws IOException {
    Path tmp = stateFile.resolveSibling(STATE_FILE + ".tmp");
    Files.deleteIfExists(tmp);
    if (posix) {
      Files.createFile(
          tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    Files.writeString(tmp, state, StandardCharsets.US_ASCII);
    Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  int port() {
    return socket.getLocalPort();
  }

  /**
   * Answers clients until one asks it to stop or none came for {@code idle}; the memory a daemon
   * holds is given back when it is not used.
   */
  void serve(Duration idle) throws IOException {
    socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(1, idle.toMillis())));
    while (true) {
      Socket client;
      try {
        client = socket.accept();
      } catch (SocketTimeoutException e) {
        return;
      }
      try (client) {
        if (!answer(client)) {
          return;
        }
      } catch (IOException e) {
        // A client that went away or sent garbage; the next one is served all the same.
      }
    }
  }

  /** Serves one client; false when the server should stop: asked to, or its JVM in trouble. */
  private boolean answer(Socket client) throws IOException {
    client.setSoTimeout(REQUEST_TIMEOUT_MILLIS);
    InputStream in = new BufferedInputStream(client.getInputStream());
    byte[] sent = field(in);
    if (!MessageDigest.isEqual(sent, token)) {
      return true;
    }
    Frames frames = new Frames(client);
    frames.send('r', "");
    String verb = text(field(in));
    if (verb.equals("stop")) {
      frames.exit(RadarCommand.OK);
      return false;
    }
    if (!verb.equals("run")) {
      return fail(frames, "radar: the daemon does not know '" + verb + "'");
    }
    Path workingDirectory;
    try {
      workingDirectory = Path.of(text(field(in)));
    } catch (java.nio.file.InvalidPathException e) {
      return fail(frames, "radar: the daemon got an invalid working directory");
    }
    int count;
    try {
      count = Integer.parseInt(text(field(in)));
    } catch (NumberFormatException e) {
      count = -1;
    }
    if (!workingDirectory.isAbsolute() || count < 1 || count > MAX_ARGUMENTS) {
      return fail(frames, "radar: the daemon got a request it cannot read");
    }
    String[] args = new String[count];
    for (int i = 0; i < count; i++) {
      args[i] = text(field(in));
    }
    if (!COMMANDS.contains(args[0])) {
      return fail(frames, "radar: the daemon runs only " + String.join(" and ", commandNames()));
    }
    // The command itself may take long; only the request had to come quickly.
    client.setSoTimeout(0);
    StreamWriter out = new StreamWriter(frames, 'o');
    StreamWriter err = new StreamWriter(frames, 'e');
    PrintWriter outWriter = new PrintWriter(out, true);
    PrintWriter errWriter = new PrintWriter(err, true);
    int code;
    boolean healthy = true;
    try {
      code = RadarCommand.execute(args, outWriter, errWriter, workingDirectory);
    } catch (RuntimeException | Error e) {
      // execute() labels bugs itself, but picocli passes errors other than running out of memory
      // through. A JVM in trouble (other than a too deep recursion) is not one to serve more from.
      errWriter.println(
          "radar: internal error (a bug in Sovereign Radar; please report it with this output):");
      e.printStackTrace(errWriter);
      code = RadarCommand.INTERNAL_ERROR;
      healthy = !(e instanceof VirtualMachineError) || e instanceof StackOverflowError;
    }
    outWriter.flush();
    errWriter.flush();
    out.finish();
    err.finish();
    frames.exit(code);
    return healthy;
  }

  private static String[] commandNames() {
    return COMMANDS.stream().sorted().toArray(String[]::new);
  }

  private static boolean fail(Frames frames, String message) {
    frames.send('e', message);
    frames.exit(RadarCommand.USAGE_OR_IO);
    return true;
  }

  /** One field of the request: the bytes up to the next NUL. */
  private static byte[] field(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    while (true) {
      int b = in.read();
      if (b == 0) {
        return bytes.toByteArray();
      }
      if (b < 0 || bytes.size() >= MAX_FIELD_BYTES) {
        throw new IOException("incomplete or oversized request");
      }
      bytes.write(b);
    }
  }

  private static String text(byte[] field) {
    return new String(field, StandardCharsets.UTF_8);
  }

  /** Removes the published address (when it is still this server's) and frees the folder. */
  @Override
  public void close() throws IOException {
    if (socket.isClosed()) {
      return;
    }
    try {
      if (Files.isRegularFile(stateFile)
          && Files.readString(stateFile, StandardCharsets.US_ASCII).equals(state)) {
        Files.delete(stateFile);
      }
    } finally {
      socket.close();
      lock.release();
      lockChannel.close();
    }
  }

  /**
   * The answer's lines, written by both streams of a command. A client that went away stops
   * nothing: the command finishes (and leaves a complete site or the previous one), its output is
   * dropped.
   */
  private static final class Frames {
    private final Writer writer;
    private boolean broken;

    Frames(Socket client) throws IOException {
      this.writer =
          new BufferedWriter(
              new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8));
    }

    synchronized void send(char kind, CharSequence text) {
      if (broken) {
        return;
      }
      try {
        writer.write(kind);
        writer.write(' ');
        writer.append(text);
        writer.write('\n');
        writer.flush();
      } catch (IOException e) {
        broken = true;
      }
    }

    void exit(int code) {
      send('x', Integer.toString(code));
    }
  }

  /** One stream of a command, sent line by line as {@code kind} frames. */
  private static final class StreamWriter extends Writer {
    private final Frames frames;
    private final char kind;
    private final StringBuilder line = new StringBuilder();

    StreamWriter(Frames frames, char kind) {
      this.frames = frames;
      this.kind = kind;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      for (int i = offset; i < offset + length; i++) {
        if (chars[i] == '\n') {
          frames.send(kind, line);
          line.setLength(0);
        } else {
          line.append(chars[i]);
        }
      }
    }

    // Whole lines are sent as they come; flushing has nothing more to send.
    @Override
    public void flush() {}

    /** Sends what follows the last line end, as a part without one. */
    void finish() {
      if (!line.isEmpty()) {
        frames.send(Character.toUpperCase(kind), line);
        line.setLength(0);
      }
    }

    @Override
    public void close() {
      finish();
    }
  }
}
