package eu.sovereignradar.generator.content;

import java.util.List;
import java.util.Optional;

/**
 * A YAML value with the physical line and column (1-based, in the content file, not in the YAML
 * snippet) where it starts. Jackson's own tree forgets positions, and editors need them in every
 * message, so the loader builds this small tree instead. Immutable and thread-safe.
 */
public sealed interface YamlNode {

  int line();

  int column();

  /** A short description of the kind of value, as an editor would say it: "a list", "text". */
  String describe();

  /** A scalar. {@code text} is the value as written (without quotes). */
  record Scalar(String text, Kind kind, int line, int column) implements YamlNode {
    /** What YAML made of the scalar. */
    public enum Kind {
      STRING,
      INTEGER,
      FLOAT,
      BOOLEAN,
      NULL
    }

    @Override
    public String describe() {
      return switch (kind) {
        case STRING -> "the text '" + text + "'";
        case INTEGER, FLOAT -> "the number " + text;
        case BOOLEAN -> "the boolean " + text;
        case NULL -> "an empty value";
      };
    }
  }

  /** A key of a map, with the position of the key itself. */
  record Entry(String key, int line, int column, YamlNode value) {}

  /** A map, in document order. Keys are unique (duplicates are reported and dropped). */
  record Map(List<Entry> entries, int line, int column) implements YamlNode {
    public Map {
      entries = List.copyOf(entries);
    }

    public Optional<Entry> find(String key) {
      // A loop, not a stream: every field of every content file is looked up here.
      for (Entry e : entries) {
        if (e.key().equals(key)) {
          return Optional.of(e);
        }
      }
      return Optional.empty();
    }

    @Override
    public String describe() {
      return "a map of keys and values";
    }
  }

  /** A list, in document order. */
  record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }
}
