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
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A preview's temporary folder ({@code radar-preview-*}), holding an exclusive lock on its {@value
 * #OWNER} file for as long as the preview runs. The system releases the lock when the process dies,
 * even by SIGKILL, so the next preview can tell a dead preview's workspace from a live one and
 * reclaim it: in {@code /dev/shm} a leaked workspace would hold memory until the machine restarts.
 */
final class Workspace implements AutoCloseable {
  static final String PREFIX = "radar-preview-";
  static final String OWNER = ".radar-preview.lock";

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
    reclaimStale(parent);
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
   * Deletes every {@code radar-preview-*} folder in {@code parent} whose owner file is not locked:
   * its preview died. A folder without an owner file is left alone: it may belong to a preview
   * being started, or to a running preview of an older version, which has none.
   *
   * @return how many were deleted
   */
  static int reclaimStale(Path parent) {
    int reclaimed = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, PREFIX + "*")) {
      for (Path candidate : entries) {
        if (Files.isDirectory(candidate, LinkOption.NOFOLLOW_LINKS)
            && isStale(candidate)
            && deleteTree(candidate)) {
          reclaimed++;
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // Someone else's folder we cannot read is not ours to reclaim.
    }
    return reclaimed;
  }

  /** True when the workspace has an owner file that no running preview holds. */
  private static boolean isStale(Path workspace) {
    Path owner = workspace.resolve(OWNER);
    if (!Files.isRegularFile(owner, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(owner, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        return false;
      }
      lock.release();
      return true;
    } catch (OverlappingFileLockException inThisProcess) {
      return false;
    } catch (IOException e) {
      // Not ours to judge (another user's workspace, say).
      return false;
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
