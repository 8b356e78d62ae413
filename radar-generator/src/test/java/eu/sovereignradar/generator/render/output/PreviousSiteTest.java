package eu.sovereignradar.generator.render.output;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new site's file is a link to the previous site's only when that is the same file, safely. */
class PreviousSiteTest {
  @TempDir Path dir;
  Path old;
  Path fresh;
  PreviousSite previous;

  @BeforeEach
  void sites() throws IOException {
    old = Files.createDirectories(dir.resolve("site")).toRealPath();
    Files.createDirectories(old.resolve("blips"));
    fresh = Files.createDirectories(old.resolve(OutputFolder.STAGING));
    Files.createDirectories(fresh.resolve("blips"));
    previous = PreviousSite.at(old);
  }

  private static Object inode(Path p) throws IOException {
    return Files.getAttribute(p, "unix:ino", LinkOption.NOFOLLOW_LINKS);
  }

  private static Object links(Path p) throws IOException {
    return Files.getAttribute(p, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
  }

  @Test
  void theSameBytesAreLinkedAndOtherBytesWritten() throws IOException {
    Files.writeString(old.resolve("blips/same.html"), "<p>same</p>");
    Files.writeString(old.resolve("blips/sameSize.html"), "<p>old!</p>");
    Files.writeString(old.resolve("blips/longer.html"), "<p>longer</p>");

    previous.write(
        fresh.resolve("blips/same.html"), "blips/same.html", "<p>same</p>".getBytes(UTF_8));
    previous.write(
        fresh.resolve("blips/sameSize.html"), "blips/sameSize.html", "<p>new!</p>".getBytes(UTF_8));
    previous.write(
        fresh.resolve("blips/longer.html"), "blips/longer.html", "<p>x</p>".getBytes(UTF_8));
    previous.write(fresh.resolve("blips/new.html"), "blips/new.html", "<p>new</p>".getBytes(UTF_8));

    assertThat(inode(fresh.resolve("blips/same.html")))
        .isEqualTo(inode(old.resolve("blips/same.html")));
    assertThat(inode(fresh.resolve("blips/sameSize.html")))
        .isNotEqualTo(inode(old.resolve("blips/sameSize.html")));
    assertThat(Files.readString(fresh.resolve("blips/sameSize.html"))).isEqualTo("<p>new!</p>");
    assertThat(Files.readString(old.resolve("blips/sameSize.html"))).isEqualTo("<p>old!</p>");
    assertThat(Files.readString(fresh.resolve("blips/longer.html"))).isEqualTo("<p>x</p>");
    assertThat(Files.readString(fresh.resolve("blips/new.html"))).isEqualTo("<p>new</p>");
    assertThat(previous.linked()).isEqualTo(1);
  }

  @Test
  void aFileWithAnotherNameIsNotShared() throws IOException {
    // The user's own copy made with cp -al: a link would tie the new site to it.
    Files.writeString(old.resolve("a.html"), "a");
    Files.createLink(dir.resolve("copy.html"), old.resolve("a.html"));

    previous.write(fresh.resolve("a.html"), "a.html", "a".getBytes(UTF_8));

    assertThat(inode(fresh.resolve("a.html"))).isNotEqualTo(inode(old.resolve("a.html")));
    assertThat(links(dir.resolve("copy.html"))).isEqualTo(2);
    assertThat(previous.linked()).isZero();
  }

  @Test
  void aFileBehindASymbolicLinkOrOneThatIsALinkIsNeverLinked() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("x.html"), "x");
    Files.createDirectories(old.resolve("tags"));
    Files.createSymbolicLink(old.resolve("linked"), outside);
    Files.createSymbolicLink(old.resolve("tags/x.html"), outside.resolve("x.html"));
    Files.createDirectories(fresh.resolve("linked"));
    Files.createDirectories(fresh.resolve("tags"));

    previous.write(fresh.resolve("linked/x.html"), "linked/x.html", "x".getBytes(UTF_8));
    previous.write(fresh.resolve("tags/x.html"), "tags/x.html", "x".getBytes(UTF_8));
    previous.write(fresh.resolve("y.html"), "../outside/x.html", "x".getBytes(UTF_8));

    assertThat(links(outside.resolve("x.html"))).isEqualTo(1);
    assertThat(Files.isSymbolicLink(fresh.resolve("tags/x.html"))).isFalse();
    assertThat(Files.readString(fresh.resolve("tags/x.html"))).isEqualTo("x");
    assertThat(previous.linked()).isZero();
  }

  @Test
  void aLanguageFolderLinksToTheSameFolderOfThePreviousSite() throws IOException {
    Files.createDirectories(old.resolve("fr"));
    Files.writeString(old.resolve("fr/index.html"), "fr");
    Files.writeString(old.resolve("index.html"), "fr");
    Files.createDirectories(fresh.resolve("fr"));

    previous
        .resolve("fr/")
        .write(fresh.resolve("fr/index.html"), "index.html", "fr".getBytes(UTF_8));

    assertThat(inode(fresh.resolve("fr/index.html")))
        .isEqualTo(inode(old.resolve("fr/index.html")));
  }

  @Test
  void withoutAPreviousSiteEveryFileIsWritten() throws IOException {
    Files.writeString(old.resolve("a.html"), "a");

    PreviousSite.NONE.write(fresh.resolve("a.html"), "a.html", "a".getBytes(UTF_8));

    assertThat(inode(fresh.resolve("a.html"))).isNotEqualTo(inode(old.resolve("a.html")));
    assertThat(PreviousSite.NONE.linked()).isZero();
  }

  @Test
  void aFileSystemThatRefusesLinksGetsEveryFileWritten() throws IOException {
    // A previous site on another file system than the new one: link(2) fails with EXDEV.
    Path shm = Path.of("/dev/shm");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isDirectory(shm) && !Files.getFileStore(shm).equals(Files.getFileStore(dir)));
    Path other = Files.createTempDirectory(shm, "previous-site-");
    try {
      Files.writeString(other.resolve("a.html"), "a");
      Files.writeString(other.resolve("b.html"), "b");
      PreviousSite elsewhere = PreviousSite.at(other.toRealPath());

      elsewhere.write(fresh.resolve("a.html"), "a.html", "a".getBytes(UTF_8));
      elsewhere.write(fresh.resolve("b.html"), "b.html", "b".getBytes(UTF_8));

      assertThat(Files.readString(fresh.resolve("a.html"))).isEqualTo("a");
      assertThat(Files.readString(fresh.resolve("b.html"))).isEqualTo("b");
      assertThat(elsewhere.linked()).isZero();
    } finally {
      OutputFolder.deleteIfExists(other);
    }
  }
}
