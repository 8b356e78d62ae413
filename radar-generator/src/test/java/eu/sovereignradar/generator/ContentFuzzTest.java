package eu.sovereignradar.generator;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.cli.RadarCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of whole content folders through the command line, in process: mutations of a
 * small copy of the sample radar (truncated files, flipped bytes, deleted, duplicated and swapped
 * lines, YAML noise, huge values and line counts, deep nesting, odd characters, missing files,
 * folders, links, named pipes and binary files where content files are expected). Each case runs
 * {@code radar validate} and {@code radar build}; the oracle: exit 0, 1 or 2 (and the same for
 * both, unless only the build can see the problem), no stack trace or Java class name in the
 * output, every diagnostic names a content file, under 10 s, and nothing written outside the output
 * folder (the content folder unchanged).
 *
 * <p>{@code -Dfuzz.seed=N} and {@code -Dfuzz.cases=N} change the run; a failure prints the seed of
 * the run and of each failing case, and {@code -Dfuzz.case=S} runs the single case of seed S.
 */
@Tag("fuzz")
@Tag("slow")
class ContentFuzzTest {
  private static final long SEED = Long.getLong("fuzz.seed", 20_261_203L);
  private static final int CASES = Integer.getInteger("fuzz.cases", 2_000);
  private static final long CASE_SECONDS = 10;

  private static final Pattern DIAGNOSTIC =
      Pattern.compile("(?m)^(.*?): (error|warning) \\[([a-z0-9.-]+)\\]");
  private static final Pattern STACK =
      Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|\\b[A-Z]\\w*(Exception|Error)\\b");
  private static final Set<String> CONTENT_ROOTS =
      Set.of("radar.yaml", "about.md", "blips", "products", "inventory", "roadmap");

  private static final String[] YAML_NOISE = {
    "- ",
    ": :",
    "{",
    "[",
    "}",
    "]",
    "&a x",
    "*a",
    "!!java.net.URL http://x",
    "key: [unclosed",
    "\t",
    "---",
    "...",
    "? complex",
    "|",
    ">",
    "%YAML 1.2",
    "\"unterminated",
    "'",
    "<<: *x",
    "a: &a [x]\nb: [*a, *a, *a]",
    "title:",
    "title: 3",
    "ring: [adopt]",
    "tags: x",
    "tags: [A B]",
    "quadrant: ../../etc",
    "history: {}",
    "replaces: [{product: nope}]",
    "links: [x]",
    "website: javascript:alert(1)",
    "date: 2026-02-30",
    "licence: (MIT AND",
    "origin: XX",
    "  - \"${7*7}\"",
    "title: <script>alert(1)</script>",
    "\u0000",
    "\uFEFF",
    "\u2028",
    "\u202E",
    "\r",
    "key: value\rother: value",
    "x: " + "[".repeat(200),
    "x: " + "{a: ".repeat(50)
  };

  private static final String[] BODY_NOISE = {
    "[".repeat(20_000),
    "*".repeat(5_000) + "x" + "*".repeat(5_000),
    "_".repeat(3_000) + "x" + "_".repeat(3_000),
    "**".repeat(2_000) + "x" + "**".repeat(2_000),
    "~~".repeat(2_000) + "x" + "~~".repeat(2_000),
    "![".repeat(3_000) + "x" + "](y)".repeat(3_000),
    "> ".repeat(200) + "deep quote",
    "- ".repeat(200) + "deep list",
    "<".repeat(5_000),
    "|a|b|\n|-|-|\n" + "|x|y|\n".repeat(500),
    "[x](javascript:alert(1)) <img src=x onerror=alert(1)> ${x} <#assign y=1>",
    "`".repeat(1_000),
  };

  @TempDir static Path tmp;
  private static Map<String, byte[]> base;
  private static ExecutorService runner;
  private static boolean canMakeFifo;

