package eu.sovereignradar.generator.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One assessed technology: one Markdown file, one page, one dot on the radar. {@code body} is the
 * Markdown source; rendering happens later. {@code movement} is derived from the history and the
 * edition.
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
    String body,
    SourceRef source) {
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
    requireNonNull(body, "body");
    requireNonNull(source, "source");
  }
}
