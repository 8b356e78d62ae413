package eu.sovereignradar.generator;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.render.output.OutputBudget;
import eu.sovereignradar.generator.render.output.OutputFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cap on a site's size relative to its content: a build that would go over it stops with {@code
 * site.too-large} on radar.yaml, writes nothing and keeps the previous site.
 */
class OutputBudgetBuildTest {
  @TempDir Path dir;
  Path content;
  Path site;

  @BeforeEach
  void radar() throws IOException {
    content = dir.resolve("content");
    site = dir.resolve("site");
    InlineFiles.write(
        content,
        """
        === radar.yaml
        title: Budget
        quadrants: [{id: q, title: Q}]
        rings: [{id: r, title: R}]
        === blips/a.md
        ---
        title: A
        ring: r
        quadrant: q
        tags: [one, two]
        ---
        Body.
        """);
  }

  private RadarGenerator generator() {
    return new RadarGenerator(GeneratorOptions.builder(content).outputDirectory(site).build());
  }

  @Test
  void theBudgetIsABaseAndAMultipleOfTheContent() {
    assertThat(OutputBudget.forContent(0).limit()).isEqualTo(64L << 20);
    assertThat(OutputBudget.forContent(1 << 20).limit()).isEqualTo((64L + 100) << 20);
    assertThat(OutputBudget.forContent(Long.MAX_VALUE / 2).limit()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void aSiteOverItsBudgetIsNotWrittenAndThePreviousSiteStays() throws IOException {
    GenerationResult first = generator().generate();
    assertThat(first.site()).isPresent();
    String before = Files.readString(site.resolve("index.html"));

    GenerationResult over = generator().generate(bytes -> OutputBudget.ofBytes(20_000));

    assertThat(over.site()).isEmpty();
    assertThat(over.diagnostics()).extracting(Diagnostic::code).containsExactly("site.too-large");
    Diagnostic d = over.diagnostics().get(0);
    assertThat(d.position().path()).isEqualTo("radar.yaml");
    assertThat(d.message()).contains("64 MiB plus 100 times the 0 KiB of content");
    assertThat(Files.readString(site.resolve("index.html"))).isEqualTo(before);
    try (Stream<Path> entries = Files.list(site)) {
      assertThat(entries.map(p -> p.getFileName().toString()))
          .doesNotContain(OutputFolder.STAGING, OutputFolder.PREVIOUS, OutputFolder.JOURNAL);
    }
  }

  @Test
  void aPageWrittenAsItGrowsIsChargedSliceBySliceAndStopsTheBuildAtTheBudget() throws IOException {
    GenerationResult first = generator().generate();
    assertThat(first.site()).isPresent();
    String before = Files.readString(site.resolve("index.html"));
    // A blip page of about 5 MB, past the size at which a page is written as it grows.
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(
        templates.resolve("blip.ftlh"), "<#list 1..500000 as i>line ${i?c}\n</#list>");
    GeneratorOptions options =
        GeneratorOptions.builder(content)
            .outputDirectory(site)
            .templateDirectory(templates)
            .build();

    GenerationResult over =
        new RadarGenerator(options).generate(bytes -> OutputBudget.ofBytes(3_000_000));

    assertThat(over.site()).isEmpty();
    assertThat(over.diagnostics()).extracting(Diagnostic::code).containsExactly("site.too-large");
    assertThat(Files.readString(site.resolve("index.html"))).isEqualTo(before);
    try (Stream<Path> entries = Files.list(site)) {
      assertThat(entries.map(p -> p.getFileName().toString()))
          .doesNotContain(OutputFolder.STAGING, OutputFolder.PREVIOUS, OutputFolder.JOURNAL);
    }
    GenerationResult within =
        new RadarGenerator(options).generate(bytes -> OutputBudget.ofBytes(30_000_000));
    assertThat(within.site()).isPresent();
    assertThat(Files.size(site.resolve("blips/a.html"))).isGreaterThan(4_000_000);
  }

  @Test
  void theSampleRadarStaysFarBelowItsBudget() throws IOException {
    Path sample = Path.of("").toAbsolutePath().getParent().resolve("content");
    ValidationResult v = new RadarGenerator(GeneratorOptions.builder(sample).build()).validate();
    GenerationResult built =
        new RadarGenerator(GeneratorOptions.builder(sample).outputDirectory(site).build())
            .generate(bytes -> OutputBudget.ofBytes(bytes * 20));
    assertThat(built.site()).as("the sample writes less than 20 times its content").isPresent();
    assertThat(v.contentBytes()).isGreaterThan(100_000);
  }
}
