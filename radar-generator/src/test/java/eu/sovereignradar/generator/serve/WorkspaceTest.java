package eu.sovereignradar.generator.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A preview killed without a chance to clean up leaves a workspace the next preview reclaims. */
class WorkspaceTest {
  @TempDir Path parent;

  @Test
  void theWorkspaceOfAKilledPreviewIsReclaimedAndALiveOneIsKept() throws Exception {
    // A preview in another process that dies by SIGKILL: its lock goes with it.
    Path dead = Files.createDirectory(parent.resolve(Workspace.PREFIX + "dead"));
    Files.writeString(dead.resolve("site-1.html"), "x");
    Process holder = lockInChild(dead.resolve(Workspace.OWNER));
    try (Workspace live = Workspace.create(parent)) {
      assertThat(dead).as("still locked by its process").exists();
      holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

      Path unowned = Files.createDirectory(parent.resolve(Workspace.PREFIX + "unowned"));
      Path other = Files.createDirectory(parent.resolve("someone-else"));

      try (Workspace next = Workspace.create(parent)) {
        assertThat(dead).doesNotExist();
        assertThat(live.folder()).as("a running preview's workspace").exists();
        assertThat(next.folder()).exists();
        assertThat(unowned).as("a preview being started, or of an older version").exists();
        assertThat(other).exists();
      }
    } finally {
      holder.destroyForcibly();
    }
  }

  @Test
  void closingDeletesTheWorkspace() throws IOException {
    Workspace w = Workspace.create(parent);
    Path folder = w.folder();
    assertThat(folder.resolve(Workspace.OWNER)).exists();
    w.close();
    assertThat(folder).doesNotExist();
  }

  /** A child JVM that locks {@code file}, says so, and waits to be killed. */
  private static Process lockInChild(Path file) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path source = file.getParent().resolve("Hold.java");
    Files.writeString(
        source,
        """
        public class Hold {
          public static void main(String[] a) throws Exception {
            var c = java.nio.channels.FileChannel.open(java.nio.file.Path.of(a[0]),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
            c.lock();
            System.out.println("locked");
            Thread.sleep(600_000);
          }
        }
        """);
    Process p = new ProcessBuilder(java, source.toString(), file.toString()).start();
    byte[] line = new byte[6];
    int read = p.getInputStream().readNBytes(line, 0, 6);
    assertThat(new String(line, 0, read, StandardCharsets.UTF_8)).isEqualTo("locked");
    return p;
  }
}
