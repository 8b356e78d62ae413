package eu.sovereignradar.generator.render.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default theme's templates are parsed once per JVM and shared by its builds; a theme folder's
 * are read anew for each build, so an edit between two builds (in the preview, the daemon) shows.
 */
class ThemeTemplatesTest {
  @TempDir Path dir;

  @Test
  void theDefaultThemeIsParsedOncePerJvm() throws IOException {
    ThemeTemplates first = ThemeTemplates.of(Theme.builtIn());
    assertThat(ThemeTemplates.of(Theme.builtIn())).isSameAs(first);
    assertThat(first.get("404.ftlh")).isSameAs(ThemeTemplates.of(Theme.builtIn()).get("404.ftlh"));
  }

  @Test
  void aThemeFolderIsReadAnewForEachBuildAndNeverReachesTheDefaultOne() throws Exception {
    Files.writeString(dir.resolve("404.ftlh"), "first ${x}");
    ThemeTemplates one = ThemeTemplates.of(Theme.withOverrides(dir));
    assertThat(print(one, "404.ftlh")).isEqualTo("first 1");

    Files.writeString(dir.resolve("404.ftlh"), "second ${x}");
    ThemeTemplates two = ThemeTemplates.of(Theme.withOverrides(dir));
    assertThat(two).isNotSameAs(one);
    assertThat(print(two, "404.ftlh")).isEqualTo("second 1");

    assertThat(ThemeTemplates.of(Theme.builtIn()).get("404.ftlh").toString())
        .doesNotContain("first", "second");
  }

  private static String print(ThemeTemplates templates, String name) throws Exception {
    StringWriter out = new StringWriter();
    templates.get(name).process(Map.of("x", 1), out);
    return out.toString();
  }
}
