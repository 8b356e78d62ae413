package eu.sovereignradar.generator.render.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The swap of a new site into the output folder, interrupted at every one of its file operations:
 * by a simulated kill (the operation and everything after it never happen), by an I/O error, and by
 * a real kill of a child JVM. Whatever the step, the folder holds the complete previous site or the
 * complete new one once the next build has started, and the next build succeeds.
 */
class OutputFolderSwapTest {
  static final Map<String, String> OLD =
      Map.of(
          "index.html", "old index",
          "404.html", "old 404",
          "assets/site.css", "old css",
          "blips/a.html", "a",
          "gone.html", "gone");
  static final Map<String, String> NEW =
      Map.of(
          "index.html", "new index",
          "404.html", "new 404",
          "assets/site.css", "new css",
          "assets/new.js", "js",
          "blips/b.html", "b",
          "fresh.html", "fresh");
  static final Map<String, String> THIRD = Map.of("index.html", "third");

  @TempDir Path tmp;
  Path content;

  /** Stands for the process dying: nothing catches it, so no clean-up code runs. */
  static final class Killed extends Error {
    private static final long serialVersionUID = 1L;

    Killed(String step) {
      super(step, null, false, false);
    }
  }

  /** Counts the steps once armed, and stops the swap at step {@code at} (0: never). */
  static final class Interrupt implements OutputFolder.Steps {
    final int at;
    final boolean kill;
    boolean armed;
    int count;
    final List<String> seen = new ArrayList<>();

    Interrupt(int at, boolean kill) {
      this.at = at;
      this.kill = kill;
    }

    @Override
    public void before(String operation, Path path) throws IOException {
      if (!armed) {
        return;
      }
      count++;
      seen.add(operation + " " + path.getFileName());
      if (count == at) {
        if (kill) {
          throw new Killed(operation + " " + path);
        }
        throw new IOException("injected failure before " + operation);
      }
    }
  }

  @BeforeEach
  void contentFolder() throws IOException {
    content = Files.createDirectories(tmp.resolve("content"));
    Files.writeString(content.resolve("radar.yaml"), "title: x\n");
  }

  @Test
  void aBuildKilledAtAnyStepOfTheSwapLeavesAFolderTheNextBuildCompletes() throws IOException {
    int steps = countSteps();
    assertThat(steps).as("the swap's file operations").isGreaterThan(20);
    int midSwap = 0;
    for (int n = 1; n <= steps; n++) {
      Path out = oldSite("kill-" + n);
      Interrupt kill = new Interrupt(n, true);
      OutputFolder.Staging staging = stageNew(out, kill);
      kill.armed = true;
      assertThatThrownBy(staging::commit).as("step %d", n).isInstanceOf(Killed.class);
      String step = "killed before step " + n + " (" + kill.seen.get(n - 1) + ")";

      boolean journal = Files.exists(out.resolve(OutputFolder.JOURNAL));
      Map<String, String> visible = visible(out);
      if (journal) {
        midSwap++;
      } else {
        assertThat(visible).as(step).isIn(site(OLD), site(NEW));
      }
      Map<String, String> expected = journal || visible.equals(site(NEW)) ? site(NEW) : site(OLD);

      // The next build accepts the folder and, even if it fails itself (its content has errors,
      // or its rendering fails), leaves one whole site.
      OutputFolder failing = OutputFolder.check(out, content, null);
      if (n % 2 == 0) {
        failing.completeInterruptedSwap();
      } else {
        failing.stage().discard();
      }
      assertThat(files(out)).as(step).isEqualTo(expected);

      // And the build after it replaces the folder as usual.
      OutputFolder.Staging next = OutputFolder.check(out, content, null).stage();
      write(next.root(), THIRD);
      next.commit();
      assertThat(files(out)).as(step).isEqualTo(site(THIRD));
    }
    assertThat(midSwap).as("kills between the journal and the last rename").isGreaterThan(10);
  }

