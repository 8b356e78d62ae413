package eu.sovereignradar.generator.diagnostic;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Turns I/O exceptions into one-line messages for people, naming the file or folder and never a
 * Java class: the one place that does it, for the CLI, the Maven goals and the preview.
 */
public final class IoDescriptions {
  private IoDescriptions() {}

  /**
   * Only the reason, for messages that name the file themselves: {@code no such file or folder},
   * {@code permission denied}, {@code too many levels of symbolic links}...
   */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f) {
      String reason = f.getReason();
      return reason == null ? "cannot be read or written" : reason.toLowerCase(Locale.ROOT);
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? "a read or write failed" : message;
  }

  public static String describe(IOException e) {
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
    String message = e.getMessage();
    return message == null || message.isBlank() ? "a read or write failed" : message;
  }
}
