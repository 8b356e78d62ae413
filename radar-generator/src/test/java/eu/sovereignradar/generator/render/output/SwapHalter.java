package eu.sovereignradar.generator.render.output;

import java.nio.file.Path;

/**
 * A child process for {@link OutputFolderSwapTest}: swaps the test's new site over the folder's
 * previous one and halts the JVM (no shutdown hooks, no finally blocks, like a SIGKILL) before the
 * swap's file operation number {@code args[2]}.
 */
final class SwapHalter {
  static final int HALTED = 137;

  private SwapHalter() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    int at = Integer.parseInt(args[2]);
    int[] count = {0};
    boolean[] armed = {false};
    OutputFolder.Steps halt =
        (operation, path) -> {
          if (armed[0] && ++count[0] == at) {
            Runtime.getRuntime().halt(HALTED);
          }
        };
    OutputFolder.Staging staging =
        OutputFolder.check(out, Path.of(args[1]), null).withSteps(halt).stage();
    OutputFolderSwapTest.write(staging.root(), OutputFolderSwapTest.NEW);
    armed[0] = true;
    staging.commit();
    System.exit(0);
  }
}
