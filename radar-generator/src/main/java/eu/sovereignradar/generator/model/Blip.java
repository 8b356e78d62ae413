package eu.sovereignradar.generator.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One assessed technology: one Markdown file, one page, one dot on the radar. {@code markdown} is
 * the Markdown source ({@link #body()} its text), rendered by a separate step. {@code movement} is
 * derived from the history and the edition. {@code kind} says whether it is a product or service
 * (the default) or an open standard ({@code kind: standard}), which has no vendor to depend on and
 * nothing to host.
 */
public record Blip(
    String id,
    String title,
    Ring ring,
    Quadrant quadrant,
    @Nullable String summary,
    List<String> tags,
    @Nullable Licence licence,
    @Nullable String licenceNote,
    @Nullable String vendor,
    @Nullable Country origin,
    List<Hosting> hosting,
    @Nullable String website,
    @Nullable String sourceCode,
    List<Link> links,
    List<Replacement> replaces,
    List<CapabilityStatement> capabilities,
    List<HistoryEntry> history,
    @Nullable LocalDate reviewed,
    Movement movement,
    MarkdownBody markdown,
    SourceRef source,
    BlipKind kind) {
  public Blip {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(ring, "ring");
    requireNonNull(quadrant, "quadrant");
    tags = List.copyOf(tags);
    hosting = List.copyOf(hosting);
    links = List.copyOf(links);
    replaces = List.copyOf(replaces);
    capabilities = List.copyOf(capabilities);
    history = List.copyOf(history);
    requireNonNull(movement, "movement");
    requireNonNull(markdown, "markdown");
    requireNonNull(source, "source");
    requireNonNull(kind, "kind");
  }

  /** The Markdown source. */
  public String body() {
    return markdown.text();
  }

  /** A blip of the default kind, a product or service, whose body is held as text. */
  public Blip(
      String id,
      String title,
      Ring ring,
      Quadrant quadrant,
      @Nullable String summary,
      List<String> tags,
      @Nullable Licence licence,
      @Nullable String licenceNote,
      @Nullable String vendor,
      @Nullable Country origin,
      List<Hosting> hosting,
      @Nullable String website,
      @Nullable String sourceCode,
      List<Link> links,
      List<Replacement> replaces,
      List<CapabilityStatement> capabilities,
      List<HistoryEntry> history,
      @Nullable LocalDate reviewed,
      Movement movement,
      String body,
      SourceRef source) {
    this(
        id,
        title,
        ring,
        quadrant,
        summary,
        tags,
        licence,
        licenceNote,
        vendor,
        origin,
        hosting,
        website,
        sourceCode,
        links,
        replaces,
        capabilities,
        history,
        reviewed,
        movement,
        MarkdownBody.of(body),
        source,
        BlipKind.PRODUCT);
  }

  /** Whether the blip is an open standard, which the sovereignty score does not measure. */
  public boolean standard() {
    return kind == BlipKind.STANDARD;
  }

  /**
   * The same blip as it stood at an earlier edition: in {@code ring}, with the {@code movement} of
   * that edition. Everything else is today's.
   */
  public Blip at(Ring ring, Movement movement) {
    return new Blip(
        id,
        title,
        ring,
        quadrant,
        summary,
        tags,
        licence,
        licenceNote,
        vendor,
        origin,
        hosting,
        website,
        sourceCode,
        links,
        replaces,
        capabilities,
        history,
        reviewed,
        movement,
        markdown,
        source,
        kind);
  }

  /** When the assessment was last looked at: {@code reviewed}, else the last ring change. */
  public @Nullable LocalDate lastReviewed() {
    return reviewed != null
        ? reviewed
        : history.isEmpty() ? null : history.get(history.size() - 1).date();
  }

  /** Not reviewed after {@code cutoff} (see {@link RadarSettings#staleCutoff()}). */
  public boolean staleAt(LocalDate cutoff) {
    LocalDate last = lastReviewed();
    return last == null || !last.isAfter(cutoff);
  }
}
