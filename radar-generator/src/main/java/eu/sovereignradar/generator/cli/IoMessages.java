package eu.sovereignradar.generator.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Turns I/O exceptions into one-line messages for people; the one place that does it. */
final class IoMessages {
  private IoMessages() {}

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException n) {
      return n.getFile()
          + ": no such file or folder"
          + (n.getReason() == null ? "" : " (" + n.getReason() + ")");
    }
    if (e instanceof AccessDeniedException a) {
      return a.getFile() + ": permission denied";
    }
    if (e instanceof FileSystemException f) {
      return f.getFile()
          + ": "
          + (f.getReason() == null ? "cannot be read or written" : f.getReason());
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
