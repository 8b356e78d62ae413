package eu.sovereignradar.generator.render.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The user-interface strings of one language, from the theme's {@code
 * messages_<language>.properties} (UTF-8). An override folder's bundle replaces single keys and
 * keeps the others. Read directly, not through {@link java.util.ResourceBundle}, whose fallback to
 * the JVM's default locale would make the output depend on the build machine. Immutable and
 * thread-safe.
 */
public final class Messages {
  private final String language;
  private final Map<String, String> strings;

  private Messages(String language, Map<String, String> strings) {
    this.language = language;
    this.strings = Map.copyOf(strings);
  }

  /**
   * Loads the bundle of {@code language} ({@code en}, {@code fr} or {@code de}).
   *
   * @throws IOException when the theme has no bundle for the language or it cannot be read
   */
  public static Messages load(Theme theme, String language) throws IOException {
    String name = "messages_" + language + ".properties";
    Map<String, String> strings = new TreeMap<>();
    Optional<InputStream> builtIn = Theme.openBuiltIn(name);
    if (builtIn.isPresent()) {
      try (InputStream in = builtIn.get()) {
        read(in, strings);
      }
    }
    Optional<Path> override = theme.findOverride(name);
    if (override.isPresent()) {
      try (InputStream in = Files.newInputStream(override.get())) {
        read(in, strings);
      }
    }
    if (strings.isEmpty()) {
      throw new NoSuchFileException(
          name, null, "the theme has no messages for the language '" + language + "'");
    }
    return new Messages(language, strings);
  }

  private static void read(InputStream in, Map<String, String> into) throws IOException {
    Properties p = new Properties();
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    p.stringPropertyNames().forEach(k -> into.put(k, p.getProperty(k)));
  }

  /** The language code, e.g. {@code fr}. */
  public String language() {
    return language;
  }

  /** Every string by key, for templates ({@code ${msg.nav_home}}). */
  public Map<String, String> all() {
    return strings;
  }

  /**
   * The string {@code key} with {@code {0}}, {@code {1}}... replaced by {@code args}, literally (no
   * {@link java.text.MessageFormat} number formatting, which depends on a locale).
   *
   * @throws IllegalArgumentException when the theme has no such key
   */
  public String get(String key, Object... args) {
    String s = strings.get(key);
    if (s == null) {
      throw new IllegalArgumentException(
          "the theme's messages_" + language + ".properties has no key '" + key + "'");
    }
    // One pass, so a "{1}" inside an argument (a blip title, say) is never replaced itself.
    StringBuilder sb = new StringBuilder(s.length() + 32);
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int close = c == '{' ? s.indexOf('}', i) : -1;
      if (close == i + 2
          && Character.isDigit(s.charAt(i + 1))
          && s.charAt(i + 1) - '0' < args.length) {
        sb.append(args[s.charAt(i + 1) - '0']);
        i = close + 1;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }
}
