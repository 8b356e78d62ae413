package eu.sovereignradar.generator.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.sovereignradar.generator.GenerationResult;
import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.InlineFiles;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.render.files.SearchIndexWriter;
import eu.sovereignradar.generator.render.output.OutputFolderException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RadarGenerator#generate()} end to end: what is written, what is refused, what stays. */
class GenerateSiteTest {
  @TempDir Path tmp;

  private Path content() throws IOException {
    return InlineFiles.write(tmp.resolve("content"), SiteFixtures.SMALL_RADAR);
  }

  private GenerationResult generate(Path content, Path out, Path templates, boolean strict)
      throws IOException {
    return new RadarGenerator(
            GeneratorOptions.builder(content)
                .outputDirectory(out)
                .templateDirectory(templates)
                .strict(strict)
                .build())
        .generate();
  }

  @Test
  void invalidContentWritesNothing() throws IOException {
    Path content = content();
    Files.writeString(
        content.resolve("blips/broken.md"),
        "---\ntitle: Broken\nring: trail\nquadrant: collaboration\n---\n");
    GenerationResult result = SiteFixtures.generate(content, tmp.resolve("site"));
    assertThat(result.written()).isFalse();
    assertThat(result.errorCount()).isPositive();
    assertThat(result.diagnostics()).extracting(Diagnostic::code).contains("blip.unknown-ring");
    assertThat(tmp.resolve("site")).doesNotExist();
  }

  @Test
  void invalidContentLeavesThePreviousSiteUntouched() throws IOException {
    Path content = content();
    Path site = tmp.resolve("site");
    assertThat(SiteFixtures.generate(content, site).written()).isTrue();
    Map<String, byte[]> before = snapshot(site);
    Files.writeString(content.resolve("blips/broken.md"), "---\ntitle: Broken\n---\n");
    assertThat(SiteFixtures.generate(content, site).written()).isFalse();
    assertThat(snapshot(site)).isEqualTo(before);
  }

  /**
   * Builds the site, then builds it again with {@code template} overridden by {@code text}, which
   * fails: nothing is written, the previous site stays, and the one diagnostic is returned.
   */
  private Diagnostic templateErrorLeavesThePreviousSite(String template, String text)
      throws IOException {
    Path content = content();
    Path site = tmp.resolve("site");
    SiteFixtures.generate(content, site);
    Map<String, byte[]> before = snapshot(site);
    Path templates = Files.createDirectories(tmp.resolve("templates"));
    Files.writeString(templates.resolve(template), text);

    GenerationResult result = generate(content, site, templates, false);

    assertThat(result.written()).isFalse();
    assertThat(result.diagnostics()).hasSize(1);
    assertThat(snapshot(site)).isEqualTo(before);
    Diagnostic d = result.diagnostics().get(0);
    assertThat(d.code()).isEqualTo("template.error");
    return d;
  }

  @Test
  void aTemplateErrorIsADiagnosticWithTemplateAndLineAndLeavesThePreviousSite() throws IOException {
    Diagnostic d =
        templateErrorLeavesThePreviousSite(
            "tag.ftlh", "<#-- broken -->\n<p>\n${view.noSuchThing}\n</p>\n");
    assertThat(d.position().path()).isEqualTo("../templates/tag.ftlh");
    assertThat(d.position().line()).isEqualTo(3);
    assertThat(d.message()).contains("noSuchThing");
  }

