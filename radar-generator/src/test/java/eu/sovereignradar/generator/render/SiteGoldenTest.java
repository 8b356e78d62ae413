package eu.sovereignradar.generator.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import eu.sovereignradar.generator.GenerationResult;
import eu.sovereignradar.generator.render.output.OutputFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden-file test of a whole site: {@link SiteFixtures#SMALL_RADAR} is built and every output file
 * compared with {@code src/test/resources/golden/small-radar/}, exactly, after normalising line
 * endings. A missing or an extra file fails too.
 *
 * <p>After an intended change to templates, theme assets or the chart, rewrite the expected files
 * and review the diff like code:
 *
 * <pre>
 * mvn -B -o -pl radar-generator -am test -Dtest=SiteGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true
 * </pre>
 */
public class SiteGoldenTest {
  private static final Path GOLDEN_ROOT = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @TempDir Path tmp;

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> radars() {
    return java.util.stream.Stream.of(
        org.junit.jupiter.params.provider.Arguments.of("small-radar", SiteFixtures.SMALL_RADAR),
        org.junit.jupiter.params.provider.Arguments.of(
            "inventory-radar", SiteFixtures.INVENTORY_RADAR));
  }

  /** The golden site that holds the files every site shares: the theme's assets and the schemas. */
  private static final String SHARED = "small-radar";

  /**
   * Files the content does not change; only {@link #SHARED} keeps golden copies of them. The search
   * index lives in assets/ but is made from the content (an internal build indexes applications).
   */
  private static boolean shared(String file) {
    return (file.startsWith("assets/") && !file.equals("assets/search-index.js"))
        || file.startsWith("schema/");
  }

  private static TreeSet<String> own(String name, Path root) throws IOException {
    TreeSet<String> files = files(root);
    if (!name.equals(SHARED)) {
      files.removeIf(SiteGoldenTest::shared);
    }
    return files;
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.MethodSource("radars")
  void siteMatchesGoldenFiles(String name, String radar) throws IOException {
    Path golden = GOLDEN_ROOT.resolve(name);
    GenerationResult result =
        SiteFixtures.build(tmp.resolve("content"), radar, tmp.resolve("site"));
    assertThat(result.diagnostics()).isEmpty();
    Path site = tmp.resolve("site");
    if (UPDATE) {
      OutputFolder.deleteIfExists(golden);
      for (String f : own(name, site)) {
        Path target = golden.resolve(f);
        Files.createDirectories(target.getParent());
        Files.copy(site.resolve(f), target);
      }
    }
    assertThat(Files.isDirectory(golden))
        .as(
            "golden folder %s (run with -Dgolden.update=true to create it)",
            golden.toAbsolutePath())
        .isTrue();
    TreeSet<String> expected = own(name, golden);
    TreeSet<String> actual = own(name, site);
    if (!name.equals(SHARED)) {
      for (String f : files(site)) {
        if (shared(f)) {
          assertThat(read(site.resolve(f)))
              .as("%s of %s is the same as in the %s golden site", f, name, SHARED)
              .isEqualTo(read(GOLDEN_ROOT.resolve(SHARED).resolve(f)));
        }
      }
    }
    assertThat(actual)
        .as("files of the generated site compared with %s", golden)
        .containsExactlyElementsOf(expected);
    for (String f : expected) {
      String want = read(golden.resolve(f));
      String got = read(site.resolve(f));
      if (!want.equals(got)) {
        fail(
            "%s differs from the golden file (rerun with -Dgolden.update=true if the change is intended):%n%s"
                + "%n--- input radar ---%n%s",
            f, firstDifference(want, got), radar);
      }
    }
  }

  public static TreeSet<String> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      TreeSet<String> out = new TreeSet<>();
      s.filter(Files::isRegularFile)
          .forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
      return out;
    }
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  /** The first differing line with three lines of context on each side. */
  private static String firstDifference(String want, String got) {
    String[] a = want.split("\n", -1);
    String[] b = got.split("\n", -1);
    int i = 0;
    while (i < a.length && i < b.length && a[i].equals(b[i])) {
      i++;
    }
    List<String> out = new ArrayList<>();
    for (int k = Math.max(0, i - 3); k < i; k++) {
      out.add("  " + (k + 1) + "  " + a[k]);
    }
    for (int k = i; k < Math.min(a.length, i + 4); k++) {
      out.add("- " + (k + 1) + "  " + a[k]);
    }
    for (int k = i; k < Math.min(b.length, i + 4); k++) {
      out.add("+ " + (k + 1) + "  " + b[k]);
    }
    return String.join("\n", out);
  }
}
