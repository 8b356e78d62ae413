package eu.sovereignradar.generator.validation;

import eu.sovereignradar.generator.content.YamlNode;
import eu.sovereignradar.generator.diagnostic.DiagnosticCollector;
import eu.sovereignradar.generator.diagnostic.SourcePosition;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Typed, reporting access to the keys of one YAML map. Each getter checks the type and format of
 * one value and reports a diagnostic (naming the key, in the editor's words) instead of throwing;
 * the value is then absent and checking goes on, so one run finds every problem. Not thread-safe:
 * use one per map.
 */
final class Fields {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final String path;
  private final YamlNode.Map map;
  private final DiagnosticCollector out;
  private final String context;

  /**
   * @param context how to name the map's keys in messages, e.g. "" for top-level front matter or
   *     "links entry " for an item
   */
  Fields(String path, YamlNode.Map map, DiagnosticCollector out, String context) {
    this.path = path;
    this.map = map;
    this.out = out;
    this.context = context;
  }

  private boolean communityOrigin;

  /** Lets {@code origin: community} through (blips only: a product always has a vendor). */
  Fields allowCommunityOrigin() {
    communityOrigin = true;
    return this;
  }

  boolean allowsCommunityOrigin() {
    return communityOrigin;
  }

  String path() {
    return path;
  }

  /** How the map's keys are named in messages ("" at the top of a file). */
  String context() {
    return context;
  }

  DiagnosticCollector out() {
    return out;
  }

  SourcePosition at(YamlNode node) {
    return new SourcePosition(path, node.line(), node.column());
  }

  /** Position of a key, or of the map when the key is absent. */
  SourcePosition at(String key) {
    return map.find(key)
        .map(e -> new SourcePosition(path, e.line(), e.column()))
        .orElse(new SourcePosition(path, map.line(), map.column()));
  }

  /** Position of a key's value, or of the key (or map) when there is no value. */
  SourcePosition atValue(String key) {
    return node(key).map(this::at).orElse(at(key));
  }

  /** Warns about keys not in {@code known}, suggesting the nearest known key. */
  void warnUnknownKeys(Collection<String> known, String where) {
    for (YamlNode.Entry e : map.entries()) {
      if (!known.contains(e.key())) {
        out.warning(
            "field.unknown-key",
            new SourcePosition(path, e.line(), e.column()),
            "unknown key '" + e.key() + "' in " + where + Suggestions.didYouMean(e.key(), known),
            "known keys: "
                + String.join(", ", known.stream().sorted().toList())
                + "; an unknown key is ignored");
      }
    }
  }

  Optional<YamlNode> node(String key) {
    return map.find(key)
        .map(YamlNode.Entry::value)
        .filter(v -> !(v instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL));
  }

  boolean has(String key) {
    return node(key).isPresent();
  }

  private void missing(String key, String hint) {
    out.error("field.required", at(key), context + "'" + key + "' is required", hint);
  }

  private void wrongType(String key, YamlNode node, String expected, String hint) {
    out.error(
        "field.wrong-type",
        at(node),
        context + "'" + key + "' must be " + expected + ", but it is " + node.describe(),
        hint);
  }

  /** Free text. Numbers and booleans are accepted as their text. Blank counts as absent. */
  Optional<String> text(String key, boolean required) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      if (required) {
        missing(key, "add a line '" + key + ": ...'");
      }
      return Optional.empty();
    }
    if (!(node.get() instanceof YamlNode.Scalar s)) {
      wrongType(
          key,
          node.get(),
          "text",
          "write it on one line after '" + key + ": ', in quotes if it contains ': '");
      return Optional.empty();
    }
    String value = s.text().strip();
    if (value.isEmpty()) {
      if (required) {
        missing(key, "give '" + key + "' a value");
      }
      return Optional.empty();
    }
    int max = maxLength(key);
    if (value.length() > max) {
      out.error(
          "field.too-long",
          at(s),
          context
              + "'"
              + key
              + "' has "
              + value.length()
              + " characters; at most "
              + max
              + " are allowed",
          "shorten it; long explanations belong in the Markdown body");
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /**
   * Titles {@value #MAX_TITLE} characters, summaries {@value #MAX_SUMMARY}, other text {@value
   * #MAX_TEXT}.
   */
  static final int MAX_TITLE = 200;

  static final int MAX_SUMMARY = 400;
  static final int MAX_TEXT = 2000;

  /**
   * A bound on every one-line value: each is printed on many pages (a title on every page that
   * lists the blip), so a long one would multiply into gigabytes of output.
   */
  private static int maxLength(String key) {
    return key.equals("title") ? MAX_TITLE : key.equals("summary") ? MAX_SUMMARY : MAX_TEXT;
  }

  /** An id such as a ring or quadrant reference: text matching {@link Ids#PATTERN}. */
  Optional<String> id(String key, boolean required, String example) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      if (required) {
        missing(key, "add a line '" + key + ": " + example + "'");
      }
      return Optional.empty();
    }
    return idValue(key, node.get(), example);
  }

  Optional<String> idValue(String key, YamlNode node, String example) {
    if (!(node instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Scalar.Kind.STRING) {
      wrongType(key, node, "an id such as '" + example + "'", Ids.RULE);
      return Optional.empty();
    }
    String value = s.text().strip();
    if (!Ids.isValid(value)) {
      out.error(
          "field.invalid-id",
          at(node),
          context + "'" + key + "' has the value '" + value + "', which is not a valid id",
          Ids.RULE);
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** A list; a single scalar is a type error with a hint showing the list syntax. */
  List<YamlNode> list(String key) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      return List.of();
    }
    if (node.get() instanceof YamlNode.Sequence seq) {
      return seq.items();
    }
    String example = node.get() instanceof YamlNode.Scalar s ? s.text() : "value";
    wrongType(
        key,
        node.get(),
        "a list",
        "write " + key + ": [" + example + "] or put each item on its own line starting with '- '");
    return List.of();
  }

  /** A list of ids (tags, hosting values); invalid items are reported and skipped. */
  List<String> idList(String key, String example) {
    List<String> result = new ArrayList<>();
    for (YamlNode item : list(key)) {
      idValue(key + " item", item, example)
          .ifPresent(
              v -> {
                if (!result.contains(v)) {
                  result.add(v);
                }
              });
    }
    return result;
  }

  Optional<LocalDate> date(String key, boolean required) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      if (required) {
        missing(key, "add a line '" + key + ": YYYY-MM-DD'");
      }
      return Optional.empty();
    }
    return dateValue(key, node.get());
  }

  Optional<LocalDate> dateValue(String key, YamlNode node) {
    if (node instanceof YamlNode.Scalar s && DATE.matcher(s.text().strip()).matches()) {
      String text = s.text().strip();
      try {
        // LocalDate.of on the digits accepts exactly what LocalDate.parse does for this shape,
        // without its general-purpose parser (a tenth of checking a blip).
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(text, 0, 4, 10),
                Integer.parseInt(text, 5, 7, 10),
                Integer.parseInt(text, 8, 10, 10)));
      } catch (DateTimeException e) {
        // falls through to the report: the shape is right but the day does not exist
      }
    }
    out.error(
        "field.invalid-date",
        at(node),
        context + "'" + key + "' must be a date written YYYY-MM-DD, but it is " + node.describe(),
        "for example " + key + ": 2026-03-31");
    return Optional.empty();
  }

  /** An absolute http or https URL. */
  Optional<String> url(String key, boolean required) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      if (required) {
        missing(key, "add a line '" + key + ": https://...'");
      }
      return Optional.empty();
    }
    return urlValue(key, node.get());
  }

  Optional<String> urlValue(String key, YamlNode node) {
    if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.STRING) {
      String value = s.text().strip();
      if (isHttpUrl(value)) {
        return Optional.of(value);
      }
    }
    out.error(
        "field.invalid-url",
        at(node),
        context
            + "'"
            + key
            + "' must be an http:// or https:// address, but it is "
            + node.describe(),
        "write the full address, e.g. https://example.org/; other schemes (javascript:, data:, file:)"
            + " are refused because they can run code or read local files");
    return Optional.empty();
  }

  static boolean isHttpUrl(String value) {
    if (value.length() > 2000) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '`') {
        return false;
      }
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      return scheme != null
          && (scheme.toLowerCase(Locale.ROOT).equals("http")
              || scheme.toLowerCase(Locale.ROOT).equals("https"))
          && scheme.equals(scheme.toLowerCase(Locale.ROOT))
          && uri.getHost() != null
          && !uri.getHost().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Reports a value that must be a map; returns it when it is. */
  Optional<YamlNode.Map> asMap(String key, YamlNode node, String hint) {
    if (node instanceof YamlNode.Map m) {
      return Optional.of(m);
    }
    wrongType(key, node, "a map of keys and values", hint);
    return Optional.empty();
  }

  Fields nested(YamlNode.Map child, String childContext) {
    return new Fields(path, child, out, childContext);
  }

  /** {@code true} or {@code false}; anything else is a type error. */
  Optional<Boolean> bool(String key) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
      return Optional.of(Boolean.parseBoolean(s.text().strip().toLowerCase(java.util.Locale.ROOT)));
    }
    wrongType(key, node.get(), "true or false", "write " + key + ": true or " + key + ": false");
    return Optional.empty();
  }

  /** A whole number of 0 or more, such as a number of users. */
  Optional<Integer> count(String key) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.INTEGER) {
      try {
        int value = Integer.parseInt(s.text().strip());
        if (value >= 0) {
          return Optional.of(value);
        }
      } catch (NumberFormatException e) {
        // Reported below.
      }
    }
    wrongType(key, node.get(), "a whole number of 0 or more", "write e.g. " + key + ": 250");
    return Optional.empty();
  }

  /**
   * An assessment level: a whole number from 0 to 4. {@code unknown} is not a level: callers that
   * accept it check for it first.
   */
  Optional<Integer> level(String key, boolean required) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      if (required) {
        missing(key, "add a line '" + key + ": 3' (a level from 0 to 4)");
      }
      return Optional.empty();
    }
    return levelValue(key, node.get());
  }

  Optional<Integer> levelValue(String key, YamlNode node) {
    if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.INTEGER) {
      try {
        int value = Integer.parseInt(s.text().strip());
        if (value >= 0 && value <= 4) {
          return Optional.of(value);
        }
      } catch (NumberFormatException e) {
        // Reported below.
      }
    }
    out.error(
        "inventory.level-out-of-range",
        at(node),
        context
            + "'"
            + key
            + "' must be a level from 0 to 4 or 'unknown', but it is "
            + node.describe(),
        "0 is exclusive non-EU control, 4 full EU control (see docs/dependency-matrix.md)");
    return Optional.empty();
  }

  /** An ISO 8601 period such as {@code P6M}, {@code P1Y} or {@code P90D}. */
  Optional<java.time.Period> period(String key) {
    Optional<String> text = text(key, false);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      java.time.Period p = java.time.Period.parse(text.get());
      if (!p.isNegative()) {
        return Optional.of(p);
      }
    } catch (java.time.format.DateTimeParseException e) {
      // Reported below.
    }
    out.error(
        "inventory.bad-period",
        atValue(key),
        context + "'" + key + "' is '" + text.get() + "', which is not an ISO 8601 period",
        "write P6M for six months, P1Y for a year, P90D for 90 days");
    return Optional.empty();
  }
}
