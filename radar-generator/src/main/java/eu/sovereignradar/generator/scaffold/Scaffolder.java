package eu.sovereignradar.generator.scaffold;

import static java.util.Objects.requireNonNull;

import eu.sovereignradar.generator.model.Countries;
import eu.sovereignradar.generator.model.Country;
import eu.sovereignradar.generator.model.RadarSettings;
import eu.sovereignradar.generator.scaffold.ScaffoldProblem.Reason;
import eu.sovereignradar.generator.scaffold.ScaffoldRequest.Field;
import eu.sovereignradar.generator.scaffold.ScaffoldRequest.Kind;
import eu.sovereignradar.generator.validation.Ids;
import eu.sovereignradar.generator.validation.Slugs;
import eu.sovereignradar.generator.validation.Suggestions;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Creates a new blip or product file in a content folder, for {@code radar new} and {@code
 * radar:new}. The file has every front-matter field, each with a short comment, and a body
 * skeleton; the values given are checked against radar.yaml first so that the new file validates
 * without errors. An existing file is never overwritten. Thread-safe; one per content folder.
 */
public final class Scaffolder {
  private final Path contentDirectory;
  private final RadarSettings sections;
  private final Clock clock;

  /**
   * @param contentDirectory the folder holding radar.yaml
   * @param sections what that radar.yaml declares, from {@link
   *     eu.sovereignradar.generator.validation.RadarValidator#readSettings}
   * @param clock gives today's date for {@code reviewed} and the first {@code history} entry
   */
  public Scaffolder(Path contentDirectory, RadarSettings sections, Clock clock) {
    this.contentDirectory = requireNonNull(contentDirectory, "contentDirectory");
    this.sections = requireNonNull(sections, "sections");
    this.clock = requireNonNull(clock, "clock");
  }

  /** The outcome of {@link #create}. */
  public sealed interface Result {}

  /**
   * The file was written.
   *
   * @param path the new file's path inside the content folder, e.g. {@code blips/nextcloud.md}
   * @param file the new file
   */
  public record Created(String id, String path, Path file) implements Result {}

  /** Nothing was written, because of {@code problems} (never empty). */
  public record Rejected(List<ScaffoldProblem> problems) implements Result {
    public Rejected {
      problems = List.copyOf(problems);
    }
  }

  /**
   * The ids a value of {@code field} may take in this radar (rings, quadrants); empty for free
   * text.
   */
  public List<String> choices(Field field) {
    return switch (field) {
      case RING -> sections.ringIds();
      case QUADRANT, CATEGORY -> sections.quadrantIds();
      default -> List.of();
    };
  }

  /** The id the file will get: the one given, or else the title's slug; empty without either. */
  public Optional<String> id(ScaffoldRequest request) {
    return request.value(Field.ID).or(() -> request.value(Field.TITLE).map(Slugs::slug));
  }

  /** The path of the file inside the content folder, e.g. {@code blips/nextcloud.md}. */
  public static String path(Kind kind, String id) {
    return kind.folder() + "/" + id + ".md";
  }

  /**
   * Every problem of {@code request}: missing, unknown or inapplicable values, an existing file.
   */
  public List<ScaffoldProblem> check(ScaffoldRequest request) {
    List<ScaffoldProblem> problems = new ArrayList<>();
    for (Field field : Field.values()) {
      Optional<String> value = request.value(field);
      if (value.isPresent() && !request.kind().accepts(field)) {
        problems.add(
            new ScaffoldProblem(
                field, Reason.NOT_APPLICABLE, inapplicable(request.kind(), field), null));
      } else if (value.isPresent()) {
        check(request.kind(), field, value.get()).ifPresent(problems::add);
      } else if (request.kind().required().contains(field)) {
        problems.add(missing(request.kind(), field));
      }
    }
    if (request.value(Field.ID).isEmpty() && request.value(Field.TITLE).isPresent()) {
      // The id comes from the title: report a title that gives no usable id as an id problem.
      checkId(request.kind(), Slugs.slug(request.value(Field.TITLE).get()))
          .ifPresent(problems::add);
    }
    return problems;
  }

  /** The problem with one value, if any. {@code value} is stripped first. */
  public Optional<ScaffoldProblem> check(Kind kind, Field field, String value) {
    String v = value.strip();
    if (v.isEmpty()) {
      return Optional.of(missing(kind, field));
    }
    return switch (field) {
      case TITLE, VENDOR ->
          v.chars().anyMatch(c -> c != '\t' && Character.isISOControl(c))
              ? Optional.of(
                  new ScaffoldProblem(
                      field,
                      Reason.INVALID,
                      "the " + field.key() + " must be one line of text without control characters",
                      null))
              : Optional.empty();
      case ID -> checkId(kind, v);
      case RING -> checkChoice(field, v, "ring", sections.ringIds());
      case QUADRANT -> checkChoice(field, v, "quadrant", sections.quadrantIds());
      case CATEGORY -> checkChoice(field, v, "quadrant", sections.quadrantIds());
      case ORIGIN -> checkOrigin(kind, v);
    };
  }