  @BeforeAll
  static void readBase() throws IOException, URISyntaxException {
    Path root = Path.of(ContentFuzzTest.class.getResource("/fuzz/content").toURI());
    base = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        base.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
      }
    }
    runner =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "content-fuzz");
              t.setDaemon(true);
              return t;
            });
    canMakeFifo = Files.isExecutable(Path.of("/usr/bin/mkfifo"));
  }

  @AfterAll
  static void stop() {
    runner.shutdownNow();
  }

  @Test
  void mutatedContentFoldersNeverCrashHangOrWriteOutsideTheOutputFolder() throws Exception {
    String only = System.getProperty("fuzz.case");
    Random run = new Random(SEED);
    int cases = only == null ? CASES : 1;
    List<Long> seeds = new ArrayList<>();
    List<Future<Outcome>> outcomes = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < cases; i++) {
      long seed = only == null ? run.nextLong() : Long.parseLong(only);
      int index = i;
      seeds.add(seed);
      outcomes.add(runner.submit(() -> runCase(index, seed)));
    }
    List<String> failures = new ArrayList<>();
    int[] exits = new int[4];
    for (int i = 0; i < cases && failures.size() < 5; i++) {
      String failure;
      List<String> mutations = List.of();
      try {
        // Two cases run at a time, each well under CASE_SECONDS: longer means one hangs.
        Outcome outcome = outcomes.get(i).get(6 * CASE_SECONDS, TimeUnit.SECONDS);
        failure = outcome.failure;
        mutations = outcome.mutations;
        if (failure == null) {
          exits[outcome.exit]++;
        }
      } catch (TimeoutException e) {
        failure = "hangs";
      } catch (ExecutionException e) {
        failure = "the test itself failed: " + e.getCause();
      }
      if (failure != null) {
        failures.add(
            "case "
                + i
                + " (-Dfuzz.case="
                + seeds.get(i)
                + "), mutations "
                + mutations
                + ": "
                + failure);
      }
    }
    System.out.printf(
        "ContentFuzzTest: seed %d, %d cases, exits 0/1/2: %d/%d/%d, %d s%n",
        SEED, cases, exits[0], exits[1], exits[2], (System.nanoTime() - start) / 1_000_000_000);
    assertThat(failures).as("fuzz run -Dfuzz.seed=%d", SEED).isEmpty();
    if (only == null) {
      // Every outcome occurs, so the mutations reach beyond the first check.
      assertThat(exits[0]).as("builds that succeed").isGreaterThan(cases / 20);
      assertThat(exits[1]).as("builds refused for content errors").isGreaterThan(cases / 4);
    }
  }

  private record Outcome(int exit, List<String> mutations, String failure) {}

  private static Outcome runCase(int index, long seed) throws IOException {
    Random random = new Random(seed);
    Path dir = Files.createDirectory(tmp.resolve("case-" + index));
    Path content = dir.resolve("content");
    Path site = dir.resolve("site");
    for (Map.Entry<String, byte[]> f : base.entrySet()) {
      Path file = content.resolve(f.getKey());
      Files.createDirectories(file.getParent());
      Files.write(file, f.getValue());
    }
    boolean checkAgreement = random.nextInt(4) == 0;
    List<String> mutations = new ArrayList<>();
    int count = 1 + random.nextInt(4);
    for (int m = 0; m < count; m++) {
      mutations.add(mutate(content, random));
    }
    Map<String, String> before = snapshot(dir);
    try {
      // validate reads the same files as build; one case in four also checks that they agree.
      Run validate = checkAgreement ? run("validate", content.toString()) : null;
      Run build = run("build", content.toString(), "-o", site.toString());
      String problem = validate == null ? null : check(validate, content);
      if (problem == null) {
        problem = check(build, content);
      }
      if (problem == null
          && validate != null
          && validate.exit != build.exit
          && !build.out.contains("[site.too-large]")) {
        problem = "validate gave " + validate.exit + " but build gave " + build.exit;
      }
      if (problem == null && build.exit == 0 && !Files.isRegularFile(site.resolve("index.html"))) {
        problem = "exit 0 without a site";
      }
      if (problem == null && !snapshot(dir).equals(before)) {
        problem = "files outside the output folder changed";
      }
      return new Outcome(build.exit, mutations, problem);
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome(3, mutations, "the command threw " + e);
    } finally {
      deleteTree(dir);
    }
  }

  private record Run(int exit, String out) {}

  private static Run run(String... args) {
    StringWriter text = new StringWriter();
    PrintWriter writer = new PrintWriter(text, true);
    long start = System.nanoTime();
    int exit = RadarCommand.execute(args, writer, writer);
    long seconds = (System.nanoTime() - start) / 1_000_000_000;
    String out = text.toString();
    return seconds < CASE_SECONDS
        ? new Run(exit, out)
        : new Run(-1, "took " + seconds + " s, more than " + CASE_SECONDS + " s\n" + out);
  }

  private static String check(Run run, Path content) {
    if (run.exit < 0 || run.exit > 2) {
      return "exit " + run.exit + ":\n" + run.out;
    }
    if (STACK.matcher(run.out).find()) {
      return "a stack trace or Java class name in the output:\n" + run.out;
    }
    Matcher d = DIAGNOSTIC.matcher(run.out);
    String prefix = content + "/";
    while (d.find()) {
      String where = d.group(1);
      String path = where.startsWith(prefix) ? where.substring(prefix.length()) : "";
      String first = path.split("[/:]", 2)[0];
      // Translations beside radar.yaml and about.md: radar.fr.yaml, about.de.md.
      if (!CONTENT_ROOTS.contains(first)
          && !first.matches("(radar|about)\\.[a-z]{2}\\.(yaml|md)")) {
        return "a diagnostic that names no content file: " + d.group() + "\n" + run.out;
      }
    }
    return null;
  }

  /** Applies one random mutation to the content folder and says what it did. */
  private static String mutate(Path content, Random r) throws IOException {
    List<Path> files = textFiles(content);
    Path file =
        files.isEmpty() ? content.resolve("radar.yaml") : files.get(r.nextInt(files.size()));
    String name = content.relativize(file).toString();
    byte[] bytes = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int at = lines.isEmpty() ? 0 : r.nextInt(lines.size());
    int kind = r.nextInt(16);
    switch (kind) {
      case 0 -> {
        int cut = bytes.length == 0 ? 0 : r.nextInt(bytes.length);
        Files.write(file, Arrays.copyOf(bytes, cut));
        return "truncate " + name + " at " + cut;
      }
      case 1 -> {
        int flips = 1 + r.nextInt(5);
        for (int i = 0; i < flips && bytes.length > 0; i++) {
          bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
        }
        Files.write(file, bytes);
        return "flip " + flips + " bytes of " + name;
      }
      case 2 -> {
        lines.remove(at);
        return write(file, lines, "delete line " + (at + 1) + " of " + name);
      }
      case 3 -> {
        lines.add(at, lines.get(at));
        return write(file, lines, "duplicate line " + (at + 1) + " of " + name);
      }
      case 4, 5 -> {
        int line = Math.min(at, 1 + r.nextInt(Math.max(1, Math.min(lines.size(), 30))));
        String noise = YAML_NOISE[r.nextInt(YAML_NOISE.length)];
        lines.add(line, noise);
        return write(file, lines, "YAML noise at line " + (line + 1) + " of " + name);
      }
      case 6 -> {
        int[] sizes = {250, 450, 2_500, 70_000, 1_100_000};
        int size = sizes[r.nextInt(sizes.length)];
        String line = lines.get(at);
        int colon = line.indexOf(": ");
        String key = colon > 0 ? line.substring(0, colon + 2) : "title: ";
        lines.set(at, key + "x".repeat(size));
        return write(file, lines, "value of " + size + " characters at line " + (at + 1));
      }
      case 7 -> {
        int n = r.nextBoolean() ? 10_001 : 3_000;
        for (int i = 0; i < n; i++) {
          lines.add(at, r.nextBoolean() ? "  - x" + i : "");
        }
        return write(file, lines, n + " lines into " + name);
      }
      case 8 -> {
        String noise = BODY_NOISE[r.nextInt(BODY_NOISE.length)];
        lines.add(noise);
        return write(file, lines, "body noise " + noise.substring(0, 8) + " in " + name);
      }
      case 9 -> {
        int other = r.nextInt(lines.size());
        String a = lines.get(at);
        lines.set(at, lines.get(other));
        lines.set(other, a);
        return write(file, lines, "swap lines " + (at + 1) + " and " + (other + 1) + " of " + name);
      }
      case 10 -> {
        Files.deleteIfExists(file);
        return "delete " + name;
      }
      case 11 -> {
        String[] odd = {"\u2028", "\u202E", "\u0000", "\uFEFF", "\r", "\uD800", "é", "\u200B"};
        String c = odd[r.nextInt(odd.length)];
        String line = lines.get(at);
        int pos = line.isEmpty() ? 0 : r.nextInt(line.length());
        lines.set(at, line.substring(0, pos) + c + line.substring(pos));
        return write(file, lines, "odd character U+" + Integer.toHexString(c.charAt(0)));
      }
      case 12 -> {
        StringBuilder tags = new StringBuilder("tags: [");
        int n = r.nextBoolean() ? 25 : 600;
        for (int i = 0; i < n; i++) {
          tags.append(i == 0 ? "" : ", ").append("t").append(r.nextInt(100_000));
        }
        lines.add(Math.min(1, lines.size()), tags + "]");
        return write(file, lines, n + " tags into " + name);
      }
      case 13 -> {
        String copy = r.nextBoolean() ? name.toUpperCase(java.util.Locale.ROOT) : name + ".md";
        Path target = content.resolve(copy.replace(".MD", ".md"));
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
        return "copy " + name + " to " + copy;
      }
      default -> {
        return oddFile(content, r);
      }
    }
  }

  /** A file or entry where content files are expected that is not an ordinary text file. */
  private static String oddFile(Path content, Random r) throws IOException {
    String[] folders = {"blips", "products", "inventory", "roadmap", ""};
    String folder = folders[r.nextInt(folders.length)];
    Path dir = content.resolve(folder);
    Files.createDirectories(dir);
    String[] names = {"odd.md", "CON.md", "a b.md", "Ünï.md", ".hidden.md", "noext", "x.MD"};
    Path target = dir.resolve(names[r.nextInt(names.length)]);
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return "nothing (exists)";
    }
    switch (r.nextInt(8)) {
      case 0 -> Files.createDirectory(target);
      case 1 -> Files.createSymbolicLink(target, Path.of("/etc/passwd"));
      case 2 -> Files.createSymbolicLink(target, dir.resolve("nowhere.md"));
      case 3 -> Files.createSymbolicLink(target, target);
      case 4 -> {
        byte[] noise = new byte[r.nextInt(4_096)];
        r.nextBytes(noise);
        Files.write(target, noise);
      }
      case 5 -> Files.write(target, new byte[0]);
      case 6 -> {
        if (!canMakeFifo) {
          return "nothing (no mkfifo)";
        }
        try {
          new ProcessBuilder("/usr/bin/mkfifo", target.toString()).start().waitFor();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      default -> Files.createSymbolicLink(target, content.resolve("radar.yaml"));
    }
    return "odd entry " + content.relativize(target);
  }

  private static String write(Path file, List<String> lines, String what) throws IOException {
    // getBytes, not writeString: a lone surrogate becomes '?' instead of an exception.
    Files.write(file, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    return what;
  }

  private static List<Path> textFiles(Path content) throws IOException {
    try (Stream<Path> files = Files.walk(content)) {
      return files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
    }
  }

  /** Every entry under {@code dir} outside {@code dir/site}, with its size and a hash. */
  private static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    Path site = dir.resolve("site");
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        if (p.startsWith(site)) {
          continue;
        }
        String rel = dir.relativize(p).toString();
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          entries.put(rel, Arrays.hashCode(Files.readAllBytes(p)) + "");
        } else {
          entries.put(rel, Files.isSymbolicLink(p) ? "link" : "other");
        }
      }
    }
    return entries;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
