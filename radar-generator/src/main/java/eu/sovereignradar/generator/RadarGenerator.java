package eu.sovereignradar.generator;

import eu.sovereignradar.generator.content.ContentFiles;
import eu.sovereignradar.generator.content.ContentScanner;
import eu.sovereignradar.generator.diagnostic.DiagnosticCollector;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.validation.RadarValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The façade the CLI and the Maven plugin use: validate a content folder, or validate and render
 * it into a site. Content mistakes come back as diagnostics; only problems of the environment
 * (a missing folder, a full disk) are thrown as {@link IOException}. Thread-safe; create one per
 * build.
 */
public final class RadarGenerator {
  private final GeneratorOptions options;

  public RadarGenerator(GeneratorOptions options) {
    this.options = options;
  }

  /**
   * Reads and checks every file of the content folder.
   *
   * @throws IOException when the content folder does not exist or cannot be listed
   */
  public ValidationResult validate() throws IOException {
    Path content = options.contentDirectory();
    if (!Files.isDirectory(content)) {
      throw new java.nio.file.NoSuchFileException(content.toString(), null,
          "the content folder does not exist or is not a folder");
    }
    DiagnosticCollector out = new DiagnosticCollector();
    ContentFiles files = ContentScanner.scan(content, out);
    Optional<Radar> radar = new RadarValidator().validate(files, out);
    return new ValidationResult(out.sorted(), files.count(), radar);
  }
}
