package eu.sovereignradar.generator.render.files;

import eu.sovereignradar.generator.render.theme.PageWriter;
import eu.sovereignradar.generator.render.theme.Theme;
import eu.sovereignradar.generator.schema.Schemas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Copies the theme's assets (stylesheet, script, favicon, and any override extras) to {@code
 * assets/}.
 */
public final class AssetCopier {
  private AssetCopier() {}

  /**
   * Copies every asset of {@code theme} under {@code root}/assets and returns the written paths.
   */
  public static List<String> copy(Theme theme, Path root) throws IOException {
    List<String> written = new ArrayList<>();
    for (String name : theme.assets()) {
      String path = "assets/" + name;
      Path target = PageWriter.inside(root, path);
      Files.createDirectories(target.getParent());
      try (InputStream in = theme.open(path)) {
        Files.copy(in, target);
      }
      written.add(path);
    }
    return written;
  }

  /**
   * Publishes the JSON Schemas of the content format under {@code schema/}, so that editors' YAML
   * tools can point at a stable address of the radar they write for.
   */
  public static List<String> copySchemas(Path root) throws IOException {
    List<String> written = new ArrayList<>();
    for (Map.Entry<String, byte[]> schema : Schemas.all().entrySet()) {
      String path = "schema/" + schema.getKey();
      Path target = PageWriter.inside(root, path);
      Files.createDirectories(target.getParent());
      Files.write(target, schema.getValue());
      written.add(path);
    }
    return written;
  }
}
