package eu.sovereignradar.generator;

import eu.sovereignradar.generator.analysis.RadarAnalysis;
import eu.sovereignradar.generator.content.ContentFiles;
import eu.sovereignradar.generator.content.ContentScanner;
import eu.sovereignradar.generator.diagnostic.DiagnosticCollector;
import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.render.output.OutputFolder;
import eu.sovereignradar.generator.render.RenderResult;
import eu.sovereignradar.generator.render.SiteRenderer;
import eu.sovereignradar.generator.render.theme.Theme;
import eu.sovereignradar.generator.validation.RadarValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The façade the CLI and the Maven plugin use: validate a content folder, or validate and render
 * it into a site. Content mistakes come back as diagnostics; only problems of the environment
 * (a missing folder, a full disk) are thrown as {@link IOException}. Thread-safe; create one per
 * build. With {@link GeneratorOptions#preview()}, keep one for the rebuilds of a preview session: it
 * reads the theme once and reuses the pages whose input did not change, so create a new one after
 * theme files changed.
 */
public final class RadarGenerator {
  private final GeneratorOptions options;
  private @Nullable SiteRenderer previewRenderer;

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

  /**
   * Validates the content and, when it passes (no errors, and with {@link
   * GeneratorOptions#strict()} no warnings), renders the site into the output folder. The site is
   * written to a staging folder inside the output folder and swapped in only when every page
   * rendered: when the result has errors (content or template), nothing was written and the
   * previous site is untouched.
   *
   * @throws IllegalStateException when the options have no output folder
   * @throws eu.sovereignradar.generator.render.output.OutputFolderException when the output folder is
   *     refused (a filesystem root, the content or template folder or a parent of them, or a
   *     non-empty folder that is not a previous site); checked before anything is read or written
   * @throws IOException when the content or template folder cannot be read or the site cannot be
   *     written
   */
  public GenerationResult generate() throws IOException {
    Path output = options.outputDirectory()
        .orElseThrow(() -> new IllegalStateException("generate() needs GeneratorOptions.outputDirectory"));
    Path templates = options.templateDirectory().orElse(null);
    OutputFolder folder = OutputFolder.check(output, options.contentDirectory(), templates);
    Theme theme = templates == null ? Theme.builtIn() : Theme.withOverrides(templates);
    ValidationResult validation = validate();
    if (validation.radar().isEmpty() || !validation.passes(options.strict())) {
      return GenerationResult.notWritten(validation.diagnostics(), validation.filesChecked());
    }
    OutputFolder.Staging staging = folder.stage();
    RenderResult rendered;
    try {
      rendered = renderer(theme).render(RadarAnalysis.of(validation.radar().get()), staging.root());
    } catch (IOException | RuntimeException | Error e) {
      staging.discard();
      throw e;
    }
    List<Diagnostic> all = new ArrayList<>(validation.diagnostics());
    all.addAll(rendered.diagnostics());
    all.sort(Diagnostic.ORDER);
    if (!rendered.diagnostics().isEmpty()) {
      staging.discard();
      return GenerationResult.notWritten(all, validation.filesChecked());
    }
    staging.commit();
    return new GenerationResult(all, validation.filesChecked(), Optional.of(folder.path()), rendered.files());
  }

  /** A new renderer per build, except in preview, where one renderer serves every rebuild. */
  private synchronized SiteRenderer renderer(Theme theme) throws IOException {
    Path content = options.contentDirectory().toRealPath();
    if (!options.preview()) {
      return new SiteRenderer(theme, content);
    }
    if (previewRenderer == null) {
      previewRenderer = new SiteRenderer(theme, content, true);
    }
    return previewRenderer;
  }
}
