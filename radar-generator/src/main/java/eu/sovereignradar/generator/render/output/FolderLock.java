package eu.sovereignradar.generator.render.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * An exclusive lock on an output folder's lock file, held by one build at a time. The operating
 * system releases it when the process dies, so a killed build never leaves the folder locked.
 * Within one JVM a second holder is refused too (Java reports that as an overlapping lock).
 */
final class FolderLock implements AutoCloseable {
  private static final long POLL_MILLIS = 100;

  private final FileChannel channel;
  private final FileLock lock;

  private FolderLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * @param shown the output folder as the user named it, for the message
   * @throws OutputFolderException when the lock is still held by another build after {@code wait}
   */
  static FolderLock acquire(Path file, Duration wait, String shown) throws IOException {
    long deadline = System.nanoTime() + wait.toNanos();
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      while (true) {
        FileLock lock = tryLock(channel);
        if (lock != null) {
          return new FolderLock(channel, lock);
        }
        if (System.nanoTime() > deadline) {
          throw new OutputFolderException(
              shown,
              "another build is writing this output folder and did not finish within "
                  + wait.toSeconds()
                  + " s; wait for it, or build into another folder");
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      channel.close();
      throw new OutputFolderException(shown, "interrupted while waiting for another build");
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
