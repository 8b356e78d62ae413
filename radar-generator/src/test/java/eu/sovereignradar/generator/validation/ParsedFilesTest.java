package eu.sovereignradar.generator.validation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.content.ContentFiles;
import eu.sovereignradar.generator.content.ContentScanner;
import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.diagnostic.DiagnosticCollector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParsedFilesTest {
  @TempDir Path content;

  private ContentFiles scan(boolean withTranslation) throws IOException {
    Files.createDirectories(content.resolve("blips"));
    Files.writeString(content.resolve("radar.yaml"), "title: T\n");
    // A blip whose front matter parses with a warning-free tree but a body the depth check
    // refuses: its read has both a document and a diagnostic to replay.
    Files.writeString(
        content.resolve("blips/deep.md"),
        "---\ntitle: Deep\n---\n" + "[".repeat(600) + "x" + "]".repeat(600) + "\n");
    if (withTranslation) {
      Files.writeString(content.resolve("blips/deep.fr.md"), "---\ntitle: Profond\n---\n");
    }
    return ContentScanner.scan(content, new DiagnosticCollector());
  }

  @Test
  void aFileIsParsedOnceAndEveryReaderGetsItsDiagnostics() throws IOException {
    ContentFiles files = scan(true);
    ParsedFiles parsed = ParsedFiles.forFiles(files);
    ContentFiles.ContentFile blip = files.blips().get(0);

    DiagnosticCollector first = new DiagnosticCollector();
    DiagnosticCollector second = new DiagnosticCollector();
    Optional<Documents.Document> a = parsed.document(blip, false, first);
    Optional<Documents.Document> b = parsed.document(blip, false, second);

    assertThat(a).isPresent();
    assertThat(b.get()).isSameAs(a.get());
    assertThat(codes(first.sorted())).containsExactly("body.too-deep");
    assertThat(second.sorted()).isEqualTo(first.sorted());
  }

  @Test
  void optionalAndRequiredFrontMatterAreSeparateReadsAndReleaseForgets() throws IOException {
    ContentFiles files = scan(true);
    ParsedFiles parsed = ParsedFiles.forFiles(files);
    ContentFiles.ContentFile blip = files.blips().get(0);
    DiagnosticCollector out = new DiagnosticCollector();

    Documents.Document required = parsed.document(blip, false, out).orElseThrow();
    Documents.Document optional = parsed.document(blip, true, out).orElseThrow();
    assertThat(optional).isNotSameAs(required).isEqualTo(required);

    parsed.release();
    assertThat(parsed.document(blip, false, out).orElseThrow())
        .isNotSameAs(required)
        .isEqualTo(required);
  }

  @Test
  void aRadarWithoutTranslationsKeepsNothing() throws IOException {
    ContentFiles files = scan(false);
    ParsedFiles parsed = ParsedFiles.forFiles(files);
    ContentFiles.ContentFile blip = files.blips().get(0);
    DiagnosticCollector out = new DiagnosticCollector();

    Documents.Document a = parsed.document(blip, false, out).orElseThrow();
    Documents.Document b = parsed.document(blip, false, out).orElseThrow();

    assertThat(b).isNotSameAs(a).isEqualTo(a);
    assertThat(codes(out.sorted())).containsExactly("body.too-deep", "body.too-deep");
  }

  @Test
  void aYamlFileIsParsedOnce() throws IOException {
    ContentFiles files = scan(true);
    ParsedFiles parsed = ParsedFiles.forFiles(files);
    ContentFiles.ContentFile radarYaml = files.radarYaml().orElseThrow();
    DiagnosticCollector out = new DiagnosticCollector();

    assertThat(parsed.yamlFile(radarYaml, out).orElseThrow())
        .isSameAs(parsed.yamlFile(radarYaml, out).orElseThrow());
    assertThat(out.sorted()).isEmpty();
  }

  private static List<String> codes(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::code).toList();
  }
}
