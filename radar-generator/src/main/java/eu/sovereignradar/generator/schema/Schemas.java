package eu.sovereignradar.generator.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Schemas (draft 2020-12) of {@code radar.yaml}, of blip front matter and of product front
 * matter. Editors' tools use them for completion and checks while typing (a YAML language server
 * maps {@code radar.yaml} to {@code radar.schema.json}); the site publishes them under {@code
 * schema/} so that they have a stable address. They describe the same keys and types as the
 * validator, which remains the authority: references between files (a ring id, a product id) and
 * rules across fields are only checked by {@code radar validate}. Stateless and thread-safe.
 */
public final class Schemas {
  /** The file names, in the order {@link #all()} returns them. */
  public static final List<String> NAMES =
      List.of(
          "radar.schema.json",
          "blip.schema.json",
          "product.schema.json",
          "inventory.schema.json",
          "roadmap.schema.json");

  private Schemas() {}

  /**
   * Every schema by file name, in {@link #NAMES} order: the map to copy into the site's {@code
   * schema/} folder. The arrays are fresh copies on each call and the map is unmodifiable.
   */
  public static Map<String, byte[]> all() {
    Map<String, byte[]> all = new LinkedHashMap<>();
    for (String name : NAMES) {
      all.put(name, read(name));
    }
    return Collections.unmodifiableMap(all);
  }

  /**
   * One schema's bytes (UTF-8 JSON).
   *
   * @throws IllegalArgumentException when {@code name} is not one of {@link #NAMES}
   */
  public static byte[] read(String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException(
          "no schema named '" + name + "'; the schemas are " + NAMES);
    }
    try (InputStream in = Schemas.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the generator jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled " + name, e);
    }
  }
}
