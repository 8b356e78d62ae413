package eu.sovereignradar.generator.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.sovereignradar.generator.diagnostic.DiagnosticFormatter;
import eu.sovereignradar.generator.diagnostic.IoDescriptions;
import java.io.IOException;
import java.net.URI;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A running preview: {@code radar serve}. Builds the site in preview mode, serves it on 127.0.0.1,
 * and rebuilds whenever the content or template folder changes; open pages reload after a good
 * build, and show the problems over the last good build after a failed one.
 *
 * <p>Builds alternate between two folders in a temporary workspace, each with its own {@link
 * SiteBuilder.Build} (which keeps the parsed theme and the pages that did not change). A build
 * always goes into the folder that is not being served, and the server switches to it only when it
 * is complete, so the last good site stays served whatever happens. A change in the template folder
 * starts fresh builds, which read the theme again. Builds run one at a time on the watching thread.
 * Thread-safe; {@link #close()} (idempotent) stops everything and deletes the workspace.
 */
public final class PreviewSession implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Free memory a RAM-backed workspace must have: two sites of a large radar, with room to spare.
   */
  private static final long MEMORY_WORKSPACE_MIN = 512L * 1024 * 1024;

  private final SiteBuilder builder;
  private final Path content;
  private final @Nullable Path templates;
  private final Workspace workspace;
  private final PreviewServer server;
  private final LiveReload events;
  private final SiteWatcher watcher;
  private final Consumer<PreviewBuild> listener;
  private final DiagnosticFormatter formatter;
  private final Thread watching;
  private final SiteBuilder.Build[] generators = new SiteBuilder.Build[2];
  private final AtomicBoolean closed = new AtomicBoolean();
  private int builds;
  private int site;
  private int served = -1;

  private PreviewSession(
      Path content,
      @Nullable Path templates,
      SiteBuilder builder,
      Workspace workspace,
      PreviewServer server,
      LiveReload events,
      SiteWatcher watcher,
      Consumer<PreviewBuild> listener) {
    this.builder = builder;
    this.content = content.toAbsolutePath().normalize();
    this.templates = templates == null ? null : templates.toAbsolutePath().normalize();
    this.workspace = workspace;
    this.server = server;
    this.events = events;
    this.watcher = watcher;
    this.listener = listener;
    this.formatter = DiagnosticFormatter.forContent(content);
    this.watching = new Thread(this::watch, "radar-preview-watch");
    this.watching.setDaemon(true);
  }

  /**
   * Starts serving the content folder (with its template folder, if any) on 127.0.0.1:{@code port},
   * builds once, then watches both folders.
   *
   * @param templates the template folder, or null for the default theme
   * @param builder builds the site into the session's folders, from the same two folders
   * @param port the port; 0 picks a free one (see {@link #address()})
   * @param listener told about every build, on the session's thread, starting with the first one
   *     before this method returns
   * @throws java.net.BindException when the port is in use
   * @throws IOException when the content or template folder does not exist, or the workspace cannot
   *     be created
   */
  public static PreviewSession start(
      Path content,
      @Nullable Path templates,
      SiteBuilder builder,
      int port,
      Consumer<PreviewBuild> listener)
      throws IOException {
    requireFolder(content, "the content folder does not exist or is not a folder");
    if (templates != null) {
      requireFolder(templates, "the template folder does not exist or is not a folder");
    }
    LiveReload events = new LiveReload(state(0, "", List.of()));
    // Bind first, so that a port in use is reported before any build time is spent.
    PreviewServer server = PreviewServer.start(port, events);
    PreviewSession session;
    try {
      SiteWatcher watcher = new SiteWatcher(content, templates);
      Workspace workspace = createWorkspace();
      session =
          new PreviewSession(
              content, templates, builder, workspace, server, events, watcher, listener);
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
    session.build(List.of());
    session.watching.start();
    return session;
  }

  /**
   * A temporary folder for the builds. Every rebuild creates a few hundred files, and creating
   * files is what a rebuild spends most of its time on; in memory (Linux's {@code /dev/shm}) that
   * is many times faster than on a disk, so it is used when it has room for many sites.
   */
  private static Workspace createWorkspace() throws IOException {
    Path shm = Path.of("/dev/shm");
    try {
      if (Files.isDirectory(shm)
          && Files.isWritable(shm)
          && Files.getFileStore(shm).getUsableSpace() > MEMORY_WORKSPACE_MIN) {
        // Also reclaims the workspaces of previews that were killed.
        return Workspace.create(shm);
      }
    } catch (IOException e) {
      // Not usable after all: fall back to the ordinary temporary folder.
    }
    return Workspace.create(Path.of(System.getProperty("java.io.tmpdir")));
  }

  private static void requireFolder(Path folder, String reason) throws NoSuchFileException {
    if (!Files.isDirectory(folder)) {
      throw new NoSuchFileException(folder.toString(), null, reason);
    }
  }

  /** Where the preview is served, e.g. {@code http://127.0.0.1:8080/}. */
  public URI address() {
    return URI.create("http://127.0.0.1:" + server.port() + "/");
  }

  /** Builds now, as if {@code changes} had been seen; used by the watcher and by tests. */
  synchronized PreviewBuild build(List<String> changes) {
    long start = System.nanoTime();
    int number = ++builds;
    int slot = served == 0 ? 1 : 0;
    Path folder = workspace.folder().resolve("site-" + (slot + 1));
    BuildOutcome result = null;
    String failure = null;
    try {
      if (generators[slot] == null) {
        generators[slot] = builder.into(folder);
      }
      result = generators[slot].run();
      if (result.written()) {
        server.publish(folder.toRealPath(), number);
        served = slot;
        site = number;
      }
    } catch (StackOverflowError e) {
      // Validation keeps nesting below the renderer's depth; should some content still get
      // through, this build fails and the watching thread lives on to build the fixed content.
      failure =
          "internal error (a bug in Sovereign Radar; please report it): the content nests"
              + " too deeply for the renderer";
      generators[0] = null;
      generators[1] = null;
    } catch (IOException | RuntimeException e) {
      // The workspace is ours, so this is the environment: a folder removed, a full disk. The
      // previous build stays served and the next change tries again with fresh builds.
      failure =
          e instanceof IOException io
              ? describe(io)
              : "internal error (a bug in Sovereign Radar; please report it): " + e;
      generators[0] = null;
      generators[1] = null;
    }
    events.publish(
        result != null && result.written()
            ? state(site, "", List.of())
            : state(site, summary(result, failure), problems(result, failure)));
    PreviewBuild build =
        new PreviewBuild(changes, result, failure, (System.nanoTime() - start) / 1_000_000, site);
    try {
      listener.accept(build);
    } catch (RuntimeException e) {
      // A listener's bug must not stop the preview.
    }
    return build;
  }

  private void watch() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Set<Path> changed = watcher.next();
        if (templates != null && changed.stream().anyMatch(p -> p.startsWith(templates))) {
          synchronized (this) {
            generators[0] = null;
            generators[1] = null;
          }
        }
        build(relative(changed));
      }
    } catch (ClosedWatchServiceException | InterruptedException stopped) {
      // close() was called.
    }
  }

  private List<String> relative(Set<Path> changed) {
    List<String> paths = new ArrayList<>();
    for (Path p : changed) {
      Path base = templates != null && p.startsWith(templates) ? templates : content;
      String rel = base.relativize(p).toString().replace('\\', '/');
      paths.add(rel.isEmpty() ? "." : rel);
    }
    return paths;
  }

  private String summary(@Nullable BuildOutcome result, @Nullable String failure) {
    String what =
        result == null
            ? "The build failed: " + failure
            : "The content has "
                + DiagnosticFormatter.summary(result.diagnostics(), result.filesChecked());
    return what + (site == 0 ? "" : " The page shows the last good build.");
  }

  private List<String> problems(@Nullable BuildOutcome result, @Nullable String failure) {
    if (result == null) {
      return List.of(String.valueOf(failure));
    }
    return result.diagnostics().stream().map(formatter::text).toList();
  }

  private static String state(int site, String summary, List<String> problems) {
    ObjectNode node = JSON.createObjectNode();
    node.put("site", site);
    node.put("summary", summary);
    var list = node.putArray("problems");
    problems.forEach(list::add);
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a JSON tree we built ourselves", e);
    }
  }

  private static String describe(IOException e) {
    return IoDescriptions.describe(e);
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      watcher.close();
    } catch (IOException e) {
      // Closing a watch service only fails if it is already broken; the thread ends either way.
    }
    watching.interrupt();
    try {
      watching.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    server.close();
    workspace.close();
  }
}