  /**
   * Writes the file, or writes nothing and says why.
   *
   * @throws IOException when the folder cannot be created or the file cannot be written
   */
  public Result create(ScaffoldRequest request) throws IOException {
    List<ScaffoldProblem> problems = check(request);
    if (!problems.isEmpty()) {
      return new Rejected(problems);
    }
    String id = id(request).orElseThrow();
    String path = path(request.kind(), id);
    Path file = contentDirectory.resolve(request.kind().folder()).resolve(id + ".md");
    Files.createDirectories(file.getParent());
    String text = render(request);
    // CREATE_NEW makes "never overwrite" hold even if the file appeared after the check.
    try (Writer w =
        Files.newBufferedWriter(
            file,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE)) {
      w.write(text);
    } catch (FileAlreadyExistsException e) {
      return new Rejected(List.of(exists(path)));
    }
    return new Created(id, path, file);
  }

  /** The text {@link #create} writes for a request without problems. */
  String render(ScaffoldRequest request) {
    LocalDate today = LocalDate.now(clock);
    String origin = request.value(Field.ORIGIN).map(Scaffolder::origin).orElse(null);
    String vendor = request.value(Field.VENDOR).orElse(null);
    String title = request.value(Field.TITLE).orElseThrow();
    return switch (request.kind()) {
      case BLIP ->
          ScaffoldText.blip(
              title,
              sections.findRing(request.value(Field.RING).orElseThrow()).orElseThrow(),
              sections.findQuadrant(request.value(Field.QUADRANT).orElseThrow()).orElseThrow(),
              vendor,
              origin,
              sections,
              today);
      case PRODUCT ->
          ScaffoldText.product(
              title, vendor, origin, request.value(Field.CATEGORY).orElseThrow(), sections);
    };
  }

  private Optional<ScaffoldProblem> checkId(Kind kind, String id) {
    if (id.isEmpty()) {
      return Optional.of(
          new ScaffoldProblem(
              Field.ID,
              Reason.INVALID,
              "the title gives no id (it has no letters or digits a-z, 0-9)",
              "choose the id, the file name without .md, yourself: " + Ids.RULE));
    }
    if (!Ids.isValid(id)) {
      return Optional.of(
          new ScaffoldProblem(
              Field.ID,
              Reason.INVALID,
              "'" + id + "' is not a valid id",
              Ids.RULE + (Slugs.slug(id).isEmpty() ? "" : " (e.g. '" + Slugs.slug(id) + "')")));
    }
    if (exists(kind, id)) {
      return Optional.of(exists(path(kind, id)));
    }
    return Optional.empty();
  }

  /** True when a file of that id exists, also in another case: ids must differ ignoring case. */
  private boolean exists(Kind kind, String id) {
    Path folder = contentDirectory.resolve(kind.folder());
    if (Files.exists(folder.resolve(id + ".md"))) {
      return true;
    }
    try (var files = Files.list(folder)) {
      return files.anyMatch(f -> f.getFileName().toString().equalsIgnoreCase(id + ".md"));
    } catch (IOException e) {
      // A folder that cannot be listed (usually: not there yet) holds no clashing file; creating
      // the file reports real I/O problems.
      return false;
    }
  }

  private static Optional<ScaffoldProblem> checkOrigin(Kind kind, String value) {
    String origin = origin(value);
    if (Countries.standard().find(origin).isPresent()
        || kind == Kind.BLIP && origin.equals(Country.COMMUNITY.code())) {
      return Optional.empty();
    }
    return Optional.of(
        new ScaffoldProblem(
            Field.ORIGIN,
            Reason.INVALID,
            "'" + value + "' is not an ISO 3166-1 alpha-2 country code",
            origin.equals("UK")
                ? "the code of the United Kingdom is GB"
                : "use the two-letter code of the headquarters, such as DE, FR, NL, CH or US"
                    + (kind == Kind.BLIP
                        ? ", or 'community' when no single legal entity controls the project"
                        : "")));
  }

  /** Country codes in uppercase, as the validator wants them; {@code community} in lowercase. */
  private static String origin(String value) {
    String v = value.strip();
    return v.equalsIgnoreCase(Country.COMMUNITY.code())
        ? Country.COMMUNITY.code()
        : v.toUpperCase(Locale.ROOT);
  }

  private static ScaffoldProblem exists(String path) {
    return new ScaffoldProblem(
        Field.ID,
        Reason.EXISTS,
        path + " already exists; radar new never overwrites a file",
        "choose another id, or edit the existing file");
  }

  private static Optional<ScaffoldProblem> checkChoice(
      Field field, String value, String what, List<String> ids) {
    if (ids.contains(value)) {
      return Optional.empty();
    }
    return Optional.of(
        new ScaffoldProblem(
            field,
            Reason.INVALID,
            what + " '" + value + "' is not defined in radar.yaml",
            "use one of " + String.join(", ", ids) + Suggestions.didYouMean(value, ids)));
  }

  private ScaffoldProblem missing(Kind kind, Field field) {
    String noun = kind == Kind.BLIP ? "a blip" : "a product";
    List<String> choices = choices(field);
    String article = field == Field.ID || field == Field.ORIGIN ? " needs an " : " needs a ";
    return new ScaffoldProblem(
        field,
        Reason.MISSING,
        noun + article + field.key(),
        choices.isEmpty() ? null : "one of " + String.join(", ", choices));
  }

  private static String inapplicable(Kind kind, Field field) {
    return kind == Kind.BLIP
        ? "a blip has no " + field.key() + " (it is for products)"
        : "a product has no "
            + field.key()
            + " (it is for blips; a product's category is a quadrant id)";
  }
}
