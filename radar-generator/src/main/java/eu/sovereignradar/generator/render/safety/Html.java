package eu.sovereignradar.generator.render.safety;

import static java.util.Objects.requireNonNull;

/**
 * Markup that templates print as it is, without escaping: rendered Markdown bodies (raw HTML in
 * them already escaped, URLs already checked) and the chart SVG from the layout package. Nothing
 * else in a view model is trusted; every plain {@code String} is escaped by the {@code .ftlh}
 * templates. Immutable and thread-safe.
 */
public record Html(String markup) {
  public Html {
    requireNonNull(markup, "markup");
  }
}
