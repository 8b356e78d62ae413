package eu.sovereignradar.generator.render;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.GenerationResult;
import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.InlineFiles;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A radar in several languages: the default one at the root, each other one under {@code /<lang>/}
 * with the same paths, translated where a translation exists and marked where none does.
 */
class LocalizedSiteTest {
  @TempDir Path dir;

  private static final String TRANSLATED =
      SiteFixtures.INVENTORY_RADAR.replace("language: en\n", "languages: [en, fr, de]\n")
          + """
          === radar.fr.yaml
          translatedFrom: 2026-12-01
          title: Petit radar
          description: Un radar de quatre blips, pour les tests.
          quadrants:
            - id: collaboration
              title: Collaboration et bureautique
          rings:
            - id: adopt
              title: Adopter
              description: À utiliser par défaut.
          === blips/nextcloud.fr.md
          ---
          translatedFrom: 2026-11-01
          summary: Partage de fichiers auto-hébergeable.
          links:
            - url: https://docs.nextcloud.com/
              title: Manuel d’administration
          replaces:
            - product: google-drive
              notes: La coédition demande un serveur bureautique.
          history:
            - date: 2026-06-10
              note: Deux ministères en production.
          ---
          ## Évaluation

          Mûr, avec une *grande* communauté.
          === about.fr.md
          ---
          translatedFrom: 2026-12-01
          title: À propos du petit radar
          ---
          Ce radar sert aux **tests**.
          """;

  private Document page(String path) throws IOException {
    return Jsoup.parse(dir.resolve("site").resolve(path).toFile(), "UTF-8");
  }

  private GenerationResult build(boolean publicBuild) throws IOException {
    Path content = dir.resolve("content");
    if (!Files.exists(content)) {
      InlineFiles.write(content, TRANSLATED);
    }
    return new RadarGenerator(
            GeneratorOptions.builder(content)
                .outputDirectory(dir.resolve("site"))
                .publicBuild(publicBuild)
                .build())
        .generate();
  }

  @Test
  void eachLanguageHasTheSamePagesUnderItsFolder() throws IOException {
    GenerationResult result = build(false);
    assertThat(result.written()).isTrue();
    assertThat(result.files())
        .contains("index.html", "fr/index.html", "de/index.html", "fr/blips/nextcloud.html")
        .contains("fr/assets/search-index.js", "de/assets/site.css", "fr/matrix.html")
        .contains("radar.json", "sitemap.xml")
        .doesNotContain("fr/radar.json", "fr/sitemap.xml", "fr/robots.txt");
    for (String path : List.of("index.html", "blips/nextcloud.html", "inventory/files.html")) {
      assertThat(Files.exists(dir.resolve("site/fr").resolve(path))).as(path).isTrue();
    }
    Document fr = page("fr/blips/nextcloud.html");
    assertThat(fr.select("html").attr("lang")).isEqualTo("fr");
    assertThat(fr.select(".lead").text()).isEqualTo("Partage de fichiers auto-hébergeable.");
    assertThat(fr.select(".prose h2").text()).isEqualTo("Évaluation");
    assertThat(fr.text()).contains("Manuel d’administration", "Deux ministères en production.");
    assertThat(fr.text()).contains("La coédition demande un serveur bureautique.");
    assertThat(fr.select(".translation-notice")).isEmpty();
    // "Edit this page" opens the file the page's texts come from.
    assertThat(fr.select("a[href$=.md]").attr("href"))
        .isEqualTo("https://git.example.org/radar/-/edit/main/content/blips/nextcloud.fr.md");
    assertThat(page("de/blips/nextcloud.html").select("a[href$=.md]").attr("href"))
        .isEqualTo("https://git.example.org/radar/-/edit/main/content/blips/nextcloud.md");
    assertThat(fr.select("h1[lang]")).isEmpty();
    // Texts of radar.fr.yaml; facts (the licence) from the source.
    assertThat(fr.select(".ring-badge").text()).isEqualTo("Adopter");
    assertThat(fr.text()).contains("Petit radar", "AGPL-3.0-or-later");
  }

