package eu.sovereignradar.generator.interop;

import java.io.Serial;

/**
 * A source that cannot be read at all (not JSON, no header row, a required column missing): a
 * mistake in the user's file, reported with its place, as opposed to an {@link java.io.IOException}
 * from the file system.
 */
public final class SourceException extends Exception {
  @Serial private static final long serialVersionUID = 1L;

  private final ImportedRadar.Place place;

  public SourceException(ImportedRadar.Place place, String message) {
    super(message);
    this.place = place;
  }

  public ImportedRadar.Place place() {
    return place;
  }

  /** {@code file:line: message}. */
  public String text() {
    return place.text() + ": " + getMessage();
  }
}
