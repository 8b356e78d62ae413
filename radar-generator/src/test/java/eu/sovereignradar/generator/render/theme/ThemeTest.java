package eu.sovereignradar.generator.render.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The default theme is complete: listed assets exist, bundles agree, every page template is there.
 */
class ThemeTest {
  @Test
  void assetListMatchesTheAssetsFolder() throws IOException, URISyntaxException {
    TreeSet<String> listed = new TreeSet<>(Theme.builtIn().assets());
    URI uri = Theme.class.getClassLoader().getResource(Theme.CLASSPATH_ROOT + "assets").toURI();
    if (uri.getScheme().equals("jar")) {
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        assertThat(listed).isEqualTo(walk(jar.getPath("/" + Theme.CLASSPATH_ROOT + "assets")));
      }
    } else {
      assertThat(listed).isEqualTo(walk(Path.of(uri)));
    }
  }

  @Test
  void everyPageTemplateAndLanguageExists() {
    for (String name :
        new String[] {
          "base.ftlh",
          "lib.ftlh",
          "index.ftlh",
          "blip.ftlh",
          "quadrant.ftlh",
          "tag.ftlh",
          "about.ftlh",
          "404.ftlh",
          "product.ftlh",
          "comparisons.ftlh",
          "messages_en.properties",
          "messages_fr.properties",
          "messages_de.properties"
        }) {
      assertThat(Theme.openBuiltIn(name)).as(name).isPresent();
    }
  }

  @Test
  void messageBundlesHaveTheSameKeys() throws IOException {
    TreeSet<String> en = keys("en");
    assertThat(en).isNotEmpty();
    assertThat(keys("fr")).isEqualTo(en);
    assertThat(keys("de")).isEqualTo(en);
  }

  @Test
  void messagesFillPlaceholdersOnceAndLiterally() throws IOException {
    Messages m = Messages.load(Theme.builtIn(), "en");
    assertThat(m.get("chart_blip_name", 7, "{1} {3}", "Adopt", "Tools"))
        .isEqualTo("7. {1} {3}: Adopt, Tools");
    assertThat(m.get("count_other", 1234567)).isEqualTo("1234567 technologies");
  }

  private static TreeSet<String> keys(String language) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Theme.openBuiltIn("messages_" + language + ".properties").orElseThrow()) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(p.stringPropertyNames());
  }

  private static TreeSet<String> walk(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      TreeSet<String> out = new TreeSet<>();
      s.filter(Files::isRegularFile)
          .forEach(p -> out.add(dir.relativize(p).toString().replace('\\', '/')));
      return out;
    }
  }
}
