package eu.sovereignradar.generator.content;

import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.diagnostic.IoDescriptions;
import eu.sovereignradar.generator.diagnostic.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads one content file as text, refusing files over {@link #MAX_FILE_BYTES} or {@link
 * #MAX_LINES}.
 */
public final class SourceReader {
  /** A blip is a few KiB; one MiB leaves room for long migration guides and stops accidents. */
  public static final int MAX_FILE_BYTES = 1024 * 1024;

  /**
   * A blip is a few dozen lines. The limit exists because CommonMark copies a paragraph's lines for
   * each new line that might start a list or table: a MiB of two-character lines ("[" and a line
   * break) took four minutes to render; ten thousand lines take a fraction of a second.
   */
  public static final int MAX_LINES = 10_000;

  private SourceReader() {}

  public static Optional<String> read(ContentFiles.ContentFile file, Consumer<Diagnostic> report) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file.file())) {
      // Read one byte past the limit so an oversized file is detected without reading it all.
      bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      report.accept(
          Diagnostic.error(
              "file.unreadable",
              SourcePosition.file(file.path()),
              "cannot read " + file.path() + ": " + IoDescriptions.reason(e),
              "check the file's permissions"));
      return Optional.empty();
    }
    if (bytes.length > MAX_FILE_BYTES) {
      report.accept(
          Diagnostic.error(
              "file.too-large",
              SourcePosition.file(file.path()),
              "the file is larger than the limit of " + (MAX_FILE_BYTES / 1024) + " KiB",
              "shorten it; a blip is usually a few KiB of text"));
      return Optional.empty();
    }
    Optional<String> text = SourceDecoder.decode(file.path(), bytes, report);
    if (text.isPresent() && lineCount(text.get()) > MAX_LINES) {
      report.accept(
          Diagnostic.error(
              "file.too-many-lines",
              SourcePosition.line(file.path(), MAX_LINES + 1),
              "the file has more than " + MAX_LINES + " lines",
              "shorten it; a blip is usually a few dozen lines of text"));
      return Optional.empty();
    }
    return text;
  }

  private static int lineCount(String text) {
    int lines = 1;
    for (int i = text.indexOf('\n');
        i >= 0 && i < text.length() - 1;
        i = text.indexOf('\n', i + 1)) {
      lines++;
    }
    return lines;
  }
}
