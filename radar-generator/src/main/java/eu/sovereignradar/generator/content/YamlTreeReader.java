package eu.sovereignradar.generator.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.diagnostic.SourcePosition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML into a {@link YamlNode} tree with physical positions. YAML here is data only: no
 * custom tags (which some loaders turn into Java objects), no anchors or aliases (which make
 * "billion laughs" expansion bombs possible and confuse editors), limited nesting and size. Every
 * problem, including duplicate keys, becomes a diagnostic; no input makes it throw. Thread-safe.
 *
 * <p>Simple YAML, which front matter almost always is, takes a fast path ({@link SimpleYamlReader})
 * that builds the same tree; anything else is parsed by SnakeYAML through Jackson.
 */
public final class YamlTreeReader {
  /** Deeper than this is refused; radar content needs four levels. */
  public static final int MAX_DEPTH = 20;

  /** More values than this in one document is refused. */
  public static final int MAX_NODES = 20_000;

  private final YAMLFactory factory;
  private final ScalarKinds kinds = new ScalarKinds();

  public YamlTreeReader() {
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(2 * 1024 * 1024);
    loader.setNestingDepthLimit(MAX_DEPTH + 5);
    loader.setMaxAliasesForCollections(10);
    loader.setAllowDuplicateKeys(true); // reported by us, with both lines
    this.factory =
        YAMLFactory.builder()
            // "key:" with nothing after it is null in YAML, and Fields treats null as absent. The
            // builder, unlike new YAMLFactory(), does not switch this default-on feature on, and
            // without it an empty "website:" is the text '' and fails as an invalid address.
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .loaderOptions(loader)
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 5).build())
            .build();
  }

  /**
   * Parses {@code yaml}, which starts on line {@code firstLine} of the file {@code path}.
   *
   * @return the root node, or empty when the YAML is empty or broken (a diagnostic says which)
   */
  public Optional<YamlNode> read(
      String path, String yaml, int firstLine, Consumer<Diagnostic> report) {
    // Most front matter is simple enough for the fast path, which hands anything else over.
    YamlNode simple = SimpleYamlReader.read(yaml, firstLine - 1, kinds);
    return simple != null ? Optional.of(simple) : readFully(path, yaml, firstLine, report);
  }

  /** {@link #read} with the full parse only; tests compare the fast path with it. */
  Optional<YamlNode> readFully(
      String path, String yaml, int firstLine, Consumer<Diagnostic> report) {
    Reading r = new Reading(path, yaml, firstLine - 1, report);
    try (YAMLParser p = (YAMLParser) factory.createParser(yaml)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return Optional.empty();
      }
      YamlNode root = r.value(p, 0);
      if (root == null) {
        return Optional.empty();
      }
      if (p.nextToken() != null) {
        r.error(
            "yaml.multiple-documents",
            p.currentTokenLocation(),
            "the YAML holds more than one document",
            "remove the extra '---' or '...' line");
        return Optional.empty();
      }
      return Optional.of(root);
    } catch (StreamConstraintsException e) {
      r.error(
          "yaml.too-deep",
          e.getLocation(),
          "the YAML is nested too deeply",
          "radar content needs only a few levels of nesting");
    } catch (IOException | RuntimeException e) {
      syntaxError(r, e);
    }
    return Optional.empty();
  }

  private static void syntaxError(Reading r, Exception e) {
    Throwable cause = e;
    while (cause != null && !(cause instanceof MarkedYAMLException)) {
      cause = cause.getCause();
    }
    if (cause instanceof MarkedYAMLException m && m.getProblemMark() != null) {
      String problem = m.getProblem() == null ? "invalid YAML" : m.getProblem();
      r.errorAt(
          "yaml.syntax",
          m.getProblemMark().getIndex(),
          m.getProblemMark().getLine() + 1,
          m.getProblemMark().getColumn() + 1,
          "YAML syntax error: " + oneLine(problem),
          hintFor(problem));
      return;
    }
    JsonLocation loc =
        e instanceof com.fasterxml.jackson.core.JacksonException je ? je.getLocation() : null;
    String message =
        e instanceof com.fasterxml.jackson.core.JacksonException je
            ? je.getOriginalMessage()
            : e.getMessage();
    r.error(
        "yaml.syntax",
        loc,
        "YAML syntax error: " + oneLine(String.valueOf(message)),
        "check indentation and quoting near this line");
  }

  private static String hintFor(String problem) {
    if (problem.contains("mapping values are not allowed")) {
      return "a value that contains ': ' must be quoted, e.g. summary: \"Mail: self-hosted\"";
    }
    if (problem.contains("found character '\\t'") || problem.contains("tab")) {
      return "indent YAML with spaces, never tabs";
    }
    if (problem.contains("could not find expected ':'")) {
      return "each line needs 'key: value'; check the indentation and the line before";
    }
    if (problem.contains("exceeds the limit")) {
      return "the front matter is far too large; keep long text in the Markdown body";
    }
    return "check indentation and quoting near this line";
  }

  private static String oneLine(String s) {
    String first = s.strip().lines().findFirst().orElse(s);
    return first.length() > 200 ? first.substring(0, 200) + "…" : first;
  }

  /** State of one parse: where to report and how many nodes so far. */
  private static final class Reading {
    final String path;
    final String yaml;
    final int lineOffset;
    final Consumer<Diagnostic> report;

    /** Char index where each line of {@code yaml} starts; lines end at '\n' only. */
    final int[] lineStarts;

    /** Char index of each code point when the text has surrogate pairs, else null (same index). */
    final int @Nullable [] charIndex;

    int nodes;

    Reading(String path, String yaml, int lineOffset, Consumer<Diagnostic> report) {
      this.path = path;
      this.yaml = yaml;
      this.lineOffset = lineOffset;
      this.report = report;
      int[] starts = new int[16];
      int n = 1;
      for (int i = yaml.indexOf('\n'); i >= 0; i = yaml.indexOf('\n', i + 1)) {
        if (n == starts.length) {
          starts = java.util.Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
      this.lineStarts = java.util.Arrays.copyOf(starts, n);
      this.charIndex =
          yaml.codePointCount(0, yaml.length()) == yaml.length()
              ? null
              : yaml.codePoints().map(cp -> Character.charCount(cp)).toArray();
      if (charIndex != null) {
        int sum = 0;
        for (int i = 0; i < charIndex.length; i++) {
          int width = charIndex[i];
          charIndex[i] = sum;
          sum += width;
        }
      }
    }

    void error(String code, @Nullable JsonLocation loc, String message, String hint) {
      int line = loc == null || loc.getLineNr() < 1 ? 1 : loc.getLineNr();
      int col = loc == null || loc.getColumnNr() < 1 ? 0 : loc.getColumnNr();
      errorAt(code, loc == null ? -1 : loc.getCharOffset(), line, col, message, hint);
    }

    /**
     * Reports at the code-point index {@code index} of the YAML text, or at SnakeYAML's own line
     * and column when the index is unknown (-1).
     */
    void errorAt(String code, long index, int yamlLine, int column, String message, String hint) {
      SourcePosition at =
          index >= 0
              ? new SourcePosition(path, physicalLine(index), physicalColumn(index))
              : new SourcePosition(path, Math.max(yamlLine, 1) + lineOffset, Math.max(column, 0));
      report.accept(Diagnostic.error(code, at, message, hint));
    }

    /*
     * Positions are recomputed from the character offset because SnakeYAML (YAML 1.1) also breaks
     * lines at U+0085, U+2028 and U+2029, while editors, git and our other messages count '\n'
     * only: a file full of U+2028 would otherwise get diagnostics past its last line.
     */
    int line(JsonLocation loc) {
      return loc.getCharOffset() >= 0
          ? physicalLine(loc.getCharOffset())
          : Math.max(loc.getLineNr(), 1) + lineOffset;
    }

    int column(JsonLocation loc) {
      return loc.getCharOffset() >= 0
          ? physicalColumn(loc.getCharOffset())
          : Math.max(loc.getColumnNr(), 1);
    }

    private int charAt(long codePointIndex) {
      long i = Math.max(0, codePointIndex);
      if (charIndex == null) {
        return (int) Math.min(i, yaml.length());
      }
      return i >= charIndex.length ? yaml.length() : charIndex[(int) i];
    }

    private int lineIndex(int charPos) {
      int found = java.util.Arrays.binarySearch(lineStarts, charPos);
      return found >= 0 ? found : -found - 2;
    }

    int physicalLine(long codePointIndex) {
      return lineIndex(charAt(codePointIndex)) + 1 + lineOffset;
    }

    int physicalColumn(long codePointIndex) {
      int pos = charAt(codePointIndex);
      int start = lineStarts[lineIndex(pos)];
      return yaml.codePointCount(start, pos) + 1;
    }

    /** Reads the value at the current token, or null after reporting why it cannot be used. */
    @Nullable YamlNode value(YAMLParser p, int depth) throws IOException {
      JsonLocation loc = p.currentTokenLocation();
      if (++nodes > MAX_NODES) {
        error(
            "yaml.too-large",
            loc,
            "the YAML has more than " + MAX_NODES + " values",
            "radar content needs a few dozen values per file");
        return null;
      }
      if (depth > MAX_DEPTH) {
        error(
            "yaml.too-deep",
            loc,
            "the YAML is nested more than " + MAX_DEPTH + " levels deep",
            "radar content needs only a few levels of nesting");
        return null;
      }
      if (p.isCurrentAlias()) {
        error(
            "yaml.alias",
            loc,
            "YAML aliases ('*" + p.getText() + "') are not supported",
            "write the value out in full instead of referring to an anchor");
        return null;
      }
      if (p.getObjectId() != null) {
        error(
            "yaml.alias",
            loc,
            "YAML anchors ('&" + p.getObjectId() + "') are not supported",
            "remove the anchor; content files are plain data");
        return null;
      }
      String tag = p.getTypeId();
      if (tag != null && !isStandardTag(tag)) {
        error(
            "yaml.tag",
            loc,
            "the YAML tag '" + tag + "' is not allowed",
            "remove the tag; content files are plain data (text, numbers, lists and maps)");
        return null;
      }
      JsonToken t = p.currentToken();
      switch (t) {
        case START_OBJECT:
          return map(p, depth, loc);
        case START_ARRAY:
          List<YamlNode> items = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            YamlNode item = value(p, depth + 1);
            if (item == null) {
              return null;
            }
            items.add(item);
          }
          return new YamlNode.Sequence(items, line(loc), column(loc));
        case VALUE_STRING:
          return scalar(p, YamlNode.Scalar.Kind.STRING, loc);
        case VALUE_NUMBER_INT:
          return scalar(p, YamlNode.Scalar.Kind.INTEGER, loc);
        case VALUE_NUMBER_FLOAT:
          return scalar(p, YamlNode.Scalar.Kind.FLOAT, loc);
        case VALUE_TRUE:
        case VALUE_FALSE:
          return scalar(p, YamlNode.Scalar.Kind.BOOLEAN, loc);
        case VALUE_NULL:
          return new YamlNode.Scalar("", YamlNode.Scalar.Kind.NULL, line(loc), column(loc));
        default:
          error(
              "yaml.syntax", loc, "unexpected YAML content", "check the structure near this line");
          return null;
      }
    }

    private YamlNode.Scalar scalar(YAMLParser p, YamlNode.Scalar.Kind kind, JsonLocation loc)
        throws IOException {
      return new YamlNode.Scalar(p.getText(), kind, line(loc), column(loc));
    }

    private YamlNode map(YAMLParser p, int depth, JsonLocation loc) throws IOException {
      List<YamlNode.Entry> entries = new ArrayList<>();
      HashMap<String, Integer> seen = new HashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonLocation keyLoc = p.currentTokenLocation();
        p.nextToken();
        YamlNode value = value(p, depth + 1);
        if (value == null) {
          return null;
        }
        Integer first = seen.putIfAbsent(key, line(keyLoc));
        if (first != null) {
          error(
              "yaml.duplicate-key",
              keyLoc,
              "the key '" + key + "' appears twice (first on line " + first + ")",
              "keep one '" + key + "' and delete the other");
          continue;
        }
        entries.add(new YamlNode.Entry(key, line(keyLoc), column(keyLoc), value));
      }
      return new YamlNode.Map(entries, line(loc), column(loc));
    }
  }

  private static boolean isStandardTag(String tag) {
    return switch (tag) {
      case "!",
          "!!str",
          "!!int",
          "!!float",
          "!!bool",
          "!!null",
          "!!map",
          "!!seq",
          "tag:yaml.org,2002:str",
          "tag:yaml.org,2002:int",
          "tag:yaml.org,2002:float",
          "tag:yaml.org,2002:bool",
          "tag:yaml.org,2002:null",
          "tag:yaml.org,2002:map",
          "tag:yaml.org,2002:seq" ->
          true;
      default -> false;
    };
  }
}
