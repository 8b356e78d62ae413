package eu.sovereignradar.generator.render.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code assets/search-index.js}: a classic script that assigns the index to {@code
 * window.sovereignRadarSearch}. A script, not a JSON file fetched at run time, because browsers
 * refuse {@code fetch} from {@code file://}.
 *
 * <p>The data comes from content, so it is escaped for a script context: every non-ASCII character
 * (including U+2028 and U+2029, line terminators in older JavaScript) and {@code <}, {@code >} and
 * {@code &} are written as {@code \}{@code uXXXX}, so a title containing {@code </script>} or
 * {@code <!--} cannot end or change the script. Thread-safe.
 */
public final class SearchIndexWriter {
  /** The global the script assigns; {@code site.js} reads it. */
  public static final String GLOBAL = "sovereignRadarSearch";

  /**
   * Jackson's streaming generator, not an {@code ObjectMapper}: the index is a flat list of
   * strings, and a mapper would load and introspect a few hundred classes at every build.
   */
  private static final JsonFactory JSON =
      new JsonFactoryBuilder()
          .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
          // The script still needs its closing ";" after the JSON.
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .characterEscapes(new ScriptEscapes())
          .build();

  private SearchIndexWriter() {}

  /**
   * One page in the index: a blip, a product's comparison or (internal builds only) an application.
   * Short names keep the file small on large radars.
   *
   * @param k the kind: {@code b} blip, {@code p} product, {@code i} inventory item
   * @param id blip, product or item id
   * @param n number (0 for products and items)
   * @param t title
   * @param s summary (empty when none)
   * @param q quadrant title
   * @param r ring title
   * @param g tags, space-separated
   * @param u the blip page relative to the site root
   * @param x the body's distinct words, lowercase, in order of first appearance
   */
  public record Entry(
      String k,
      String id,
      int n,
      String t,
      String s,
      String q,
      String r,
      String g,
      String u,
      String x) {}

  public static void write(Path file, List<Entry> entries) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("window." + GLOBAL + " = ");
      try (JsonGenerator json = JSON.createGenerator(w)) {
        json.writeStartArray();
        for (Entry e : entries) {
          json.writeStartObject();
          json.writeStringField("k", e.k());
          json.writeStringField("id", e.id());
          json.writeNumberField("n", e.n());
          json.writeStringField("t", e.t());
          json.writeStringField("s", e.s());
          json.writeStringField("q", e.q());
          json.writeStringField("r", e.r());
          json.writeStringField("g", e.g());
          json.writeStringField("u", e.u());
          json.writeStringField("x", e.x());
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      w.write(";\n");
    }
  }

  /**
   * The distinct words of {@code text}, lowercase, in order of first appearance: enough to find a
   * blip by any word of its body, at a fraction of the body's size.
   */
  public static String words(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    Set<String> words = new LinkedHashSet<>();
    int start = -1;
    // A loop rather than a regular expression: this runs over every body of large radars.
    for (int i = 0; i <= lower.length(); i++) {
      boolean wordChar = i < lower.length() && isWordChar(lower.charAt(i));
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        words.add(lower.substring(start, i));
        start = -1;
      }
    }
    StringBuilder sb = new StringBuilder(lower.length() / 2);
    for (String w : words) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(w);
    }
    return sb.toString();
  }

  // Letters and digits among the ASCII characters, most of every body: a table lookup instead of
  // Character.isLetterOrDigit, which the build's C1-compiled code calls through three methods.
  private static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD[c] = Character.isLetterOrDigit(c);
    }
  }

  private static boolean isWordChar(char c) {
    return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
  }

  /** Escapes {@code < > &} on top of Jackson's standard escapes. */
  private static final class ScriptEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] codes = standardAsciiEscapesForJSON();

    ScriptEscapes() {
      codes['<'] = ESCAPE_STANDARD;
      codes['>'] = ESCAPE_STANDARD;
      codes['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return codes;
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}
