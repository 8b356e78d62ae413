package eu.sovereignradar.generator.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import eu.sovereignradar.generator.HostileInputs;
import eu.sovereignradar.generator.diagnostic.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: for any bytes, decoding, splitting and YAML reading end in a result or in diagnostics
 * that point into the file, never in an exception, and quickly. 50 seeds of 100 inputs each: half
 * random bytes, half mutations of valid files. A failure names the seed, the case and the input.
 */
class LoaderPropertyTest {
  private static final int CASES_PER_SEED = 100;
  private static final String PATH = "blips/fuzz.md";
  private static final List<byte[]> VALID =
      List.of(
          """
      ---
      title: Nextcloud <b>Hub</b>
      ring: adopt
      quadrant: tools
      summary: "Files: sync & share"
      tags: [files, groupware]
      licence: (AGPL-3.0-or-later OR MIT) AND proprietary
      links:
        - title: Docs
          url: https://docs.nextcloud.com/
      replaces:
        - teams
        - product: drive
          coverage: partial
          notes: |
            Needs Collabora.
      capabilities:
        offline: {value: yes, note: "Desktop client"}
      history:
        - date: 2024-01-01
          ring: trial
      ---
      ## Assessment
      Body with [a link](https://x.org) and `${code}`.
      """
              .getBytes(StandardCharsets.UTF_8),
          """
      title: Radar
      edition: {id: "2026-11", date: 2026-11-28}
      quadrants:
        - id: tools
          title: Tools
          capabilities: [{id: offline, title: Offline}]
      rings:
        - {id: adopt, title: Adopt, color: "#1b7f3b"}
      scoring: {licence: 30}
      """
              .getBytes(StandardCharsets.UTF_8));

  private final YamlTreeReader yaml = new YamlTreeReader();

  static LongStream seeds() {
    return LongStream.range(0, 50);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void anyBytesGiveDiagnosticsNeverAnException(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < CASES_PER_SEED; i++) {
      byte[] input =
          i % 2 == 0
              ? HostileInputs.randomBytes(random, 3000)
              : HostileInputs.mutate(random, VALID.get(random.nextInt(VALID.size())), 8);
      boolean optional = random.nextBoolean();
      try {
        check(input, optional);
      } catch (AssertionError | RuntimeException | StackOverflowError e) {
        fail(
            "seed "
                + seed
                + ", case "
                + i
                + ", optional="
                + optional
                + ", input "
                + HostileInputs.describe(input),
            e);
      }
    }
  }

  private void check(byte[] input, boolean optional) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Optional<String> text = SourceDecoder.decode(PATH, input, diagnostics::add);
    assertThat(text.isPresent())
        .as("decoded text xor a diagnostic")
        .isNotEqualTo(hasError(diagnostics));
    if (text.isEmpty()) {
      assertPositions(diagnostics, lineCount(new String(input, StandardCharsets.ISO_8859_1)));
      return;
    }
    assertThat(text.get()).doesNotContain("\r").doesNotStartWith("\uFEFF");
    int lines = lineCount(text.get());
    Optional<FrontMatter> parts =
        FrontMatterSplitter.split(PATH, text.get(), optional, diagnostics::add);
    assertThat(parts.isPresent())
        .as("front matter xor a diagnostic")
        .isNotEqualTo(hasError(diagnostics));
    if (parts.isPresent()) {
      FrontMatter fm = parts.get();
      assertThat(fm.yamlLine()).isBetween(1, lines + 1);
      assertThat(fm.bodyLine()).isBetween(1, lines + 1);
      assertThat(text.get()).endsWith(fm.body());
      Optional<YamlNode> root = yaml.read(PATH, fm.yaml(), fm.yamlLine(), diagnostics::add);
      if (root.isPresent()) {
        assertThat(diagnostics)
            .as("a tree comes only with errors it survives")
            .allMatch(d -> !d.isError() || d.code().equals("yaml.duplicate-key"));
        assertNodePositions(root.get(), lines);
      }
    }
    assertPositions(diagnostics, lines);
  }

  private static boolean hasError(List<Diagnostic> diagnostics) {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  private static int lineCount(String s) {
    return (int) s.chars().filter(c -> c == '\n').count() + 1;
  }

  private static void assertPositions(List<Diagnostic> diagnostics, int lines) {
    for (Diagnostic d : diagnostics) {
      assertThat(d.position().path()).isEqualTo(PATH);
      assertThat(d.position().line()).as("line of %s", d).isBetween(0, lines);
      assertThat(d.position().column()).as("column of %s", d).isGreaterThanOrEqualTo(0);
      assertThat(d.code()).matches("[a-z0-9-]+(\\.[a-z0-9-]+)+");
      assertThat(d.message()).isNotBlank();
    }
  }

  private static void assertNodePositions(YamlNode node, int lines) {
    assertThat(node.line()).as("line of %s", node).isBetween(1, lines);
    assertThat(node.column()).isGreaterThanOrEqualTo(1);
    if (node instanceof YamlNode.Map m) {
      for (YamlNode.Entry e : m.entries()) {
        assertThat(e.line()).isBetween(1, lines);
        assertNodePositions(e.value(), lines);
      }
    } else if (node instanceof YamlNode.Sequence s) {
      s.items().forEach(item -> assertNodePositions(item, lines));
    }
  }
}
