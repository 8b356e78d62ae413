package eu.sovereignradar.generator.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A preview's temporary folder ({@code radar-preview-*}), holding an exclusive lock on its {@value
 * #OWNER} file for as long as the preview runs. The system releases the lock when the process dies,
 * even by SIGKILL, so the next preview can tell a dead preview's workspace from a live one and
 * reclaim it: in {@code /dev/shm} a leaked workspace would hold memory until the machine restarts.
 */
final class Workspace implements AutoCloseable {
  static final String PREFIX = "radar-preview-";
  static final String OWNER = ".radar-preview.lock";

  /**
   * A workspace without an owner file is reclaimed only once it is this old: it may belong to a
   * preview that is starting right now.
   */
  static final Duration UNOWNED_GRACE = Duration.ofMinutes(1);

  private final Path folder;
  private final FileChannel channel;
  private final FileLock lock;

  private Workspace(Path folder, FileChannel channel, FileLock lock) {
    this.folder = folder;
    this.channel = channel;
    this.lock = lock;
  }

  /** Reclaims dead previews' workspaces in {@code parent}, then creates and locks a new one. */
  static Workspace create(Path parent) throws IOException {
    reclaimStale(parent, Instant.now());
    Path folder = Files.createTempDirectory(parent, PREFIX);
    FileChannel channel =
        FileChannel.open(
            folder.resolve(OWNER), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      return new Workspace(folder, channel, channel.lock());
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  Path folder() {
    return folder;
  }

  /**
   * Deletes every {@code radar-preview-*} folder in {@code parent} whose owner file is not locked
   * (its preview died), and those without an owner file older than {@link #UNOWNED_GRACE}.
   *
   * @return how many were deleted
   */
  static int reclaimStale(Path parent, Instant now) {
    int reclaimed = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, PREFIX + "*")) {
      for (Path candidate : entries) {
        if (Files.isDirectory(candidate, LinkOption.NOFOLLOW_LINKS)
            && isOwned(candidate, now) == Boolean.FALSE
            && deleteTree(candidate)) {
          reclaimed++;
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // Someone else's folder we cannot read is not ours to reclaim.
    }
    return reclaimed;
  }

  /** True when a running preview holds it, false when it is stale, null when unknown. */
  private static @Nullable Boolean isOwned(Path workspace, Instant now) {
    Path owner = workspace.resolve(OWNER);
    try {
      if (!Files.isRegularFile(owner, LinkOption.NOFOLLOW_LINKS)) {
        Instant modified = Files.getLastModifiedTime(workspace).toInstant();
        return modified.plus(UNOWNED_GRACE).isAfter(now);
      }
      try (FileChannel channel = FileChannel.open(owner, StandardOpenOption.WRITE)) {
        FileLock lock = channel.tryLock();
        if (lock == null) {
          return true;
        }
        lock.release();
        return false;
      } catch (OverlappingFileLockException inThisProcess) {
        return true;
      }
    } catch (IOException e) {
      return null;
    }
  }

  private static boolean deleteTree(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
      return true;
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  /** Releases the lock and deletes the folder. */
  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // The lock goes with the process anyway.
    }
    deleteTree(folder);
  }
}
