package eu.sovereignradar.generator.render;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.GenerationResult;
import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.render.theme.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * FreeMarker is hardened against templates too: a theme override (a folder the site owner points
 * at, but perhaps copied from elsewhere) cannot instantiate classes, reach Java methods, or read
 * files outside the theme. And the default theme never turns content into template source or
 * switches escaping off.
 */
class TemplateHardeningTest {
  private static final String RADAR =
      """
      title: T
      quadrants:
        - id: tools
          title: Tools
      rings:
        - id: adopt
          title: Adopt
      """;

  /**
   * The default theme's sources, read from the module next door so that new templates are included.
   */
  private static final Path THEME_SOURCES =
      Path.of("..", "site-template", "src", "main", "resources", "eu", "sovereignradar", "theme");

  @TempDir Path dir;
  private Path content;
  private Path templates;
  private Path outside;

  @BeforeEach
  void writeRadar() throws IOException {
    content = Files.createDirectories(dir.resolve("content"));
    Files.writeString(content.resolve("radar.yaml"), RADAR);
    Files.createDirectories(content.resolve("blips"));
    Files.writeString(
        content.resolve("blips/x.md"), "---\ntitle: X\nring: adopt\nquadrant: tools\n---\nBody.\n");
    templates = Files.createDirectories(dir.resolve("theme"));
    outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("secret.ftlh"), "SECRET-TEMPLATE");
    Files.writeString(outside.resolve("secret.css"), "SECRET-CSS");
  }

  @AfterEach
  void removeLinks() throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isSymbolicLink).toList()) {
        Files.delete(p);
      }
    }
  }

  private GenerationResult generateWithAbout(String aboutTemplate) throws IOException {
    Files.writeString(templates.resolve("about.ftlh"), aboutTemplate, StandardCharsets.UTF_8);
    return generate();
  }

  private GenerationResult generate() throws IOException {
    return new RadarGenerator(
            GeneratorOptions.builder(content)
                .outputDirectory(dir.resolve("site"))
                .templateDirectory(templates)
                .build())
        .generate();
  }

  private static void assertRefusedIn(GenerationResult r, String template) {
    assertThat(r.written()).isFalse();
    assertThat(r.diagnostics())
        .filteredOn(Diagnostic::isError)
        .anyMatch(d -> d.code().equals("template.error") && d.position().path().endsWith(template));
  }

  @Test
  void aTemplateCannotInstantiateClasses() throws IOException {
    Path marker = dir.resolve("executed");
    GenerationResult r =
        generateWithAbout(
            "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch "
                + marker
                + "\")}");
    assertRefusedIn(r, "about.ftlh");
    assertThat(marker).doesNotExist();
  }

  @Test
  void aTemplateCannotConstructObjects() throws IOException {
    GenerationResult r =
        generateWithAbout(
            "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.io.File\", \"/etc/passwd\")}");
    assertRefusedIn(r, "about.ftlh");
  }

  @Test
  void aTemplateCannotReachTheJavaApi() throws IOException {
    GenerationResult r = generateWithAbout("${page?api.getClass().getProtectionDomain()}");
    assertRefusedIn(r, "about.ftlh");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../outside/secret.ftlh",
        "/../outside/secret.ftlh",
        "/etc/passwd",
        "file:///etc/passwd"
      })
  void aTemplateCannotIncludeFilesOutsideTheTheme(String path) throws IOException {
    GenerationResult r = generateWithAbout("<#include \"" + path + "\" parse=false>");
    assertRefusedIn(r, "about.ftlh");
  }

  @Test
  void anOverrideLinkedOutsideTheThemeFolderIsIgnored() throws IOException {
    Files.createSymbolicLink(templates.resolve("about.ftlh"), outside.resolve("secret.ftlh"));
    Files.createDirectories(templates.resolve("assets"));
    Files.createSymbolicLink(templates.resolve("assets/site.css"), outside.resolve("secret.css"));
    Files.createSymbolicLink(templates.resolve("assets/extra.css"), outside.resolve("secret.css"));
    GenerationResult r = generate();
    assertThat(r.written()).isTrue();
    assertThat(Files.readString(dir.resolve("site/about.html"))).doesNotContain("SECRET");
    assertThat(Files.readString(dir.resolve("site/assets/site.css"))).doesNotContain("SECRET");
    assertThat(dir.resolve("site/assets/extra.css")).doesNotExist();
  }

  @Test
  void theDefaultThemeNeverEvaluatesContentOrSwitchesEscapingOff() throws IOException {
    List<Path> templates;
    try (Stream<Path> list = Files.list(THEME_SOURCES)) {
      templates = list.filter(p -> p.toString().endsWith(".ftlh")).sorted().toList();
    }
    assertThat(templates)
        .extracting(p -> p.getFileName().toString())
        .contains("base.ftlh", "blip.ftlh", "index.ftlh");
    for (Path template : templates) {
      String name = template.getFileName().toString();
      String source;
      try (InputStream in = Theme.openBuiltIn(name).orElseThrow()) {
        source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertThat(source).as(name).isEqualTo(Files.readString(template, StandardCharsets.UTF_8));
      assertThat(source)
          .as(name)
          .doesNotContain(
              "?interpret",
              "?eval",
              "?no_esc",
              "noautoesc",
              "<#outputformat",
              "?new",
              "?api",
              "<#ftl");
    }
  }
}
