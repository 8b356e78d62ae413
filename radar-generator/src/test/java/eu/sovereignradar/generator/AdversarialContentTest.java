package eu.sovereignradar.generator;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.AdversarialCorpus.Case;
import eu.sovereignradar.generator.AdversarialCorpus.Outcome;
import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.diagnostic.DiagnosticFormatter;
import eu.sovereignradar.generator.report.MachineReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validates the adversarial corpus and holds every file to the outcome its row of {@code
 * adversarial/expected-outcomes.tsv} promises: rejected or warned with that code at that path and
 * line, accepted without error, or ignored without a word. Rendering the accepted cases inert is
 * the rendering tests' job.
 */
class AdversarialContentTest {
  @TempDir static Path temp;
  private static Path content;
  private static ValidationResult result;
  private static long millis;

  @BeforeAll
  static void validateCorpus() throws IOException {
    content = temp.resolve("content");
    AdversarialCorpus.materialise(content, temp.resolve("outside"));
    long start = System.nanoTime();
    result = new RadarGenerator(GeneratorOptions.builder(content).build()).validate();
    millis = (System.nanoTime() - start) / 1_000_000;
  }

  @AfterAll
  static void removeLinks() throws IOException {
    AdversarialCorpus.removeLinks(temp);
  }

  static Stream<Case> folderCases() {
    return AdversarialCorpus.cases().stream().filter(c -> !c.isRadarVariant());
  }

  static Stream<Case> radarVariants() {
    return AdversarialCorpus.cases().stream().filter(Case::isRadarVariant);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("folderCases")
  void eachFileMeetsItsExpectedOutcome(Case c) {
    assertOutcome(c, result.diagnostics());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("radarVariants")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void eachRadarVariantIsRejectedAtItsLine(Case c, @TempDir Path dir) throws IOException {
    Path folder =
        AdversarialCorpus.radarVariant(c, dir.resolve("variants"), dir.resolve("outside"));
    ValidationResult r = new RadarGenerator(GeneratorOptions.builder(folder).build()).validate();
    AdversarialCorpus.removeLinks(dir);
    assertOutcome(c, r.diagnostics());
    assertThat(r.radar()).isEmpty();
  }

  private static void assertOutcome(Case c, List<Diagnostic> diagnostics) {
    String path = c.diagnosticPath();
    List<Diagnostic> mine =
        diagnostics.stream().filter(d -> d.position().path().equals(path)).toList();
    String all = String.join("\n", mine.stream().map(new DiagnosticFormatter("")::text).toList());
    switch (c.outcome()) {
      case ACCEPTED ->
          assertThat(mine).as("no error for %s, got:%n%s", c, all).noneMatch(Diagnostic::isError);
      case IGNORED -> assertThat(mine).as("no diagnostic for %s, got:%n%s", c, all).isEmpty();
      case REJECTED, WARNED -> {
        assertThat(mine)
            .as("%s, got:%n%s", c, all)
            .anyMatch(
                d ->
                    d.code().equals(c.code())
                        && d.position().line() == c.line()
                        && d.isError() == (c.outcome() == Outcome.REJECTED));
        if (c.outcome() == Outcome.WARNED) {
          assertThat(mine)
              .as("a warned file has no error: %s%n%s", c, all)
              .noneMatch(Diagnostic::isError);
        }
      }
    }
  }

  @Test
  void theTableListsEveryFileOfTheCorpusAndNothingElse() throws IOException {
    Set<String> onDisk = new TreeSet<>();
    for (String folder : List.of("blips", "products")) {
      try (Stream<Path> list = Files.list(content.resolve(folder))) {
        list.forEach(p -> onDisk.add(folder + "/" + p.getFileName()));
      }
    }
    onDisk.add("radar.yaml");
    onDisk.add("about.md");
    try (Stream<Path> list =
        Files.list(AdversarialCorpus.committedFolder().resolve("radar-variants"))) {
      list.forEach(p -> onDisk.add("radar-variants/" + p.getFileName()));
    }
    Set<String> inTable = new TreeSet<>();
    AdversarialCorpus.cases()
        .forEach(
            c -> {
              if (!(c.isRadarVariant() && c.generated())) {
                assertThat(inTable.add(c.file())).as("listed once: %s", c.file()).isTrue();
              }
            });
    assertThat(inTable).containsExactlyElementsOf(onDisk);
  }

  @Test
  void everyDiagnosticNamesAFileOfTheTable() {
    Set<String> files = new HashSet<>();
    AdversarialCorpus.cases().forEach(c -> files.add(c.diagnosticPath()));
    assertThat(result.diagnostics()).allMatch(d -> files.contains(d.position().path()));
  }

  @Test
  void everyDiagnosticPrintsOnItsOwnLines() {
    DiagnosticFormatter formatter = new DiagnosticFormatter("content");
    for (Diagnostic d : result.diagnostics()) {
      assertThat(formatter.text(d).lines()).as("%s", d).hasSize(d.hint() == null ? 1 : 2);
    }
    assertThat(new MachineReports(formatter).githubReport(result.diagnostics()).lines())
        .hasSize(result.diagnostics().size());
  }

  @Test
  void theWholeCorpusIsCheckedQuickly() {
    assertThat(millis).as("validation time in ms").isLessThan(10_000);
  }

  @Test
  void nothingOutsideTheContentFolderReachesTheDiagnostics() {
    assertThat(result.diagnostics())
        .noneMatch(
            d -> d.message().contains("root:") || d.message().contains("must never be read"));
  }

  @Test
  void withoutTheRejectedCasesTheCorpusIsAValidRadar(@TempDir Path dir) throws IOException {
    Path accepted = dir.resolve("accepted");
    AdversarialCorpus.materialiseBuildable(accepted, dir.resolve("outside"));
    ValidationResult r = new RadarGenerator(GeneratorOptions.builder(accepted).build()).validate();
    AdversarialCorpus.removeLinks(dir);
    assertThat(r.diagnostics()).noneMatch(Diagnostic::isError);
    assertThat(r.radar()).isPresent();
  }
}
