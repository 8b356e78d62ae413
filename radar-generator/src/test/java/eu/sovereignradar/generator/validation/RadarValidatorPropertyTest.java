package eu.sovereignradar.generator.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.HostileInputs;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.ValidationResult;
import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.diagnostic.DiagnosticFormatter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: whatever a pull request does to the files of a valid radar, validation ends in
 * diagnostics that name a file of the radar, never in an exception; a radar comes back exactly when
 * there is no error; and the outcome is the same when run again (files are checked in parallel). 40
 * seeds of 50 mutated radars each.
 */
// Seconds, not milliseconds: -DexcludedGroups=browser,slow leaves it out of a quick local run.
@Tag("slow")
class RadarValidatorPropertyTest {
  private static final int CASES_PER_SEED = 50;

  private static final Map<String, String> VALID = new LinkedHashMap<>();

  static {
    VALID.put(
        "radar.yaml",
        """
        title: Radar
        description: Test.
        language: de
        editUrl: https://git.example.org/edit/{path}
        edition: {id: "2026-11", date: 2026-11-28, previousDate: 2026-05-01}
        quadrants:
          - id: tools
            title: Tools
            capabilities:
              - {id: offline, title: Offline use}
          - id: platforms
            title: Platforms
        rings:
          - {id: adopt, title: Adopt, color: "#1b7f3b"}
          - {id: trial, title: Trial}
        scoring: {licence: 30, jurisdiction: 20}
        """);
    VALID.put("about.md", "---\ntitle: About\n---\nWho we are.\n");
    VALID.put(
        "blips/nextcloud.md",
        """
        ---
        title: Nextcloud
        ring: adopt
        quadrant: tools
        summary: Files.
        tags: [files, groupware]
        licence: AGPL-3.0-or-later OR (MIT AND proprietary)
        vendor: Nextcloud GmbH
        origin: DE
        hosting: [self-hosted, saas-eu]
        website: https://nextcloud.com
        links:
          - {title: Docs, url: "https://docs.nextcloud.com/"}
        replaces:
          - teams
        capabilities:
          offline: {value: partial, note: Desktop}
        history:
          - {date: 2024-01-01, ring: trial}
          - {date: 2025-01-01, ring: adopt, note: Production.}
        reviewed: 2026-11-01
        ---
        Body with [link](https://x.org).
        """);
    VALID.put(
        "blips/k8s.md",
        "---\ntitle: Kubernetes\nring: trial\nquadrant: platforms\norigin: community\n---\nBody.\n");
    VALID.put(
        "products/teams.md",
        "---\ntitle: Teams\nvendor: Microsoft\norigin: US\ncategory: tools\nwebsite: https://teams.example\n---\nRisk.\n");
  }

  static LongStream seeds() {
    return LongStream.range(0, 40);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void anyMutationGivesDiagnosticsNeverAnException(long seed, @TempDir Path dir)
      throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> paths = List.copyOf(VALID.keySet());
    Map<String, byte[]> onDisk = new HashMap<>();
    for (int i = 0; i < CASES_PER_SEED; i++) {
      Map<String, byte[]> files = new LinkedHashMap<>();
      VALID.forEach((p, text) -> files.put(p, text.getBytes(StandardCharsets.UTF_8)));
      int changes = 1 + random.nextInt(3);
      for (int c = 0; c < changes; c++) {
        String p = paths.get(random.nextInt(paths.size()));
        files.put(
            p,
            random.nextInt(5) == 0
                ? HostileInputs.randomBytes(random, 2000)
                : HostileInputs.mutate(random, files.get(p), 6));
      }
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        // Only changed files are written: the file system, not validation, is the slow part here.
        if (!Arrays.equals(onDisk.get(f.getKey()), f.getValue())) {
          Path target = dir.resolve(f.getKey());
          Files.createDirectories(target.getParent());
          Files.write(target, f.getValue());
          onDisk.put(f.getKey(), f.getValue());
        }
      }
      try {
        check(dir, i % 10 == 0);
      } catch (AssertionError | RuntimeException | StackOverflowError e) {
        StringBuilder inputs = new StringBuilder();
        files.forEach(
            (p, b) ->
                inputs.append("\n  ").append(p).append(": ").append(HostileInputs.describe(b)));
        fail("seed " + seed + ", case " + i + ", files:" + inputs, e);
      }
    }
  }

  private static void check(Path root, boolean twice) throws IOException {
    ValidationResult result = new RadarGenerator(GeneratorOptions.builder(root).build()).validate();
    assertThat(result.radar().isPresent())
        .as("radar exactly when no error")
        .isEqualTo(result.errorCount() == 0);
    DiagnosticFormatter formatter = new DiagnosticFormatter("content");
    for (Diagnostic d : result.diagnostics()) {
      assertThat(VALID)
          .as("diagnostic names a file of the radar: %s", d)
          .containsKey(d.position().path());
      assertThat(d.position().line()).isGreaterThanOrEqualTo(0);
      assertThat(d.position().column()).isGreaterThanOrEqualTo(0);
      assertThat(d.message()).isNotBlank();
      assertThat(formatter.text(d).lines())
          .as("one headline, at most one hint: %s", d)
          .hasSize(d.hint() == null ? 1 : 2);
    }
    if (twice) {
      ValidationResult again =
          new RadarGenerator(GeneratorOptions.builder(root).build()).validate();
      assertThat(again.diagnostics()).isEqualTo(result.diagnostics());
    }
  }
}
