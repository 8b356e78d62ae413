package eu.sovereignradar.generator.interop;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reading a source file with the limits that keep a hostile file from exhausting memory or time: at
 * most {@link #MAX_BYTES} and {@link #MAX_ENTRIES} entries, UTF-8 only.
 */
final class Sources {
  /** Larger than any real radar export; content files themselves are limited to 1 MiB each. */
  static final long MAX_BYTES = 16L * 1024 * 1024;

  /** Ten times the largest radar the benchmarks build. */
  static final int MAX_ENTRIES = 10_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private Sources() {}

  /**
   * The file's text, or a {@link SourceException} naming the file when it is too big or not UTF-8.
   */
  static String text(Path file, String name) throws IOException, SourceException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(name, null, "the source file does not exist or is not a file");
    }
    if (Files.size(file) > MAX_BYTES) {
      throw new SourceException(
          new ImportedRadar.Place(name, 0),
          "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
    }
    byte[] bytes = Files.readAllBytes(file);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new SourceException(
          new ImportedRadar.Place(name, 0),
          "the file is not UTF-8 text; save it as UTF-8 (in a spreadsheet: CSV UTF-8)");
    }
  }

  /** The JSON tree of {@code text}, or the parser's message at its line. */
  static JsonNode json(String text, String name) throws SourceException {
    try {
      JsonNode node = JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
      if (node == null || node.isMissingNode()) {
        throw new SourceException(new ImportedRadar.Place(name, 0), "the file is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new SourceException(
          new ImportedRadar.Place(name, at == null ? 0 : Math.max(0, at.getLineNr())),
          "not valid JSON: " + e.getOriginalMessage());
    }
  }

  /** The text of a JSON field, or null when it is missing, null or not a scalar. */
  static @Nullable String string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }

  /** An element of a JSON array and the line it starts on. */
  record Located(JsonNode node, int line) {}

  /**
   * The elements of the array at the top level ({@code field} null) or in the top-level object's
   * {@code field}, each with its line: the tree alone has no positions, so the text is streamed a
   * second time. Empty when there is no such array.
   */
  static List<Located> elements(String text, String name, @Nullable String field)
      throws SourceException {
    List<Located> out = new ArrayList<>();
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    try (JsonParser p = JSON.getFactory().createParser(t)) {
      p.setCodec(JSON);
      JsonToken root = p.nextToken();
      if (field == null) {
        if (root != JsonToken.START_ARRAY) {
          return out;
        }
        readArray(p, out, name);
        return out;
      }
      if (root != JsonToken.START_OBJECT) {
        return out;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken value = p.nextToken();
        if (key.equals(field) && value == JsonToken.START_ARRAY) {
          readArray(p, out, name);
          return out;
        }
        p.skipChildren();
      }
      return out;
    } catch (IOException e) {
      JsonLocation at = e instanceof JsonProcessingException j ? j.getLocation() : null;
      throw new SourceException(
          new ImportedRadar.Place(name, at == null ? 0 : Math.max(0, at.getLineNr())),
          "not valid JSON: " + e.getMessage());
    }
  }

  private static void readArray(JsonParser p, List<Located> out, String name)
      throws IOException, SourceException {
    while (p.nextToken() != JsonToken.END_ARRAY) {
      int line = p.currentTokenLocation().getLineNr();
      JsonNode node = p.readValueAsTree();
      out.add(new Located(node, line));
      checkCount(out.size(), name);
    }
  }

  static void checkCount(int count, String name) throws SourceException {
    if (count > MAX_ENTRIES) {
      throw new SourceException(
          new ImportedRadar.Place(name, 0),
          "the file has " + count + " entries; at most " + MAX_ENTRIES + " are imported at once");
    }
  }
}
