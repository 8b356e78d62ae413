package eu.sovereignradar.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild keeps the files of the pages that did not change (the same file, linked from the new
 * site), writes the pages that did, and yields the same site as a build into a new folder.
 */
class UnchangedPagesBuildTest {
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
        title: Rebuilt
        quadrants: [{id: q, title: Q}]
        rings: [{id: r, title: R}]
        === blips/a.md
        ---
        title: A
        ring: r
        quadrant: q
        ---
        Body of A.
        === blips/b.md
        ---
        title: B
        ring: r
        quadrant: q
        ---
        Body of B.
        """);
  }

  private GenerationResult build(Path output) throws IOException {
    return new RadarGenerator(GeneratorOptions.builder(content).outputDirectory(output).build())
        .generate();
  }

  private static Object inode(Path p) throws IOException {
    return Files.getAttribute(p, "unix:ino", LinkOption.NOFOLLOW_LINKS);
  }

  @Test
  void anUnchangedPageKeepsItsFileAndAChangedOneIsWrittenAnew() throws IOException {
    build(site);
    Object a = inode(site.resolve("blips/a.html"));
    Object b = inode(site.resolve("blips/b.html"));
    Files.writeString(
        content.resolve("blips/b.md"),
        Files.readString(content.resolve("blips/b.md")).replace("Body of B.", "New body of B."));

    GenerationResult again = build(site);

    assertThat(again.site()).isPresent();
    assertThat(inode(site.resolve("blips/a.html"))).isEqualTo(a);
    assertThat(inode(site.resolve("blips/b.html"))).isNotEqualTo(b);
    assertThat(Files.readString(site.resolve("blips/b.html"))).contains("New body of B.");
    assertThat(Files.getAttribute(site.resolve("blips/a.html"), "unix:nlink")).isEqualTo(1);
    build(dir.resolve("fresh"));
    assertThat(InlineFiles.read(site)).isEqualTo(InlineFiles.read(dir.resolve("fresh")));
  }

  @Test
  void aPageEditedInTheOutputFolderIsReplacedByTheBuiltOne() throws IOException {
    build(site);
    String built = Files.readString(site.resolve("blips/a.html"));
    Files.writeString(site.resolve("blips/a.html"), built.replace("Body of A.", "Body of X."));

    build(site);

    assertThat(Files.readString(site.resolve("blips/a.html"))).isEqualTo(built);
  }
}