  @Test
  void aBuildKilledAgainWhileCompletingAnInterruptedSwapStillEndsWithTheNewSite()
      throws IOException {
    int steps = countSteps();
    for (int n = 1; n <= steps; n++) {
      for (int m = 1; ; m++) {
        Path out = oldSite("twice-" + n + "-" + m);
        Interrupt first = new Interrupt(n, true);
        OutputFolder.Staging staging = stageNew(out, first);
        first.armed = true;
        assertThatThrownBy(staging::commit).isInstanceOf(Killed.class);
        if (!Files.exists(out.resolve(OutputFolder.JOURNAL))) {
          break;
        }
        Interrupt second = new Interrupt(m, true);
        second.armed = true;
        OutputFolder recovering = OutputFolder.check(out, content, null).withSteps(second);
        try {
          recovering.stage().discard();
        } catch (Killed k) {
          OutputFolder.check(out, content, null).stage().discard();
          assertThat(files(out)).as("killed at %d, then at %d", n, m).isEqualTo(site(NEW));
          continue;
        }
        assertThat(files(out)).as("killed at %d", n).isEqualTo(site(NEW));
        break;
      }
    }
  }

  @Test
  void anIoErrorAtAnyStepOfTheSwapPutsThePreviousSiteBackOrKeepsTheNewOne() throws IOException {
    int steps = countSteps();
    int failed = 0;
    for (int n = 1; n <= steps; n++) {
      Path out = oldSite("fail-" + n);
      Interrupt error = new Interrupt(n, false);
      OutputFolder.Staging staging = stageNew(out, error);
      error.armed = true;
      String step = "failure before step " + n + " (" + error.seen + ")";
      try {
        staging.commit();
        assertThat(visible(out)).as(step).isEqualTo(site(NEW));
      } catch (IOException e) {
        failed++;
        // The previous site, complete, and no hidden staging folder left behind.
        assertThat(files(out)).as(step).isEqualTo(site(OLD));
        assertThat(e.getMessage()).as(step).contains(out.toString());
      }
      OutputFolder.Staging next = OutputFolder.check(out, content, null).stage();
      write(next.root(), THIRD);
      next.commit();
      assertThat(files(out)).as(step).isEqualTo(site(THIRD));
    }
    assertThat(failed).as("failures that undid the swap").isGreaterThan(10);
  }

  @Test
  void aChildProcessHaltedAtEveryStepOfTheSwapLeavesAFolderTheNextBuildCompletes()
      throws Exception {
    int steps = countSteps();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (int n = 1; n <= steps; n++) {
      Path out = oldSite("halt-" + n);
      Process child =
          new ProcessBuilder(
                  java,
                  "-Xshare:auto",
                  "-XX:TieredStopAtLevel=1",
                  "-cp",
                  System.getProperty("java.class.path"),
                  SwapHalter.class.getName(),
                  out.toString(),
                  content.toString(),
                  Integer.toString(n))
              .redirectErrorStream(true)
              .start();
      if (!child.waitFor(60, TimeUnit.SECONDS)) {
        child.destroyForcibly();
        fail("the child of step %d did not stop", n);
      }
      String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(child.exitValue()).as("step %d: %s", n, output).isEqualTo(SwapHalter.HALTED);
      boolean journal = Files.exists(out.resolve(OutputFolder.JOURNAL));
      Map<String, String> visible = visible(out);
      if (!journal) {
        assertThat(visible).as("halted at %d", n).isIn(site(OLD), site(NEW));
      }
      Map<String, String> expected = journal || visible.equals(site(NEW)) ? site(NEW) : site(OLD);
      OutputFolder.check(out, content, null).stage().discard();
      assertThat(files(out)).as("halted at %d", n).isEqualTo(expected);
    }
  }

