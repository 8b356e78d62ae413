package eu.sovereignradar.generator.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The ISO 3166-1 alpha-2 country list shipped as data ({@code data/countries.tsv}, from the
 * i18n-iso-countries package), with names in English, French and German. Immutable and thread-safe;
 * {@link #standard()} loads it once.
 */
public final class Countries {
  private static final Countries STANDARD = load();

  private final Map<String, Country> byCode;

  private Countries(Map<String, Country> byCode) {
    this.byCode = Map.copyOf(byCode);
  }

  public static Countries standard() {
    return STANDARD;
  }

  public Optional<Country> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  private static Countries load() {
    Map<String, Country> map = new TreeMap<>();
    try (InputStream in =
        Countries.class.getResourceAsStream("/eu/sovereignradar/generator/data/countries.tsv")) {
      if (in == null) {
        throw new IllegalStateException("countries.tsv is missing from the generator jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        map.put(f[0], new Country(f[0], f[1], f[2], f[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Countries(map);
  }
}
