package eu.sovereignradar.generator.serve;

import eu.sovereignradar.generator.GeneratorOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Times the preview's rebuild after editing one blip, as an editor does: copies a content folder,
 * starts a preview session on it, then appends a sentence to one blip again and again, and prints
 * the rebuild time (validation to new site served) and the time from saving to the new site being
 * served (which adds the watcher's wait for the editor to finish writing). Not a test: run it with
 * {@code bench/preview-rebuild.sh}; figures in docs/editor-guide.md.
 *
 * <p>Arguments: content folder, blip path inside it (default {@code blips/nextcloud.md}), number of
 * timed edits (default 30, after 5 untimed ones that warm up the JVM and both build folders).
 */
public final class PreviewRebuildTimer {
  private PreviewRebuildTimer() {}

  public static void main(String[] args) throws Exception {
    Path source = Path.of(args[0]);
    String blip = args.length > 1 ? args[1] : "blips/nextcloud.md";
    int edits = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    Path content = Files.createTempDirectory("radar-rebuild-timer-");
    try {
      copy(source, content);
      BlockingQueue<PreviewBuild> builds = new LinkedBlockingQueue<>();
      try (PreviewSession session =
          Generators.start(GeneratorOptions.builder(content).build(), 0, builds::add)) {
        System.out.println(next(builds).headline());
        Path file = content.resolve(blip);
        String original = Files.readString(file);
        List<Long> rebuild = new ArrayList<>();
        List<Long> saveToServed = new ArrayList<>();
        for (int i = 0; i < edits + 5; i++) {
          long saved = System.nanoTime();
          Files.writeString(file, original + "\nEdit number " + i + ".\n");
          PreviewBuild b = next(builds);
          long served = (System.nanoTime() - saved) / 1_000_000;
          if (!b.published()) {
            throw new IllegalStateException("the edit did not publish: " + b.headline());
          }
          if (i >= 5) {
            rebuild.add(b.millis());
            saveToServed.add(served);
          }
          // Let the watcher settle, as between two saves of a person.
          Thread.sleep(200);
        }
        System.out.println(
            String.format(
                Locale.ROOT,
                "%d edits of %s: rebuild %s; save to served %s",
                edits,
                blip,
                stats(rebuild),
                stats(saveToServed)));
      }
    } finally {
      delete(content);
    }
  }

  private static PreviewBuild next(BlockingQueue<PreviewBuild> builds) throws InterruptedException {
    PreviewBuild b = builds.poll(60, TimeUnit.SECONDS);
    if (b == null) {
      throw new IllegalStateException("no build within 60 s");
    }
    return b;
  }

  private static String stats(List<Long> millis) {
    List<Long> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    return String.format(
        Locale.ROOT,
        "min %d ms, median %d ms, 90th percentile %d ms, max %d ms",
        sorted.get(0),
        sorted.get(sorted.size() / 2),
        sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1),
        sorted.get(sorted.size() - 1));
  }

  private static void copy(Path from, Path to) throws IOException {
    for (String name : List.of("radar.yaml", "about.md", "blips", "products")) {
      Path src = from.resolve(name);
      if (!Files.exists(src)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(src)) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Path target = to.resolve(from.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(target);
          } else {
            Files.copy(p, target);
          }
        }
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
