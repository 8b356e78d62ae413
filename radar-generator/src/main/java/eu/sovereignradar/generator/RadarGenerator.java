package eu.sovereignradar.generator;

import eu.sovereignradar.generator.analysis.RadarAnalysis;
import eu.sovereignradar.generator.content.ContentFiles;
import eu.sovereignradar.generator.content.ContentScanner;
import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.diagnostic.DiagnosticCollector;
import eu.sovereignradar.generator.diagnostic.DiagnosticFormatter;
import eu.sovereignradar.generator.diagnostic.SourcePosition;
import eu.sovereignradar.generator.interop.ContentWriter;
import eu.sovereignradar.generator.interop.ImportedRadar;
import eu.sovereignradar.generator.interop.InteropFormat;
import eu.sovereignradar.generator.interop.InventoryCsv;
import eu.sovereignradar.generator.interop.SourceException;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.model.RadarSettings;
import eu.sovereignradar.generator.render.RenderResult;
import eu.sovereignradar.generator.render.RenderedBodies;
import eu.sovereignradar.generator.render.SiteRenderer;
import eu.sovereignradar.generator.render.output.OutputBudget;
import eu.sovereignradar.generator.render.output.OutputFolder;
import eu.sovereignradar.generator.render.output.PreviousSite;
import eu.sovereignradar.generator.render.page.SiteLanguage;
import eu.sovereignradar.generator.render.theme.Theme;
import eu.sovereignradar.generator.scaffold.Prompter;
import eu.sovereignradar.generator.scaffold.RoadmapDrafter;
import eu.sovereignradar.generator.scaffold.ScaffoldInterview;
import eu.sovereignradar.generator.scaffold.ScaffoldProblem;
import eu.sovereignradar.generator.scaffold.ScaffoldRequest;
import eu.sovereignradar.generator.scaffold.ScaffoldRequest.Field;
import eu.sovereignradar.generator.scaffold.ScaffoldRequest.Kind;
import eu.sovereignradar.generator.scaffold.Scaffolder;
import eu.sovereignradar.generator.serve.BuildOutcome;
import eu.sovereignradar.generator.serve.PreviewBuild;
import eu.sovereignradar.generator.serve.PreviewSession;
import eu.sovereignradar.generator.serve.SiteBuilder;
import eu.sovereignradar.generator.validation.RadarValidator;
import eu.sovereignradar.generator.validation.TranslationReader;
import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The façade every front end (the CLI, the Maven plugin) goes through: {@link #validate()} a
 * content folder, {@link #generate()} its site, {@link #create} a new blip or product file, {@link
 * #suggestRoadmap()} draft roadmap steps, or {@link #serve} a live preview; {@link DiagnosticText}
 * prints what comes back. Content mistakes come back as diagnostics; only problems of the
 * environment (a missing folder, a full disk) are thrown as {@link IOException}. Thread-safe;
 * create one per build. With {@link GeneratorOptions#preview()}, keep one for the rebuilds of a
 * preview session: it reads the theme once and reuses the pages whose input did not change, so
 * create a new one after theme files changed.
 */
public final class RadarGenerator {
  /**
   * The Markdown bodies this JVM's builds keep for the next, once {@link #keepRenderedBodies()}.
   */
  private static volatile @Nullable RenderedBodies keptBodies;

  private final GeneratorOptions options;
  private @Nullable SiteRenderer previewRenderer;

  public RadarGenerator(GeneratorOptions options) {
    this.options = options;
  }

  /**
   * For a JVM that builds again and again (the build daemon): from now on, each build keeps the
   * Markdown bodies it rendered, and the next build renders only the bodies that changed. It holds
   * the last build's bodies between builds, at most an eighth of the heap. A JVM that builds once
   * gains nothing from it and would only hold the bodies longer, so it is off by default.
   */
  public static synchronized void keepRenderedBodies() {
    if (keptBodies == null) {
      keptBodies = RenderedBodies.forHeap();
    }
  }

  /**
   * Reads and checks every file of the content folder.
   *
   * @throws IOException when the content folder does not exist or cannot be listed
   */
  public ValidationResult validate() throws IOException {
    return check().result();
  }

  /** A validation and the files it read, which a build reads again in each other language. */
  private record Checked(ContentFiles files, RadarValidator validator, ValidationResult result) {}

  private Checked check() throws IOException {
    Path content = options.contentDirectory();
    if (!Files.isDirectory(content)) {
      throw new java.nio.file.NoSuchFileException(
          content.toString(), null, "the content folder does not exist or is not a folder");
    }
    DiagnosticCollector out = new DiagnosticCollector();
    ContentFiles files = ContentScanner.scan(content, out);
    RadarValidator validator = new RadarValidator();
    Optional<Radar> radar = validator.validate(files, out);
    return new Checked(
        files, validator, new ValidationResult(out.sorted(), files.count(), radar, files.bytes()));
  }

  /** The radar in each of its languages, the default first; empty after reporting a problem. */
  private Optional<List<Localized>> languages(
      Radar radar, Checked checked, DiagnosticCollector problems) {
    List<String> languages = radar.settings().languages();
    List<Localized> sites = new ArrayList<>();
    sites.add(new Localized(radar, new SiteLanguage(languages.get(0), languages, Set.of())));
    if (languages.size() == 1) {
      return Optional.of(sites);
    }
    Optional<List<RadarValidator.Localized>> others =
        checked.validator().localize(checked.files(), problems);
    if (others.isEmpty()) {
      return Optional.empty();
    }
    for (RadarValidator.Localized other : others.get()) {
      sites.add(
          new Localized(
              other.radar(), new SiteLanguage(other.lang(), languages, other.translated())));
    }
    return Optional.of(sites);
  }

  /** The radar read in one language, and what its site needs to know about the others. */
  private record Localized(Radar radar, SiteLanguage language) {}

  /**
   * Validates the content and, when it passes (no errors, and with {@link
   * GeneratorOptions#strict()} no warnings), renders the site into the output folder. The site is
   * written to a staging folder inside the output folder and swapped in only when every page
   * rendered: when the result has errors (content or template), nothing was written and the
   * previous site is untouched.
   *
   * @throws IllegalStateException when the options have no output folder
   * @throws eu.sovereignradar.generator.render.output.OutputFolderException when the output folder
   *     is refused (a filesystem root, the content or template folder or a parent of them, or a
   *     non-empty folder that is not a previous site); checked before anything is read or written
   * @throws IOException when the content or template folder cannot be read or the site cannot be
   *     written
   */
  public GenerationResult generate() throws IOException {
    return generate(OutputBudget::forContent);
  }

  /** {@code budget}: the output budget for a content size; smaller in tests. */
  GenerationResult generate(java.util.function.LongFunction<OutputBudget> budget)
      throws IOException {
    Path output =
        options
            .outputDirectory()
            .orElseThrow(
                () ->
                    new IllegalStateException("generate() needs GeneratorOptions.outputDirectory"));
    Path templates = options.templateDirectory().orElse(null);
    OutputFolder folder = OutputFolder.check(output, options.contentDirectory(), templates);
    Theme theme = templates == null ? Theme.builtIn() : Theme.withOverrides(templates);
    Checked checked = check();
    ValidationResult validation = checked.result();
    if (validation.radar().isEmpty() || !validation.passes(options.strict())) {
      // Nothing of this build is written, but a swap an earlier build was killed in is finished.
      folder.completeInterruptedSwap();
      return GenerationResult.notWritten(validation.diagnostics(), validation.filesChecked());
    }
    DiagnosticCollector problems = new DiagnosticCollector();
    Optional<List<Localized>> sites = languages(validation.radar().get(), checked, problems);
    if (sites.isEmpty()) {
      List<Diagnostic> all = new ArrayList<>(validation.diagnostics());
      all.addAll(problems.sorted());
      all.sort(Diagnostic.ORDER);
      return GenerationResult.notWritten(all, validation.filesChecked());
    }
    OutputFolder.Staging staging = folder.stage();
    List<Diagnostic> renderProblems = new ArrayList<>();
    List<String> written = new ArrayList<>();
    try {
      SiteRenderer renderer = renderer(theme);
      renderer.startBuild(validation.contentBytes());
      // One budget for every language: the cap is on the whole published folder.
      OutputBudget limit = budget.apply(validation.contentBytes());
      PreviousSite previous = staging.previous();
      for (Localized site : sites.get()) {
        // A public build never sees the inventory: what is not in the analysis cannot reach a file.
        Radar shown = options.publicBuild() ? site.radar().withoutInventory() : site.radar();
        String folderName = site.language().folder();
        Path root = staging.root().resolve(folderName);
        Files.createDirectories(root);
        RenderResult rendered =
            renderer.render(
                RadarAnalysis.of(shown, !options.publicBuild()),
                root,
                site.language(),
                limit,
                previous.resolve(folderName));
        renderProblems.addAll(rendered.diagnostics());
        rendered.files().forEach(f -> written.add(folderName + f));
      }
      renderer.finishBuild();
    } catch (OutputBudget.TooLarge e) {
      staging.discard();
      List<Diagnostic> all = new ArrayList<>(validation.diagnostics());
      all.add(tooLarge(e, validation.contentBytes()));
      all.sort(Diagnostic.ORDER);
      return GenerationResult.notWritten(all, validation.filesChecked());
    } catch (IOException e) {
      staging.discard();
      // A full disk reports no file; the report then names the output folder.
      throw staging.failure(e);
    } catch (RuntimeException | Error e) {
      staging.discard();
      throw e;
    }
    List<Diagnostic> all = new ArrayList<>(validation.diagnostics());
    all.addAll(renderProblems);
    all.sort(Diagnostic.ORDER);
    if (!renderProblems.isEmpty()) {
      staging.discard();
      return GenerationResult.notWritten(all, validation.filesChecked());
    }
    staging.commit();
    written.sort(null);
    return new GenerationResult(
        all, validation.filesChecked(), Optional.of(folder.path()), List.copyOf(written));
  }

  private static Diagnostic tooLarge(OutputBudget.TooLarge e, long contentBytes) {
    return Diagnostic.error(
        "site.too-large",
        SourcePosition.file("radar.yaml"),
        "the site would be larger than "
            + (e.limit() >> 20)
            + " MiB ("
            + OutputBudget.BASE_MIB
            + " MiB plus "
            + OutputBudget.FACTOR
            + " times the "
            + (contentBytes >> 10)
            + " KiB of content); nothing was written",
        "something in the content is repeated on very many pages: look for blips with many tags,"
            + " or very long texts");
  }

  /** A new renderer per build, except in preview, where one renderer serves every rebuild. */
  private synchronized SiteRenderer renderer(Theme theme) throws IOException {
    Path content = options.contentDirectory().toRealPath();
    if (!options.preview()) {
      return new SiteRenderer(theme, content, false, keptBodies);
    }
    if (previewRenderer == null) {
      previewRenderer = new SiteRenderer(theme, content, true);
    }
    return previewRenderer;
  }

  /**
   * Creates a new blip or product file in the content folder, with every field and a comment on
   * each. Missing values are asked for at {@code console}, when there is one; without one, they
   * come back as problems. An existing file is never overwritten.
   *
   * @param console the terminal to ask at, or null (batch mode, or input is not a terminal)
   * @throws IOException when the content folder cannot be read or the file cannot be written
   */
  public NewFileResult create(NewFileRequest request, @Nullable Console console)
      throws IOException {
    Path content = options.contentDirectory();
    DiagnosticCollector diagnostics = new DiagnosticCollector();
    Optional<RadarSettings> sections = RadarValidator.readSettings(content, diagnostics);
    if (sections.isEmpty()) {
      return new NewFileResult.NoRadar(
          new ValidationResult(diagnostics.sorted(), 1, Optional.empty()));
    }
    Scaffolder scaffolder = new Scaffolder(content, sections.get(), Clock.systemDefaultZone());
    ScaffoldRequest draft =
        ScaffoldRequest.of(request.product() ? Kind.PRODUCT : Kind.BLIP)
            .with(Field.TITLE, request.title())
            .with(Field.ID, request.id())
            .with(Field.RING, request.ring())
            .with(Field.QUADRANT, request.quadrant())
            .with(Field.CATEGORY, request.category())
            .with(Field.VENDOR, request.vendor())
            .with(Field.ORIGIN, request.origin());
    if (console != null && !scaffolder.check(draft).isEmpty()) {
      Optional<ScaffoldRequest> answered =
          ScaffoldInterview.complete(draft, scaffolder, Prompter.of(console));
      if (answered.isEmpty()) {
        return new NewFileResult.Cancelled();
      }
      draft = answered.get();
    }
    Scaffolder.Result result = scaffolder.create(draft);
    if (result instanceof Scaffolder.Rejected rejected) {
      List<NewFileResult.Problem> problems =
          rejected.problems().stream()
              .map(p -> new NewFileResult.Problem(p.field().key(), p.message(), p.hint()))
              .toList();
      boolean missing =
          console == null
              && rejected.problems().stream()
                  .anyMatch(p -> p.reason() == ScaffoldProblem.Reason.MISSING);
      return new NewFileResult.Rejected(
          problems,
          missing,
          scaffolder.choices(Field.RING).get(0),
          scaffolder.choices(Field.QUADRANT).get(0));
    }
    Scaffolder.Created created = (Scaffolder.Created) result;
    return new NewFileResult.Created(
        DiagnosticFormatter.forContent(content).path(created.path()),
        created.id(),
        request.product());
  }

  /**
   * Creates the translation of one content file into {@code lang}, one of radar.yaml's languages
   * other than the default: {@code blips/<id>.<lang>.md} (or products, inventory, roadmap), {@code
   * about.<lang>.md} for the id {@code about}, {@code radar.<lang>.yaml} for {@code radar}. The new
   * file holds the source's translatable texts and body, to be overwritten with their translation
   * (docs/translations.md). An existing file is never overwritten.
   *
   * @throws IOException when the content folder cannot be read or the file cannot be written
   */
  public NewFileResult createTranslation(String lang, String id) throws IOException {
    Path content = options.contentDirectory();
    DiagnosticCollector diagnostics = new DiagnosticCollector();
    Optional<RadarSettings> settings = RadarValidator.readSettings(content, diagnostics);
    if (settings.isEmpty()) {
      return new NewFileResult.NoRadar(
          new ValidationResult(diagnostics.sorted(), 1, Optional.empty()));
    }
    List<String> languages = settings.get().languages();
    if (!languages.contains(lang) || lang.equals(languages.get(0))) {
      return rejected(
          "lang",
          "'" + lang + "' is not one of radar.yaml's languages to translate into",
          languages.size() < 2
              ? "add it to radar.yaml first, e.g. languages: ["
                  + languages.get(0)
                  + ", "
                  + lang
                  + "]"
              : "use one of " + String.join(", ", languages.subList(1, languages.size())),
          settings.get());
    }
    ContentFiles files = ContentScanner.scan(content, new DiagnosticCollector());
    Optional<ContentFiles.ContentFile> source = translatable(files, id);
    if (source.isEmpty()) {
      return rejected(
          "id",
          "no content file has the id '" + id + "'",
          "name a blip, product, inventory item or roadmap step by its file name without .md,"
              + " or about, or radar",
          settings.get());
    }
    String path = ContentFiles.translationPath(source.get().path(), lang);
    Path target = content.resolve(path);
    if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return rejected(
          "lang", path + " exists already", "edit it, or delete it to start again", settings.get());
    }
    Optional<String> draft =
        TranslationReader.draft(source.get(), lang, LocalDate.now(Clock.systemDefaultZone()));
    if (draft.isEmpty()) {
      return rejected(
          "id",
          source.get().path() + " cannot be read: fix it first",
          "run radar validate to see why",
          settings.get());
    }
    Files.writeString(
        target,
        draft.get(),
        java.nio.charset.StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE_NEW);
    return new NewFileResult.Created(DiagnosticFormatter.forContent(content).path(path), id, false);
  }

  /** The source with this id: {@code about}, {@code radar}, or a blip, product, item or step. */
  private static Optional<ContentFiles.ContentFile> translatable(ContentFiles files, String id) {
    String name = id.equals("radar") ? "radar.yaml" : id + ".md";
    return files.sources().stream()
        .filter(f -> f.path().equals(name) || f.path().endsWith("/" + name))
        .findFirst();
  }

  private static NewFileResult rejected(
      String field, String message, String hint, RadarSettings settings) {
    return new NewFileResult.Rejected(
        List.of(new NewFileResult.Problem(field, message, hint)),
        false,
        settings.rings().get(0).id(),
        settings.quadrants().get(0).id());
  }

  /**
   * Drafts a roadmap step ({@code roadmap/<item id>.md}) for every inventory item with {@code
   * disposition: replace} and a target that no step moves yet, best reduction of exposure per
   * effort first and after the items each depends on (docs/roadmap.md). Writes new files only: a
   * file that exists is left alone and reported as not written.
   *
   * @throws IOException when the content folder cannot be read or a file cannot be written
   */
  public RoadmapDrafts suggestRoadmap() throws IOException {
    ValidationResult result = validate();
    if (result.radar().isEmpty()) {
      return new RoadmapDrafts.Invalid(result);
    }
    Radar radar = result.radar().get();
    if (radar.settings().roadmap().phases().isEmpty()) {
      return new RoadmapDrafts.NoPhases();
    }
    Path content = options.contentDirectory();
    DiagnosticFormatter paths = DiagnosticFormatter.forContent(content);
    List<RoadmapDrafts.Step> steps = new ArrayList<>();
    for (RoadmapDrafter.Outcome o : new RoadmapDrafter(RadarAnalysis.of(radar), content).write()) {
      RoadmapDrafter.Draft d = o.draft();
      steps.add(
          new RoadmapDrafts.Step(
              paths.path(o.path()),
              d.title(),
              o.written(),
              d.effort().id(),
              d.reduction(),
              d.start(),
              d.end(),
              d.dependsOn()));
    }
    return new RoadmapDrafts.Drafted(steps);
  }

  /**
   * The heap to suggest to a run that ran out of its {@code maxHeapBytes}: twice that, in whole
   * GiB, so always more than it had. The command line and the Maven goals give the same advice.
   */
  public static long largerHeapGiB(long maxHeapBytes) {
    return Math.max(1, (2 * maxHeapBytes + (1L << 30) - 1) >> 30);
  }

  /** The formats {@link #importFrom} reads: {@code byor-csv}, ..., {@code inventory-csv}. */
  public static List<String> importFormats() {
    List<String> formats = new ArrayList<>(InteropFormat.importable());
    formats.add(INVENTORY_CSV);
    return List.copyOf(formats);
  }

  private static final String INVENTORY_CSV = "inventory-csv";

  /** {@link #importFrom(String, Path, boolean, java.util.Map)} with the default column mapping. */
  public ImportResult importFrom(String format, Path source, boolean force) throws IOException {
    return importFrom(format, source, force, java.util.Map.of());
  }

  /** The formats {@link #exportTo} writes: the import formats and {@code json}. */
  public static List<String> exportFormats() {
    return InteropFormat.exportable();
  }

  /**
   * Imports another radar tool's file (or, for {@code aoe}, folder) into the content folder, which
   * is created when missing: radar.yaml when there is none (else the entries are matched against
   * its rings and quadrants), and one blip file per entry. Existing blip files are left alone
   * unless {@code force}; radar.yaml is never overwritten. Entries that cannot be mapped are
   * reported, not written (docs/interop.md).
   *
   * <p>{@code inventory-csv} imports a spreadsheet of applications into {@code inventory/} of an
   * existing radar (radar.yaml is required), mapping columns by header or by {@code mapping}.
   *
   * @param format one of {@link #importFormats()}
   * @param mapping for {@code inventory-csv}: column header to inventory field, overriding the
   *     default mapping (docs/interop.md); ignored by the other formats
   * @throws IllegalArgumentException for any other format
   * @throws IOException when the source or the content folder cannot be read or written
   */
  public ImportResult importFrom(
      String format, Path source, boolean force, java.util.Map<String, String> mapping)
      throws IOException {
    if (!importFormats().contains(format)) {
      throw new IllegalArgumentException("not an import format: " + format);
    }
    Path content = options.contentDirectory();
    String sourceName = source.toString().replace('\\', '/');
    RadarSettings existing = null;
    if (format.equals(INVENTORY_CSV) || Files.exists(content.resolve("radar.yaml"))) {
      DiagnosticCollector diagnostics = new DiagnosticCollector();
      Optional<RadarSettings> settings = RadarValidator.readSettings(content, diagnostics);
      if (settings.isEmpty()) {
        return new ImportResult.NoRadar(
            new ValidationResult(diagnostics.sorted(), 1, Optional.empty()));
      }
      existing = settings.get();
    }
    try {
      ContentWriter.Outcome o;
      if (format.equals(INVENTORY_CSV)) {
        InventoryCsv inventory = new InventoryCsv(content, existing, force);
        for (java.util.Map.Entry<String, String> m : mapping.entrySet()) {
          if (!inventory.isField(m.getValue())) {
            return new ImportResult.BadMapping(
                "--map '"
                    + m.getKey()
                    + "="
                    + m.getValue()
                    + "': '"
                    + m.getValue()
                    + "' is not an inventory field"
                    + DiagnosticText.didYouMean(m.getValue(), inventory.fields())
                    + "; the fields are "
                    + String.join(", ", inventory.fields()));
          }
        }
        o = inventory.write(InteropFormat.text(source, sourceName), sourceName, mapping);
      } else {
        InteropFormat f = InteropFormat.find(format).orElseThrow();
        ImportedRadar imported = f.read(source, sourceName);
        o = new ContentWriter(content, force).write(imported, existing, sourceName);
      }
      DiagnosticFormatter paths = DiagnosticFormatter.forContent(content);
      return new ImportResult.Done(
          o.written().stream().map(paths::path).toList(),
          o.kept().stream().map(paths::path).toList(),
          o.notes(),
          o.problems().stream().map(ImportedRadar.Problem::text).toList());
    } catch (SourceException e) {
      return new ImportResult.Unreadable(e.text());
    }
  }

  /**
   * Validates the content and writes it in another tool's format: a file, or for {@code aoe} a
   * folder, which must be new or empty. Inventory and roadmap never leave: no format holds them.
   *
   * @param format one of {@link #exportFormats()}
   * @throws IllegalArgumentException for any other format
   * @throws IOException when the content cannot be read or the output cannot be written, or the AOE
   *     folder is not empty
   */
  public ExportResult exportTo(String format, Path output) throws IOException {
    return exportTo(format, output, false);
  }

  /**
   * {@link #exportTo(String, Path)}; with {@code internal}, the {@code json} document also holds
   * the organisation and the inventory (never the roadmap), for the organisation's own scripts.
   *
   * @throws IllegalArgumentException when {@code internal} is asked for another format than json
   */
  public ExportResult exportTo(String format, Path output, boolean internal) throws IOException {
    if (internal && !format.equals("json")) {
      throw new IllegalArgumentException("only the json export can hold the inventory");
    }
    InteropFormat f =
        InteropFormat.find(format)
            .orElseThrow(() -> new IllegalArgumentException("not an export format: " + format));
    if (f == InteropFormat.AOE && Files.isDirectory(output)) {
      try (java.util.stream.Stream<Path> s = Files.list(output)) {
        if (s.findAny().isPresent()) {
          throw new java.nio.file.FileAlreadyExistsException(
              output.toString(), null, "the AOE export writes into a new or empty folder");
        }
      }
    }
    if (Files.isDirectory(output) && f != InteropFormat.AOE) {
      throw new java.nio.file.FileAlreadyExistsException(
          output.toString(), null, "is a folder; name the file to write");
    }
    ValidationResult validation = validate();
    if (validation.radar().isEmpty() || !validation.passes(options.strict())) {
      return new ExportResult.Invalid(validation);
    }
    // Nothing internal reaches an export unless asked for: the radar is stripped first.
    Radar radar = internal ? validation.radar().get() : validation.radar().get().withoutInventory();
    InteropFormat.Written written =
        f.write(radar, output, java.time.LocalDate.now(Clock.systemDefaultZone()), internal);
    List<String> files =
        f == InteropFormat.AOE
            ? written.files().stream()
                .map(p -> (output.toString() + "/" + p).replace('\\', '/'))
                .toList()
            : written.files();
    return new ExportResult.Done(files, written.limits());
  }

  /**
   * Builds the site and serves it on 127.0.0.1:{@code port} until {@link Preview#close()},
   * rebuilding whenever the content or template folder changes. The output folder and strict flag
   * of the options are not used: the preview builds into temporary folders of its own.
   *
   * @param port the port; 0 picks a free one (see {@link Preview#address()})
   * @param listener told about every build, on the preview's thread, starting with the first one
   *     before this method returns
   * @throws java.net.BindException when the port is in use
   * @throws IOException when the content or template folder does not exist
   */
  public Preview serve(int port, Consumer<PreviewReport> listener) throws IOException {
    Path content = options.contentDirectory();
    @Nullable Path templates = options.templateDirectory().orElse(null);
    DiagnosticFormatter text = DiagnosticFormatter.forContent(content);
    SiteBuilder builder =
        folder -> {
          RadarGenerator generator =
              new RadarGenerator(
                  GeneratorOptions.builder(content)
                      .templateDirectory(templates)
                      .outputDirectory(folder)
                      .preview(true)
                      .build());
          return () -> {
            GenerationResult r = generator.generate();
            return new BuildOutcome(r.diagnostics(), r.filesChecked(), r.written());
          };
        };
    return new Preview(
        PreviewSession.start(
            content, templates, builder, port, build -> listener.accept(report(build, text))));
  }

  private static PreviewReport report(PreviewBuild build, DiagnosticFormatter text) {
    List<ReportLine> lines =
        build
            .findResult()
            .map(
                r ->
                    r.diagnostics().stream()
                        .map(d -> new ReportLine(d.isError(), text.text(d)))
                        .toList())
            .orElse(List.of());
    return new PreviewReport(build.published(), build.headline(), lines);
  }
}
