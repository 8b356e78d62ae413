package eu.sovereignradar.generator.render;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.GenerationResult;
import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.InlineFiles;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.analysis.RadarAnalysis;
import eu.sovereignradar.generator.render.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Preview builds: only they load the live-reload script, and a generator kept for rebuilds (which
 * copies unchanged pages from its previous render) writes exactly what a fresh build writes.
 */
class PreviewRenderTest {
  @TempDir Path dir;

  private static GenerationResult preview(RadarGenerator generator) throws IOException {
    GenerationResult r = generator.generate();
    assertThat(r.written()).as("%s", r.diagnostics()).isTrue();
    return r;
  }

  private static RadarGenerator previewGenerator(Path content, Path out) {
    return new RadarGenerator(
        GeneratorOptions.builder(content).outputDirectory(out).preview(true).build());
  }

  @Test
  void onlyPreviewPagesLoadTheLiveReloadScript() throws IOException {
    Path content = InlineFiles.write(dir.resolve("content"), SiteFixtures.SMALL_RADAR);
    SiteFixtures.generate(content, dir.resolve("published"));
    preview(previewGenerator(content, dir.resolve("preview")));

    Map<String, String> published = InlineFiles.read(dir.resolve("published"));
    Map<String, String> preview = InlineFiles.read(dir.resolve("preview"));
    assertThat(published.keySet())
        .isEqualTo(preview.keySet())
        .doesNotContain("assets/live-reload.js");
    published.forEach((path, text) -> assertThat(text).as(path).doesNotContain("live-reload"));
    preview.forEach(
        (path, text) -> {
          if (path.endsWith(".html")) {
            assertThat(text)
                .as(path)
                .contains("<script src=\"/assets/live-reload.js\" defer></script>");
            assertThat(text.replace("<script src=\"/assets/live-reload.js\" defer></script>\n", ""))
                .as("%s is the published page plus the script", path)
                .isEqualTo(published.get(path));
          } else {
            assertThat(text).as(path).isEqualTo(published.get(path));
          }
        });
  }

  @Test
  void rebuildsWithAKeptGeneratorWriteWhatAFreshBuildWrites() throws IOException {
    Path content = InlineFiles.write(dir.resolve("content"), SiteFixtures.SMALL_RADAR);
    RadarGenerator kept = previewGenerator(content, dir.resolve("kept"));
    preview(kept);

    // A body, a move (ring and history), a broken build, a title shown on other pages, the
    // language.
    List<String[]> edits =
        List.of(
            new String[] {
              "blips/nextcloud.md",
              "Mature, with a *large* community.",
              "Rewritten: *still* mature."
            },
            new String[] {"blips/cryptpad.md", "ring: trial\nquadrant", "ring: adopt\nquadrant"},
            new String[] {
              "blips/cryptpad.md",
              "    ring: trial\n---",
              "    ring: trial\n  - date: 2026-11-20\n    ring: adopt\n---"
            },
            new String[] {"blips/matrix.md", "title: Matrix", "title: Matrix (Element)"},
            new String[] {"radar.yaml", "language: en", "language: fr"});
    for (int step = 0; step < edits.size(); step++) {
      String[] edit = edits.get(step);
      Path file = content.resolve(edit[0]);
      String before = Files.readString(file);
      assertThat(before).contains(edit[1]);
      Files.writeString(file, before.replace(edit[1], edit[2]));
      GenerationResult rebuilt = kept.generate();
      Path fresh = dir.resolve("fresh-" + step);
      GenerationResult expected = previewGenerator(content, fresh).generate();
      assertThat(rebuilt.diagnostics()).isEqualTo(expected.diagnostics());
      assertThat(rebuilt.written())
          .as("step %s builds", step)
          .isEqualTo(expected.written())
          .isEqualTo(step != 1);
      if (!expected.written()) {
        continue;
      }
      assertThat(InlineFiles.read(dir.resolve("kept")))
          .as("after editing %s", edit[0])
          .isEqualTo(InlineFiles.read(fresh));
    }
  }

  @Test
  void aKeptGeneratorReusesUnchangedPages() throws IOException {
    Path content = InlineFiles.write(dir.resolve("content"), SiteFixtures.SMALL_RADAR);
    Path out = dir.resolve("out");
    Theme theme = Theme.builtIn();
    SiteRenderer renderer = new SiteRenderer(theme, content, true);
    var radar =
        RadarAnalysis.of(
            new RadarGenerator(GeneratorOptions.builder(content).build())
                .validate()
                .radar()
                .orElseThrow());
    Files.createDirectories(out.resolve("1"));
    Files.createDirectories(out.resolve("2"));

    RenderResult first = renderer.render(radar, out.resolve("1"));
    RenderResult second = renderer.render(radar, out.resolve("2"));

    assertThat(second.files()).isEqualTo(first.files());
    assertThat(InlineFiles.read(out.resolve("2"))).isEqualTo(InlineFiles.read(out.resolve("1")));
    long pages =
        first.files().stream().filter(f -> f.endsWith(".html") && !f.equals("404.html")).count();
    assertThat(renderer.reusedPages())
        .as("every page of an unchanged radar is reused")
        .isGreaterThanOrEqualTo((int) pages);
  }
}
