package eu.sovereignradar.generator.content;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.diagnostic.DiagnosticCollector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentScannerTest {
  @TempDir Path tmp;

  private final DiagnosticCollector out = new DiagnosticCollector();

  @Test
  void listsBlipsSortedWithTheirRealPathsEvenThroughALinkedContentFolder() throws IOException {
    Path content = Files.createDirectories(tmp.resolve("real/content/blips")).getParent();
    Files.writeString(content.resolve("radar.yaml"), "title: T\n");
    Files.writeString(content.resolve("blips/b.md"), "b");
    Files.writeString(content.resolve("blips/a.md"), "a");
    Path link = Files.createSymbolicLink(tmp.resolve("link"), content);

    ContentFiles files = ContentScanner.scan(link, out);

    assertThat(files.blips())
        .extracting(ContentFiles.ContentFile::path)
        .containsExactly("blips/a.md", "blips/b.md");
    assertThat(files.blips())
        .extracting(ContentFiles.ContentFile::file)
        .containsExactly(
            content.toRealPath().resolve("blips/a.md"), content.toRealPath().resolve("blips/b.md"));
    assertThat(out.sorted()).isEmpty();
  }

  @Test
  void followsALinkThatStaysInsideTheContentFolder() throws IOException {
    Path content = content();
    Path shared =
        Files.writeString(Files.createDirectories(content.resolve("shared")).resolve("x.md"), "x");
    Files.createSymbolicLink(content.resolve("blips/x.md"), Path.of("../shared/x.md"));

    ContentFiles files = ContentScanner.scan(content, out);

    assertThat(files.blips())
        .extracting(ContentFiles.ContentFile::file)
        .containsExactly(shared.toRealPath());
    assertThat(out.sorted()).isEmpty();
  }

  @Test
  void refusesLinksLeavingTheContentFolderAndReportsDanglingOnes() throws IOException {
    Path content = content();
    Path secret = Files.writeString(tmp.resolve("secret.md"), "secret");
    Files.createSymbolicLink(content.resolve("blips/leak.md"), secret);
    Files.createSymbolicLink(content.resolve("blips/gone.md"), content.resolve("nowhere.md"));

    ContentFiles files = ContentScanner.scan(content, out);

    assertThat(files.blips()).isEmpty();
    assertThat(out.sorted())
        .extracting(Diagnostic::code)
        .containsExactly("file.unreadable", "file.symlink-outside");
    // The reason in words, never a Java class name such as (NoSuchFileException).
    assertThat(out.sorted().get(0).message())
        .isEqualTo("cannot read blips/gone.md: no such file or folder");
  }

  @Test
  void warnsAboutFoldersAndOtherFilesInBlips() throws IOException {
    Path content = content();
    Files.createDirectories(content.resolve("blips/nested.md"));
    Files.writeString(content.resolve("blips/notes.txt"), "n");
    Files.writeString(content.resolve("blips/.hidden.md"), "h");

    ContentFiles files = ContentScanner.scan(content, out);

    assertThat(files.blips()).isEmpty();
    assertThat(out.sorted())
        .extracting(Diagnostic::code)
        .containsExactly("file.unexpected", "file.unexpected");
  }

  @Test
  @org.junit.jupiter.api.Timeout(20)
  void refusesAFifoWithoutOpeningIt() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux"));
    Path content = content();
    Path fifo = content.resolve("blips/pipe.md");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");

    ContentFiles files = ContentScanner.scan(content, out);

    assertThat(files.blips()).isEmpty();
    assertThat(out.sorted()).extracting(Diagnostic::code).containsExactly("file.not-regular");
    assertThat(out.sorted().get(0).message()).contains("blips/pipe.md");
  }

  private Path content() throws IOException {
    Path content = Files.createDirectories(tmp.resolve("content/blips")).getParent();
    Files.writeString(content.resolve("radar.yaml"), "title: T\n");
    return content;
  }
}
