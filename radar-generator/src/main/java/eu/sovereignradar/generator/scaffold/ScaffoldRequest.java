package eu.sovereignradar.generator.scaffold;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What to scaffold: a blip or a product, and the values given so far (from options or answers).
 * Values may be missing or wrong; {@link Scaffolder#check(ScaffoldRequest)} says what to fix.
 * Immutable and thread-safe.
 */
public record ScaffoldRequest(Kind kind, Map<Field, String> values) {

  /** The two kinds of content file that can be scaffolded. */
  public enum Kind {
    BLIP("blips", List.of(Field.TITLE, Field.RING, Field.QUADRANT)),
    PRODUCT("products", List.of(Field.TITLE, Field.VENDOR, Field.ORIGIN, Field.CATEGORY));

    private final String folder;
    private final List<Field> required;

    Kind(String folder, List<Field> required) {
      this.folder = folder;
      this.required = required;
    }

    /**
     * The folder of the content directory the file goes into: {@code blips} or {@code products}.
     */
    public String folder() {
      return folder;
    }

    /** The fields without which the file would not validate, in the order they are asked for. */
    public List<Field> required() {
      return required;
    }

    /** Whether a value for {@code field} means anything for this kind. */
    public boolean accepts(Field field) {
      return switch (field) {
        case TITLE, ID, VENDOR, ORIGIN -> true;
        case RING, QUADRANT -> this == BLIP;
        case CATEGORY -> this == PRODUCT;
      };
    }
  }

  /** A value that can be given; {@link #key()} is the front-matter key it fills. */
  public enum Field {
    TITLE("title"),
    /** The file name without {@code .md}; derived from the title when not given. */
    ID("id"),
    RING("ring"),
    QUADRANT("quadrant"),
    VENDOR("vendor"),
    ORIGIN("origin"),
    CATEGORY("category");

    private final String key;

    Field(String key) {
      this.key = key;
    }

    /** The front-matter key, also the name of the command-line option and Maven property. */
    public String key() {
      return key;
    }
  }

  public ScaffoldRequest {
    requireNonNull(kind, "kind");
    values = values.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(values));
  }

  /** An empty request of the given kind, to fill with {@link #with}. */
  public static ScaffoldRequest of(Kind kind) {
    return new ScaffoldRequest(kind, Map.of());
  }

  /** The value of {@code field}, stripped; empty when absent or blank. */
  public Optional<String> value(Field field) {
    return Optional.ofNullable(values.get(field)).map(String::strip).filter(v -> !v.isEmpty());
  }

  /**
   * A copy with {@code field} set to {@code value}, or removed when {@code value} is null or blank.
   */
  public ScaffoldRequest with(Field field, @org.jspecify.annotations.Nullable String value) {
    Map<Field, String> copy = new EnumMap<>(Field.class);
    copy.putAll(values);
    if (value == null || value.isBlank()) {
      copy.remove(field);
    } else {
      copy.put(field, value);
    }
    return new ScaffoldRequest(kind, copy);
  }
}
