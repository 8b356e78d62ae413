package eu.sovereignradar.generator.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Writing YAML by hand, for front matter a person reads next: only quoting needs care. */
final class Yaml {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Yaml() {}

  /**
   * A YAML double-quoted scalar. JSON's string escapes are valid YAML escapes, so an imported value
   * can never close the string, start a comment or become a key, whatever it holds.
   */
  static String quoted(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a string always serialises", e);
    }
  }
}
