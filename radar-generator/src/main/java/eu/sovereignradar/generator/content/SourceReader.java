package eu.sovereignradar.generator.content;

import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.diagnostic.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads one content file as text, refusing files over {@link #MAX_FILE_BYTES}. */
public final class SourceReader {
  /** A blip is a few KiB; one MiB leaves room for long migration guides and stops accidents. */
  public static final int MAX_FILE_BYTES = 1024 * 1024;

  private SourceReader() {}

  public static Optional<String> read(ContentFiles.ContentFile file, Consumer<Diagnostic> report) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file.file())) {
      // Read one byte past the limit so an oversized file is detected without reading it all.
      bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      report.accept(Diagnostic.error("file.unreadable", SourcePosition.file(file.path()),
          "cannot read " + file.path() + ": " + e.getMessage(), "check the file's permissions"));
      return Optional.empty();
    }
    if (bytes.length > MAX_FILE_BYTES) {
      report.accept(Diagnostic.error("file.too-large", SourcePosition.file(file.path()),
          "the file is larger than the limit of " + (MAX_FILE_BYTES / 1024) + " KiB",
          "shorten it; a blip is usually a few KiB of text"));
      return Optional.empty();
    }
    return SourceDecoder.decode(file.path(), bytes, report);
  }
}