  @Test
  void theSwitcherAndTheAlternatesLinkToTheSamePageInEveryLanguage() throws IOException {
    build(false);
    Document fr = page("fr/blips/nextcloud.html");
    assertThat(fr.select(".language-switcher a").eachAttr("href"))
        .containsExactly(
            "../../blips/nextcloud.html",
            "../../fr/blips/nextcloud.html",
            "../../de/blips/nextcloud.html");
    assertThat(fr.select(".language-switcher a[aria-current]").text()).isEqualTo("Français");
    assertThat(fr.select(".language-switcher a").eachText())
        .containsExactly("English", "Français", "Deutsch");
    assertThat(fr.select("link[rel=alternate][hreflang]").eachAttr("href"))
        .containsExactly(
            "https://radar.example.org/sub/blips/nextcloud.html",
            "https://radar.example.org/sub/fr/blips/nextcloud.html",
            "https://radar.example.org/sub/de/blips/nextcloud.html",
            "https://radar.example.org/sub/blips/nextcloud.html");
    assertThat(fr.select("link[rel=canonical]").attr("href"))
        .isEqualTo("https://radar.example.org/sub/fr/blips/nextcloud.html");
    Document home = page("index.html");
    assertThat(home.select(".language-switcher a").eachAttr("href"))
        .containsExactly("index.html", "fr/index.html", "de/index.html");
    Document deHome = page("de/index.html");
    assertThat(deHome.select(".language-switcher a").eachAttr("href"))
        .containsExactly("../index.html", "../fr/index.html", "../de/index.html");
    String sitemap = Files.readString(dir.resolve("site/sitemap.xml"));
    assertThat(sitemap)
        .contains("<loc>https://radar.example.org/sub/fr/</loc>")
        .contains("<loc>https://radar.example.org/sub/de/blips/nextcloud.html</loc>");
  }

  @Test
  void anUntranslatedPageShowsTheDefaultTextWithANoticeInThePageLanguage() throws IOException {
    build(false);
    Document de = page("de/blips/nextcloud.html");
    assertThat(de.select("html").attr("lang")).isEqualTo("de");
    assertThat(de.select(".translation-notice").text())
        .isEqualTo(
            "Diese Seite ist noch nicht ins Deutsche übersetzt: Sie sehen sie auf Englisch.");
    assertThat(de.select("h1").attr("lang")).isEqualTo("en");
    assertThat(de.select(".lead").attr("lang")).isEqualTo("en");
    assertThat(de.select(".prose[lang=en]").text()).contains("Mature, with a large community.");
    Document frCryptpad = page("fr/blips/cryptpad.html");
    assertThat(frCryptpad.select(".translation-notice").text())
        .isEqualTo(
            "Cette page n’est pas encore traduite en français : elle est affichée en anglais.");
    // French typography: a no-break space before the colon (jsoup's text() shows it as a space).
    assertThat(Files.readString(dir.resolve("site/fr/blips/cryptpad.html")))
        .contains("français\u00a0: elle");
    // Texts of radar.yaml without a German translation stay English: facts, not fallbacks.
    assertThat(de.select(".ring-badge").text()).isEqualTo("Adopt");
    Document frAbout = page("fr/about.html");
    assertThat(frAbout.select("h1").text()).isEqualTo("À propos du petit radar");
    assertThat(frAbout.select(".translation-notice")).isEmpty();
  }

  @Test
  void eachLanguageHasItsOwnSearchIndex() throws IOException {
    build(false);
    String fr =
        Files.readString(dir.resolve("site/fr/assets/search-index.js"), StandardCharsets.UTF_8);
    String en =
        Files.readString(dir.resolve("site/assets/search-index.js"), StandardCharsets.UTF_8);
    assertThat(fr).contains("Partage de fichiers auto-h");
    assertThat(en).doesNotContain("Partage de fichiers").contains("Self-hostable file sync");
  }

  @Test
  void aPublicBuildLeavesTheInventoryOutOfEveryLanguage() throws IOException {
    GenerationResult result = build(true);
    assertThat(result.written()).isTrue();
    assertThat(result.files())
        .noneMatch(
            f ->
                f.contains("inventory/")
                    || f.matches("([a-z]{2}/)?(matrix|report|roadmap)\\.html"));
    try (Stream<Path> files = Files.walk(dir.resolve("site"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(f, StandardCharsets.ISO_8859_1))
            .as(f.toString())
            .doesNotContain("Example Region");
      }
    }
  }

  @Test
  void missingTranslationsAreWarningsThatStrictLetsThrough() throws IOException {
    Path content = dir.resolve("content");
    InlineFiles.write(content, TRANSLATED);
    GenerationResult result =
        new RadarGenerator(
                GeneratorOptions.builder(content)
                    .outputDirectory(dir.resolve("site"))
                    .strict(true)
                    .build())
            .generate();
    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .contains("translation.missing")
        .allMatch(code -> code.equals("translation.missing"));
    assertThat(result.written()).isTrue();
  }
}
