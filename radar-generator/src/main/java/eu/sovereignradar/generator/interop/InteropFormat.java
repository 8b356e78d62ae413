package eu.sovereignradar.generator.interop;

import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.render.files.RadarJsonWriter;
import eu.sovereignradar.generator.render.safety.MarkdownRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The formats of {@code radar import} and {@code radar export}, by their command-line names. */
public enum InteropFormat {
  BYOR_CSV("byor-csv", true),
  BYOR_JSON("byor-json", true),
  ZALANDO("zalando", true),
  BACKSTAGE("backstage", true),
  AOE("aoe", true),
  JSON("json", false);

  private final String id;
  private final boolean importable;

  InteropFormat(String id, boolean importable) {
    this.id = id;
    this.importable = importable;
  }

  public String id() {
    return id;
  }

  public static Optional<InteropFormat> find(String id) {
    return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
  }

  /** The names {@code radar import} takes ({@code inventory-csv} is handled on its own). */
  public static List<String> importable() {
    return Arrays.stream(values()).filter(f -> f.importable).map(InteropFormat::id).toList();
  }

  public static List<String> exportable() {
    return Arrays.stream(values()).map(InteropFormat::id).toList();
  }

  /**
   * Reads {@code source} (a file, or for {@link #AOE} a folder).
   *
   * @param name the source as the user named it, for messages
   * @throws SourceException when the source cannot be read as this format at all
   */
  public ImportedRadar read(Path source, String name) throws IOException, SourceException {
    if (this == AOE) {
      return AoeFormat.read(source, name);
    }
    String text = Sources.text(source, name);
    return switch (this) {
      case BYOR_CSV -> ByorFormat.readCsv(text, name);
      case BYOR_JSON -> ByorFormat.readJson(text, name);
      case ZALANDO -> ZalandoFormat.read(text, name);
      case BACKSTAGE -> BackstageFormat.read(text, name);
      default -> throw new IllegalStateException(id + " cannot be imported");
    };
  }

  /** A source file's text, with the size and encoding limits every import applies. */
  public static String text(Path source, String name) throws IOException, SourceException {
    return Sources.text(source, name);
  }

  /**
   * Writes {@code radar} to {@code output} (a file, or for {@link #AOE} a folder).
   *
   * @return the files written (for AOE relative to the folder) and what the format cannot hold
   */
  public Written write(Radar radar, Path output, LocalDate today) throws IOException {
    return write(radar, output, today, false);
  }

  /**
   * {@link #write(Radar, Path, LocalDate)}, for {@link #JSON} with {@code internal}: the
   * organisation and the inventory too ({@link InternalJson}); {@code radar} must then still hold
   * them.
   */
  public Written write(Radar radar, Path output, LocalDate today, boolean internal)
      throws IOException {
    MarkdownRenderer markdown = new MarkdownRenderer();
    if (this == AOE) {
      return new Written(AoeFormat.write(radar, output, today), List.of());
    }
    String text =
        switch (this) {
          case BYOR_CSV -> ByorFormat.writeCsv(radar, markdown);
          case BYOR_JSON -> ByorFormat.writeJson(radar, markdown);
          case ZALANDO -> ZalandoFormat.write(radar);
          case BACKSTAGE -> BackstageFormat.write(radar);
          case JSON -> internal ? InternalJson.write(radar) : RadarJsonWriter.json(radar);
          case AOE -> throw new IllegalStateException("handled above");
        };
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(output, text, StandardCharsets.UTF_8);
    List<String> limits =
        switch (this) {
          case BYOR_CSV, BYOR_JSON -> ByorFormat.limits(radar);
          case ZALANDO -> ZalandoFormat.limits(radar);
          default -> List.of();
        };
    return new Written(List.of(output.toString()), limits);
  }

  /** What {@link #write} did: the files, and warnings about what the format cannot hold. */
  public record Written(List<String> files, List<String> limits) {
    public Written {
      files = List.copyOf(files);
      limits = List.copyOf(limits);
    }
  }
}