  @Test
  void aPageTooLargeToHoldIsWrittenAsItGrowsWithTheSameBytes() throws IOException {
    // About 7 MB, past PageBuffer.SPILL_CHARS, with characters of one to four bytes in UTF-8.
    Path templates = Files.createDirectories(tmp.resolve("templates"));
    Files.writeString(
        templates.resolve("about.ftlh"),
        "<#list 1..250000 as i>line ${i?c} \u203a \u00e9 \ud83d\ude00\n</#list>end\n");
    Path site = tmp.resolve("site");
    GenerationResult result = generate(content(), site, templates, false);
    assertThat(result.diagnostics()).isEmpty();
    StringBuilder expected = new StringBuilder();
    for (int i = 1; i <= 250_000; i++) {
      expected.append("line ").append(i).append(" \u203a \u00e9 \ud83d\ude00\n");
    }
    expected.append("end\n");
    assertThat(Files.readAllBytes(site.resolve("about.html")))
        .isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aTemplateThatFailsAfterALargePageBeganLeavesThePreviousSite() throws IOException {
    Diagnostic d =
        templateErrorLeavesThePreviousSite(
            "about.ftlh", "<#list 1..250000 as i>line ${i?c}\n</#list>\n${view.noSuchThing}\n");
    assertThat(d.position().line()).isEqualTo(3);
  }

  @Test
  void aTemplateSyntaxErrorIsReportedWithItsLine() throws IOException {
    Path templates = Files.createDirectories(tmp.resolve("templates"));
    Files.writeString(templates.resolve("about.ftlh"), "<p>\n<#if>\n");
    GenerationResult result = generate(content(), tmp.resolve("site"), templates, false);
    assertThat(result.written()).isFalse();
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.position().path()).isEqualTo("../templates/about.ftlh");
              assertThat(d.position().line()).isEqualTo(2);
            });
    assertThat(tmp.resolve("site")).doesNotExist();
  }

  @Test
  void templatesCannotReachJavaClasses() throws IOException {
    Path templates = Files.createDirectories(tmp.resolve("templates"));
    Files.writeString(
        templates.resolve("about.ftlh"),
        "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n");
    Files.writeString(templates.resolve("404.ftlh"), "${page?api.getClass()}\n");
    GenerationResult result = generate(content(), tmp.resolve("site"), templates, false);
    assertThat(result.written()).isFalse();
    assertThat(result.diagnostics())
        .extracting(d -> d.position().path())
        .containsExactly("../templates/404.ftlh", "../templates/about.ftlh");
    assertThat(result.diagnostics().get(0).message()).contains("api_builtin_enabled");
    assertThat(result.diagnostics().get(1).message()).contains("not allowed");
  }

  @Test
  void strictBuildsNothingWhenThereAreWarnings() throws IOException {
    Path content = content();
    Files.writeString(
        content.resolve("products/unused.md"),
        "---\ntitle: Unused\nvendor: Someone\norigin: US\ncategory: collaboration\n---\nx\n");
    GenerationResult strict = generate(content, tmp.resolve("strict"), null, true);
    assertThat(strict.written()).isFalse();
    assertThat(strict.warningCount()).isPositive();
    assertThat(tmp.resolve("strict")).doesNotExist();
    assertThat(generate(content, tmp.resolve("lenient"), null, false).written()).isTrue();
  }

  @Test
  void anOverrideFolderReplacesTemplatesAssetsAndSingleMessages() throws IOException {
    Path templates = tmp.resolve("templates");
    Files.createDirectories(templates.resolve("assets/img"));
    Files.writeString(templates.resolve("assets/site.css"), "body { color: teal; }\n");
    Files.writeString(
        templates.resolve("assets/img/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    Files.writeString(templates.resolve("messages_en.properties"), "nav_about=About us\n");
    Files.writeString(templates.resolve("404.ftlh"), "<p>${msg.not_found_title}</p>\n");
    Path site = tmp.resolve("site");

    GenerationResult result = generate(content(), site, templates, false);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(Files.readString(site.resolve("assets/site.css")))
        .isEqualTo("body { color: teal; }\n");
    assertThat(site.resolve("assets/img/logo.svg")).exists();
    assertThat(site.resolve("assets/site.js")).exists();
    assertThat(Files.readString(site.resolve("404.html"))).isEqualTo("<p>Page not found</p>\n");
    Document index = Jsoup.parse(Files.readString(site.resolve("index.html")));
    assertThat(index.select(".site-nav a").eachText())
        .containsExactly("Radar", "Comparisons", "Changes", "About us");
    assertThat(result.files()).contains("assets/img/logo.svg");
  }

  @Test
  void aCustomStylesheetInTheThemeFolderIsLoadedAfterTheDefaultOne() throws IOException {
    Path templates = tmp.resolve("custom-theme");
    Files.createDirectories(templates.resolve("assets"));
    Files.writeString(templates.resolve("assets/custom.css"), ":root { --link: #7a1f5c; }\n");
    Path site = tmp.resolve("custom-site");
    GenerationResult result = generate(content(), site, templates, false);
    assertThat(result.diagnostics()).isEmpty();
    Document index = Jsoup.parse(Files.readString(site.resolve("index.html")));
    assertThat(index.select("link[rel=stylesheet]").eachAttr("href"))
        .containsExactly("assets/site.css", "assets/custom.css");
    Document blip =
        Jsoup.parse(
            Files.readString(
                site.resolve(
                    result.files().stream()
                        .filter(f -> f.startsWith("blips/"))
                        .findFirst()
                        .orElseThrow())));
    assertThat(blip.select("link[rel=stylesheet]").eachAttr("href"))
        .containsExactly("../assets/site.css", "../assets/custom.css");
    assertThat(Files.readString(site.resolve("assets/site.css"))).contains("--link:");

    Path plain = tmp.resolve("plain-site");
    generate(content(), plain, null, false);
    assertThat(
            Jsoup.parse(Files.readString(plain.resolve("index.html")))
                .select("link[rel=stylesheet]"))
        .hasSize(1);
  }

  @Test
  void theRadarLanguageChoosesTheMessagesAndHtmlLang() throws IOException {
    Path content = content();
    Files.writeString(
        content.resolve("radar.yaml"),
        Files.readString(content.resolve("radar.yaml")).replace("language: en", "language: fr"));
    Path site = tmp.resolve("site");
    SiteFixtures.generate(content, site);
    Document blip = Jsoup.parse(Files.readString(site.resolve("blips/nextcloud.html")));
    assertThat(blip.select("html").attr("lang")).isEqualTo("fr");
    assertThat(blip.select(".facts").text()).contains("Éditeur", "Allemagne", "1 novembre 2026");
    assertThat(blip.select("meta[property=og:locale]").attr("content")).isEqualTo("fr_FR");
  }

  @Test
  void anAboutPageWithoutTitleGetsTheHeadingOfTheRadarLanguage() throws IOException {
    Path content = content();
    Files.writeString(
        content.resolve("radar.yaml"),
        Files.readString(content.resolve("radar.yaml")).replace("language: en", "language: fr"));
    Files.writeString(content.resolve("about.md"), "Ce radar aide à choisir.\n");
    Path site = tmp.resolve("site");
    assertThat(SiteFixtures.generate(content, site).diagnostics()).isEmpty();
    Document about = Jsoup.parse(Files.readString(site.resolve("about.html")));
    assertThat(about.select("h1").text()).isEqualTo("À propos de ce radar");
  }

  @Test
  void theSearchIndexIsEscapedForAScriptContext() throws IOException {
    Path content = content();
    String title = "</script><script>alert(1)</script> & \u2028\u2029 Übersicht";
    Files.writeString(
        content.resolve("blips/evil.md"),
        "---\ntitle: \""
            + title.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
            + "\"\nring: hold\nquadrant: communication\n---\n<!-- x --> </script>\n");
    Path site = tmp.resolve("site");
    assertThat(SiteFixtures.generate(content, site).diagnostics()).isEmpty();

    String script =
        Files.readString(site.resolve("assets/search-index.js"), StandardCharsets.UTF_8);
    String prefix = "window." + SearchIndexWriter.GLOBAL + " = ";
    assertThat(script).startsWith(prefix).endsWith(";\n");
    assertThat(script.substring(prefix.length()))
        .doesNotContain("<", ">", "&", "\u2028", "\u2029", "Ü");
    assertThat(script.chars().allMatch(c -> c < 128)).isTrue();
    JsonNode index =
        new ObjectMapper().readTree(script.substring(prefix.length(), script.length() - 2));
    assertThat(index.findValuesAsText("t")).contains(title);
  }

  @Test
  void refusesAnUnsafeOutputFolderBeforeWritingAnything() throws IOException {
    Path content = content();
    Map<String, byte[]> before = snapshot(content);
    assertThatThrownBy(() -> SiteFixtures.generate(content, content))
        .isInstanceOf(OutputFolderException.class);
    assertThatThrownBy(() -> SiteFixtures.generate(content, tmp))
        .isInstanceOf(OutputFolderException.class);
    assertThat(snapshot(content)).isEqualTo(before);
  }

  @Test
  void writesNothingOutsideTheOutputFolder() throws IOException {
    Path content = content();
    Path parent = Files.createDirectories(tmp.resolve("out"));
    Map<String, byte[]> contentBefore = snapshot(content);
    SiteFixtures.generate(content, parent.resolve("site"));
    SiteFixtures.generate(content, parent.resolve("site"));
    try (var entries = Files.list(parent)) {
      assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("site");
    }
    assertThat(snapshot(content)).isEqualTo(contentBefore);
    assertThat(SiteGoldenTest.files(parent.resolve("site")))
        .noneMatch(f -> f.startsWith(".sovereign-radar-"));
  }

  @Test
  void identicalInputGivesIdenticalBytesInAnyLocaleAndTimeZone() throws IOException {
    Path content = content();
    SiteFixtures.generate(content, tmp.resolve("first"));
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.FRANCE);
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      SiteFixtures.generate(content, tmp.resolve("second"));
      Locale.setDefault(new Locale("ar", "EG"));
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      SiteFixtures.generate(content, tmp.resolve("third"));
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
    Map<String, byte[]> first = snapshot(tmp.resolve("first"));
    assertThat(first).isNotEmpty();
    assertThat(snapshot(tmp.resolve("second"))).isEqualTo(first);
    assertThat(snapshot(tmp.resolve("third"))).isEqualTo(first);
  }

  /** Every file under {@code root} with its bytes, sorted by path. */
  static Map<String, byte[]> snapshot(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    for (String f : SiteGoldenTest.files(root)) {
      out.put(f, Files.readAllBytes(root.resolve(f)));
    }
    return new BytesMap(out);
  }

  /** A map whose equality compares byte arrays by content, with a readable difference. */
  private static final class BytesMap extends TreeMap<String, byte[]> {
    private static final long serialVersionUID = 1L;

    BytesMap(Map<String, byte[]> m) {
      super(m);
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Map<?, ?> other) || !other.keySet().equals(keySet())) {
        return false;
      }
      return entrySet().stream()
          .allMatch(e -> java.util.Arrays.equals(e.getValue(), (byte[]) other.get(e.getKey())));
    }

    @Override
    public int hashCode() {
      return keySet().hashCode();
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      forEach(
          (k, v) ->
              sb.append(k)
                  .append(" (")
                  .append(v.length)
                  .append(" bytes, hash ")
                  .append(java.util.Arrays.hashCode(v))
                  .append(")\n"));
      return sb.toString();
    }
  }
}
