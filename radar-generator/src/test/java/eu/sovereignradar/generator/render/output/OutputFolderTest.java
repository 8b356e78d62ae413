package eu.sovereignradar.generator.render.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.sovereignradar.generator.render.SiteGoldenTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
  @TempDir Path tmp;
  Path content;

  @BeforeEach
  void contentFolder() throws IOException {
    content = Files.createDirectories(tmp.resolve("project/content"));
    Files.writeString(content.resolve("radar.yaml"), "title: x\n");
  }

  @Test
  void refusesAFilesystemRoot() {
    Path root = tmp.getRoot();
    assertThatThrownBy(() -> OutputFolder.check(root, content, null))
        .isInstanceOf(OutputFolderException.class)
        .hasMessageContaining("filesystem root");
  }

  @Test
  void refusesTheContentFolderAndItsParents() {
    assertThatThrownBy(() -> OutputFolder.check(content, content, null))
        .isInstanceOf(OutputFolderException.class)
        .hasMessageContaining("is the content folder");
    assertThatThrownBy(() -> OutputFolder.check(tmp.resolve("project"), content, null))
        .isInstanceOf(OutputFolderException.class)
        .hasMessageContaining("contains the content folder");
    assertThatThrownBy(() -> OutputFolder.check(content.resolve(".."), content, null))
        .isInstanceOf(OutputFolderException.class)
        .hasMessageContaining("contains the content folder");
  }

  @Test
  void refusesTheTemplateFolderAndItsParents() throws IOException {
    Path templates = Files.createDirectories(tmp.resolve("theme/templates"));
    assertThatThrownBy(() -> OutputFolder.check(tmp.resolve("theme"), content, templates))
        .isInstanceOf(OutputFolderException.class)
        .hasMessageContaining("template folder");
  }

  @Test
  void refusesALinkToTheContentFolder() throws IOException {
    Path link = Files.createSymbolicLink(tmp.resolve("link"), content);
    assertThatThrownBy(() -> OutputFolder.check(link, content, null))
        .isInstanceOf(OutputFolderException.class)
        .hasMessageContaining("is the content folder");
  }

  @Test
  void refusesAFile() throws IOException {
    Path file = Files.writeString(tmp.resolve("site"), "x");
    assertThatThrownBy(() -> OutputFolder.check(file, content, null))
        .isInstanceOf(OutputFolderException.class)
        .hasMessageContaining("is a file");
  }

  @Test
  void refusesANonEmptyFolderThatIsNotAPreviousSite() throws IOException {
    Path home = Files.createDirectories(tmp.resolve("home"));
    Files.writeString(home.resolve("thesis.odt"), "years of work");
    assertThatThrownBy(() -> OutputFolder.check(home, content, null))
        .isInstanceOf(OutputFolderException.class)
        .hasMessageContaining("not empty");
    assertThat(Files.readString(home.resolve("thesis.odt"))).isEqualTo("years of work");
  }

  @Test
  void acceptsANewAnEmptyOrAPreviousSiteFolder() throws IOException {
    assertThat(OutputFolder.check(tmp.resolve("new/nested/site"), content, null).path())
        .isEqualTo(tmp.toRealPath().resolve("new/nested/site"));
    assertThat(Files.exists(tmp.resolve("new"))).as("checking writes nothing").isFalse();
    OutputFolder.check(Files.createDirectories(tmp.resolve("empty")), content, null);
    Path previous = Files.createDirectories(tmp.resolve("previous"));
    Files.writeString(previous.resolve(OutputFolder.MARKER), OutputFolder.MARKER_TEXT);
    Files.writeString(previous.resolve("index.html"), "old");
    OutputFolder.check(previous, content, null);
  }

  @Test
  void commitReplacesThePreviousSiteAndLeavesNoStaging() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("site"));
    Files.writeString(out.resolve(OutputFolder.MARKER), OutputFolder.MARKER_TEXT);
    Files.writeString(out.resolve("old.html"), "old");
    Files.createDirectories(out.resolve("blips"));
    Files.writeString(out.resolve("blips/gone.html"), "gone");

    OutputFolder.Staging staging = OutputFolder.check(out, content, null).stage();
    Files.writeString(staging.root().resolve("index.html"), "new");
    Files.createDirectories(staging.root().resolve("blips"));
    Files.writeString(staging.root().resolve("blips/x.html"), "x");
    staging.commit();

    assertThat(SiteGoldenTest.files(out))
        .containsExactly(OutputFolder.MARKER, OutputFolder.LOCK, "blips/x.html", "index.html");
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("new");
  }

  @Test
  void discardKeepsThePreviousSite() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("site"));
    Files.writeString(out.resolve(OutputFolder.MARKER), OutputFolder.MARKER_TEXT);
    Files.writeString(out.resolve("index.html"), "old");
    OutputFolder.Staging staging = OutputFolder.check(out, content, null).stage();
    Files.writeString(staging.root().resolve("index.html"), "half-written");
    staging.discard();
    assertThat(SiteGoldenTest.files(out))
        .containsExactly(OutputFolder.MARKER, OutputFolder.LOCK, "index.html");
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("old");
  }

  @Test
  void aSecondBuildOfTheSameFolderWaitsAndThenFailsWithoutTouchingIt() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("site"));
    Files.writeString(out.resolve(OutputFolder.MARKER), OutputFolder.MARKER_TEXT);
    Files.writeString(out.resolve("index.html"), "old");
    OutputFolder.Staging first = OutputFolder.check(out, content, null).stage();
    Files.writeString(first.root().resolve("index.html"), "first");

    OutputFolder second = OutputFolder.check(out, content, null);
    assertThatThrownBy(() -> second.stage(java.time.Duration.ofMillis(300)))
        .isInstanceOf(OutputFolderException.class)
        .hasMessageContaining("another build is writing this output folder");
    // The first build's staging folder survived the attempt, and its swap still works.
    assertThat(first.root().resolve("index.html")).hasContent("first");
    first.commit();
    assertThat(out.resolve("index.html")).hasContent("first");

    // Once the first build is done, the next one takes the lock.
    OutputFolder.Staging third = second.stage(java.time.Duration.ofMillis(300));
    third.discard();
    assertThat(out.resolve("index.html")).hasContent("first");
  }

  @Test
  void aNewFolderOfADiscardedBuildDisappearsWithItsLock() throws IOException {
    Path out = tmp.resolve("fresh");
    OutputFolder.check(out, content, null).stage().discard();
    assertThat(out).doesNotExist();
  }

  @Test
  void aStaleStagingFolderFromAKilledBuildIsReplaced() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("site"));
    Files.createDirectories(out.resolve(OutputFolder.STAGING));
    Files.writeString(out.resolve(OutputFolder.STAGING).resolve("stale.html"), "stale");
    OutputFolder.Staging staging = OutputFolder.check(out, content, null).stage();
    assertThat(SiteGoldenTest.files(staging.root())).isEmpty();
  }

  @Test
  void deletingNeverFollowsSymbolicLinks() throws IOException {
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Files.writeString(outside.resolve("keep.txt"), "keep");
    Path out = Files.createDirectories(tmp.resolve("site"));
    Files.writeString(out.resolve(OutputFolder.MARKER), OutputFolder.MARKER_TEXT);
    Files.createSymbolicLink(out.resolve("link"), outside);
    OutputFolder.Staging staging = OutputFolder.check(out, content, null).stage();
    staging.commit();
    assertThat(Files.readString(outside.resolve("keep.txt"))).isEqualTo("keep");
    assertThat(Files.exists(out.resolve("link"), java.nio.file.LinkOption.NOFOLLOW_LINKS))
        .isFalse();
  }
}
