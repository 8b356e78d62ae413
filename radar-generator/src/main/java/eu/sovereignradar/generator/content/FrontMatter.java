package eu.sovereignradar.generator.content;

import static java.util.Objects.requireNonNull;

/**
 * A Markdown file split in two: the YAML between the {@code ---} lines and the Markdown body, each
 * with the physical line on which it starts so that later positions point into the file.
 *
 * @param yaml the front matter text (without the delimiter lines); may be empty
 * @param yamlLine the 1-based line of the file where the YAML starts
 * @param body the Markdown after the closing delimiter
 * @param bodyLine the 1-based line of the file where the body starts
 */
public record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {
  public FrontMatter {
    requireNonNull(yaml, "yaml");
    requireNonNull(body, "body");
  }
}
