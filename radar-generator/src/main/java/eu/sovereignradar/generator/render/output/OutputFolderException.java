package eu.sovereignradar.generator.render.output;

import java.nio.file.FileSystemException;

/**
 * The output folder was refused before anything was written: it is a filesystem root, the content
 * or template folder or one of their parents, a file, or a non-empty folder that is not a previous
 * radar site. {@link #getReason()} says which and what to do.
 */
public final class OutputFolderException extends FileSystemException {
  private static final long serialVersionUID = 1L;

  /** {@code folder}: the refused folder; {@code reason}: why, in the user's words. */
  public OutputFolderException(String folder, String reason) {
    super(folder, null, reason);
  }
}
