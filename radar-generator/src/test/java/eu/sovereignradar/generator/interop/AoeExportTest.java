package eu.sovereignradar.generator.interop;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.ExportResult;
import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.InlineFiles;
import eu.sovereignradar.generator.RadarGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AOE folder export: one release per ring change, the body in the newest release, earlier notes
 * as their releases' text, and one file per release even when two changes share a day.
 */
class AoeExportTest {
  @TempDir Path dir;

  @Test
  void oneReleaseFilePerChangeDay() throws IOException {
    Path content =
        InlineFiles.write(
            dir.resolve("content"),
            """
            === radar.yaml
            title: T
            edition: {id: "2026-12", date: 2026-12-03}
            quadrants: [{id: tools, title: Tools}]
            rings: [{id: adopt, title: Adopt}, {id: trial, title: Trial}, {id: hold, title: Hold}]
            === blips/forgejo.md
            ---
            title: Forgejo
            ring: adopt
            quadrant: tools
            tags: [git]
            history:
              - {date: 2025-01-10, ring: hold, note: Too young.}
              - {date: 2026-02-01, ring: trial, note: Pilot.}
              - {date: 2026-02-01, ring: adopt, note: Pilot went well the same day.}
            ---
            Now the default forge.
            === blips/gitea.md
            ---
            title: Gitea
            ring: hold
            quadrant: tools
            ---
            Forked.
            """);
    Path out = dir.resolve("aoe");
    ExportResult r =
        new RadarGenerator(GeneratorOptions.builder(content).build()).exportTo("aoe", out);
    assertThat(((ExportResult.Done) r).files())
        .containsExactlyInAnyOrder(
            out + "/config.json",
            out + "/radar/2025-01-10/forgejo.md",
            out + "/radar/2026-02-01/forgejo.md",
            out + "/radar/2026-12-03/gitea.md");
    assertThat(Files.readString(out.resolve("radar/2025-01-10/forgejo.md")))
        .isEqualTo(
            """
            ---
            title: "Forgejo"
            ring: hold
            quadrant: tools
            tags: [git]
            ---

            Too young.
            """);
    assertThat(Files.readString(out.resolve("radar/2026-02-01/forgejo.md")))
        .contains("ring: adopt\n")
        .endsWith("---\n\nNow the default forge.\n");
    assertThat(Files.readString(out.resolve("config.json")))
        .contains("\"id\" : \"trial\"")
        .contains("\"title\" : \"T\"");
  }
}