  @Test
  void aDiscardThatRunsOutOfMemoryOnceStillRemovesTheStagingFolder() throws IOException {
    Path out = tmp.resolve("out");
    OutputFolder.check(out, content, null).stage().commit();
    boolean[] failed = {false};
    OutputFolder.Steps outOfMemoryOnce =
        (operation, path) -> {
          if (operation.equals("delete") && !failed[0]) {
            failed[0] = true;
            throw new OutOfMemoryError("a heap full of the failed build");
          }
        };
    OutputFolder.Staging staging = stageNew(out, outOfMemoryOnce);

    staging.discard();

    assertThat(failed[0]).isTrue();
    assertThat(out.resolve(OutputFolder.STAGING)).doesNotExist();
    // The lock was released: the next build stages and commits.
    OutputFolder.Staging next = OutputFolder.check(out, content, null).stage();
    write(next.root(), THIRD);
    next.commit();
    assertThat(files(out)).isEqualTo(site(THIRD));
  }

  @Test
  void aFolderWhoseJournalIsNotOursIsRefusedWithAClearMessage() throws IOException {
    Path out = oldSite("foreign");
    Files.writeString(out.resolve(OutputFolder.JOURNAL), "../../etc\n");
    assertThatThrownBy(() -> OutputFolder.check(out, content, null).stage())
        .isInstanceOf(OutputFolderException.class)
        .hasMessageContaining("not a journal written by this generator");
    assertThat(visible(out)).isEqualTo(site(OLD));
  }

  @Test
  void aFullDiskIsReportedWithTheOutputFolder() throws IOException {
    Path out = oldSite("full");
    OutputFolder.Staging staging = OutputFolder.check(out, content, null).stage();
    IOException full;
    try {
      Files.write(Path.of("/dev/full"), new byte[1 << 16]);
      staging.discard();
      return; // not a Linux machine
    } catch (IOException e) {
      full = e;
    }
    IOException named = staging.failure(full);
    staging.discard();
    assertThat(eu.sovereignradar.generator.diagnostic.IoDescriptions.describe(named))
        .isEqualTo(out + ": the site could not be written: No space left on device");
  }

  /** The number of file operations of one swap of NEW over OLD. */
  private int countSteps() throws IOException {
    Path out = oldSite("count");
    Interrupt counter = new Interrupt(0, true);
    OutputFolder.Staging staging = stageNew(out, counter);
    counter.armed = true;
    staging.commit();
    assertThat(files(out)).isEqualTo(site(NEW));
    return counter.count;
  }

  private Path oldSite(String name) throws IOException {
    Path out = Files.createDirectories(tmp.resolve(name));
    OutputFolder.Staging first = OutputFolder.check(out, content, null).stage();
    write(first.root(), OLD);
    first.commit();
    assertThat(files(out)).isEqualTo(site(OLD));
    return out;
  }

  private OutputFolder.Staging stageNew(Path out, OutputFolder.Steps steps) throws IOException {
    OutputFolder.Staging staging = OutputFolder.check(out, content, null).withSteps(steps).stage();
    write(staging.root(), NEW);
    return staging;
  }

  static void write(Path root, Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path file = root.resolve(f.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, f.getValue());
    }
  }

  private static Map<String, String> site(Map<String, String> pages) {
    Map<String, String> site = new TreeMap<>(pages);
    site.put(OutputFolder.MARKER, OutputFolder.MARKER_TEXT);
    return site;
  }

  /** Every file under {@code out} but the lock file, hidden ones included. */
  static Map<String, String> files(Path out) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        String rel = out.relativize(p).toString().replace('\\', '/');
        if (Files.isRegularFile(p) && !rel.equals(OutputFolder.LOCK)) {
          files.put(rel, Files.readString(p));
        }
      }
    }
    return files;
  }

  /** The files a reader sees: without the generator's staging, previous-site and journal files. */
  private static Map<String, String> visible(Path out) throws IOException {
    Map<String, String> visible = new TreeMap<>(files(out));
    visible
        .keySet()
        .removeIf(
            k ->
                k.startsWith(OutputFolder.STAGING + "/")
                    || k.startsWith(OutputFolder.PREVIOUS + "/")
                    || k.startsWith(OutputFolder.JOURNAL));
    return visible;
  }
}
