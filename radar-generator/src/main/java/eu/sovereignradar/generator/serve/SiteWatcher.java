package eu.sovereignradar.generator.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import com.sun.nio.file.SensitivityWatchEventModifier;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Watches what a build reads: in the content folder {@code radar.yaml}, {@code about.md}, {@code
 * blips/} and {@code products/} (not the rest: the sample's {@code target/} would trigger a rebuild
 * for every file Maven writes), and the whole template folder. Editors save in bursts (a temporary
 * file, a rename, a second write), so {@link #next()} waits until the folder has been quiet for a
 * moment and reports the burst as one change. Backup and swap files of editors are ignored. Not
 * thread-safe: one thread calls {@link #next()}; {@link #close()} may come from any thread.
 */
final class SiteWatcher implements AutoCloseable {
  /** How long the folders must stay quiet before a burst of events counts as one change. */
  static final long QUIET_MILLIS = 40;

  /** A burst longer than this is reported anyway, so a busy folder still gets rebuilds. */
  private static final long MAX_WAIT_MILLIS = 400;

  private static final List<String> CONTENT_ENTRIES =
      List.of("radar.yaml", "radar.yml", "about.md", "blips", "products");

  private final WatchService service;
  private final Path content;
  private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();

  /**
   * @param content the content folder
   * @param templates the template override folder, or null
   */
  SiteWatcher(Path content, @Nullable Path templates) throws IOException {
    this.content = content.toAbsolutePath().normalize();
    this.service = FileSystems.getDefault().newWatchService();
    register(this.content);
    for (String name : List.of("blips", "products")) {
      registerTree(this.content.resolve(name));
    }
    if (templates != null) {
      registerTree(templates.toAbsolutePath().normalize());
    }
  }

  /**
   * Waits for the next change and returns the changed paths (absolute), sorted; a change the watch
   * service lost track of (an overflow) is reported as the content folder itself.
   *
   * @throws java.nio.file.ClosedWatchServiceException after {@link #close()}
   */
  Set<Path> next() throws InterruptedException {
    Set<Path> changed = new TreeSet<>();
    while (changed.isEmpty()) {
      collect(service.take(), changed);
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
    WatchKey key;
    while (System.nanoTime() < deadline
        && (key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
      collect(key, changed);
    }
    return changed;
  }

  private void collect(WatchKey key, Set<Path> changed) {
    Path folder = folders.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW || folder == null) {
        changed.add(content);
        continue;
      }
      Path path = folder.resolve((Path) event.context());
      if (!relevant(folder, path)) {
        continue;
      }
      changed.add(path);
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        try {
          registerTree(path);
        } catch (IOException e) {
          // Gone again or unreadable: the build that follows reports what it cannot read.
        }
      }
    }
    if (!key.reset()) {
      folders.remove(key);
    }
  }

  private boolean relevant(Path folder, Path path) {
    String name = path.getFileName().toString();
    if (name.startsWith(".")
        || name.endsWith("~")
        || name.endsWith(".swp")
        || name.endsWith(".swx")
        || name.equals("4913")
        || name.endsWith("___jb_tmp___")
        || name.endsWith("___jb_old___")) {
      return false;
    }
    return !folder.equals(content) || CONTENT_ENTRIES.contains(name);
  }

  private void register(Path folder) throws IOException {
    // Where the JDK has no native watching (macOS) it polls, by default every ten seconds; HIGH
    // makes that two. Native watch services (Linux, Windows) ignore the modifier.
    folders.put(
        folder.register(
            service,
            new WatchEvent.Kind<?>[] {ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE},
            SensitivityWatchEventModifier.HIGH),
        folder);
  }

  private void registerTree(Path root) throws IOException {
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            register(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
