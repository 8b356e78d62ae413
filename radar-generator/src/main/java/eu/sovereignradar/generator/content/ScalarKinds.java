package eu.sovereignradar.generator.content;

import eu.sovereignradar.generator.content.YamlNode.Scalar.Kind;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * What a plain (unquoted, untagged) YAML value is for {@link SimpleYamlReader}, exactly as the full
 * parse decides it: YAML 1.1 as SnakeYAML resolves it ({@code 3} an integer, {@code 1.5} a float,
 * {@code true}, {@code yes} and {@code off} booleans, {@code ~} and {@code null} null), with the
 * one correction of Jackson's YAML parser that matters for plain values: a base-60 "integer" such
 * as {@code 1:30} stays text. Thread-safe.
 */
final class ScalarKinds {
  /** Built once: SnakeYAML's resolver compiles its patterns per instance. Read-only after that. */
  private final Resolver resolver = new Resolver();

  Kind kindOfPlain(String value) {
    // Of YAML 1.1's implicit types only timestamps may hold a space, and they are read as text:
    // most titles and summaries need no trip through the resolver's patterns.
    if (value.indexOf(' ') >= 0) {
      return Kind.STRING;
    }
    Tag tag = resolver.resolve(NodeId.scalar, value, true);
    if (tag.equals(Tag.INT)) {
      return isBase60(value) ? Kind.STRING : Kind.INTEGER;
    }
    if (tag.equals(Tag.FLOAT)) {
      return Kind.FLOAT;
    }
    if (tag.equals(Tag.BOOL)) {
      return Kind.BOOLEAN;
    }
    return tag.equals(Tag.NULL) ? Kind.NULL : Kind.STRING;
  }

  /** YAML 1.1's sexagesimal integers ({@code 1:30}) are the only ones with a ':'. */
  private static boolean isBase60(String integer) {
    return integer.indexOf(':') >= 0;
  }
}
