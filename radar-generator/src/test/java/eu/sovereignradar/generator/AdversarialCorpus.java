package eu.sovereignradar.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The adversarial content folder of the test resources ({@code adversarial/}) and its table of
 * expected outcomes ({@code adversarial/expected-outcomes.tsv}). Some cases cannot live in git
 * (symbolic links, invalid UTF-8, files over a MiB, names Windows cannot check out): {@link
 * #materialise} writes them next to the committed files, and the table lists them as {@code
 * generated}. Test support, shared by the validation, rendering and browser tests.
 */
public final class AdversarialCorpus {
  /** What must happen to one file of the corpus. */
  public enum Outcome {
    /** Valid: no error; once rendered, every payload in it must be inert. */
    ACCEPTED,
    /** Refused with an error whose code, path and line the table gives. */
    REJECTED,
    /** Not read, with a warning whose code, path and line the table gives. */
    WARNED,
    /** Silently skipped (hidden files): no diagnostic, no page. */
    IGNORED
  }

  /**
   * One row of the table.
   *
   * @param file the path inside {@code adversarial/} ({@code radar-variants/x.yaml} stands for a
   *     radar.yaml of its own, checked in a folder without other files)
   * @param generated true when {@link #materialise} writes the file instead of git holding it
   * @param code the expected diagnostic code (empty for accepted and ignored files)
   * @param line the expected line; 0 means the diagnostic is about the whole file
   * @param description what the case attacks
   */
  public record Case(
      String file, boolean generated, Outcome outcome, String code, int line, String description) {
    /** True for the cases that replace radar.yaml. */
    public boolean isRadarVariant() {
      return file.startsWith("radar-variants/");
    }

    /** The path diagnostics use for this case. */
    public String diagnosticPath() {
      return isRadarVariant() ? "radar.yaml" : file;
    }

    @Override
    public String toString() {
      return file.replace("\n", "\\n")
          + " "
          + outcome.name().toLowerCase(java.util.Locale.ROOT)
          + (code.isEmpty() ? "" : " " + code + ":" + line)
          + " ("
          + description
          + ")";
    }
  }

  private AdversarialCorpus() {}

  /** The committed folder in the test classpath. */
  public static Path committedFolder() {
    try {
      return Path.of(
              Objects.requireNonNull(
                      AdversarialCorpus.class.getResource("/adversarial/radar.yaml"),
                      "adversarial/radar.yaml is missing from the test resources")
                  .toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every row of {@code expected-outcomes.tsv}, in table order. */
  public static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    try {
      for (String line :
          Files.readAllLines(
              committedFolder().resolve("expected-outcomes.tsv"), StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 6) {
          throw new IllegalStateException("expected 6 tab-separated columns: " + line);
        }
        cases.add(
            new Case(
                f[0].replace("\\n", "\n"),
                f[1].equals("generated"),
                Outcome.valueOf(f[2].toUpperCase(java.util.Locale.ROOT)),
                f[3],
                f[4].isEmpty() ? 0 : Integer.parseInt(f[4]),
                f[5]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  /**
   * Copies the corpus (radar.yaml, about.md, blips/, products/) into {@code target} and writes the
   * generated cases. {@code outside} is a folder next to, not inside, {@code target}: symbolic
   * links point there.
   */
  public static void materialise(Path target, Path outside) throws IOException {
    copy(committedFolder(), target, false);
    Files.createDirectories(outside);
    for (Map.Entry<String, Generator> g : generated(outside).entrySet()) {
      Path file = target.resolve(g.getKey());
      Files.createDirectories(file.getParent());
      g.getValue().write(file);
    }
  }

  /**
   * The same without the rejected cases: a radar that must build into an inert site, with the
   * ignored and warned files present so that a test can check they are not published.
   */
  public static void materialiseBuildable(Path target, Path outside) throws IOException {
    Path all = Files.createTempDirectory(outside.getParent(), "all");
    materialise(all, outside);
    for (Case c : cases()) {
      if (c.outcome() != Outcome.REJECTED && !c.isRadarVariant()) {
        Path from = all.resolve(c.file());
        Path to = target.resolve(c.file());
        Files.createDirectories(to.getParent());
        if (Files.isDirectory(from)) {
          copy(from, to, true);
        } else {
          Files.copy(from, to);
        }
      }
    }
    removeLinks(all);
  }

  /** Writes each radar variant (committed or generated) as {@code <target>/<name>/radar.yaml}. */
  public static Path radarVariant(Case c, Path target, Path outside) throws IOException {
    Path dir = Files.createDirectories(target.resolve(c.file().replace('/', '_')));
    if (c.generated()) {
      generatedVariants(outside).get(c.file()).write(dir.resolve("radar.yaml"));
    } else {
      Files.copy(committedFolder().resolve(c.file()), dir.resolve("radar.yaml"));
    }
    return dir;
  }

  /**
   * Deletes the symbolic links under {@code root}, so that JUnit's temporary-folder cleanup does
   * not warn about links leading outside it (it never follows them).
   */
  public static void removeLinks(Path root) throws IOException {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isSymbolicLink).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void copy(Path from, Path to, boolean all) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        String rel = from.relativize(p).toString().replace('\\', '/');
        boolean wanted =
            all
                || rel.equals("radar.yaml")
                || rel.equals("about.md")
                || rel.startsWith("blips/")
                || rel.startsWith("products/")
                || rel.equals("blips")
                || rel.equals("products");
        if (!wanted || rel.isEmpty()) {
          continue;
        }
        Path dest = to.resolve(rel);
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.createDirectories(dest.getParent());
          Files.copy(p, dest);
        }
      }
    }
  }

  /** Writes one generated case. */
  @FunctionalInterface
  interface Generator {
    void write(Path file) throws IOException;
  }

  private static final String HEAD =
      "---\ntitle: Generated\nring: adopt\nquadrant: collaboration\n";

  private static Generator text(String s) {
    return file -> Files.writeString(file, s, StandardCharsets.UTF_8);
  }

  private static Generator bytes(String before, byte[] bad, String after) {
    return file -> {
      byte[] a = before.getBytes(StandardCharsets.UTF_8);
      byte[] b = after.getBytes(StandardCharsets.UTF_8);
      byte[] all = new byte[a.length + bad.length + b.length];
      System.arraycopy(a, 0, all, 0, a.length);
      System.arraycopy(bad, 0, all, a.length, bad.length);
      System.arraycopy(b, 0, all, a.length + bad.length, b.length);
      Files.write(file, all);
    };
  }

  private static Generator link(Path target) {
    return file -> Files.createSymbolicLink(file, target);
  }

  private static Map<String, Generator> generated(Path outside) throws IOException {
    Path secret = outside.resolve("secret.md");
    Files.writeString(
        secret, HEAD + "---\nA file outside the content folder: it must never be read.\n");
    Path secretDir = Files.createDirectories(outside.resolve("secret-dir"));
    Files.writeString(secretDir.resolve("inside.md"), HEAD + "---\nSecret.\n");
    Map<String, Generator> g = new LinkedHashMap<>();
    g.put(
        "blips/file-huge.md", text(HEAD + "---\n" + "Lorem ipsum dolor sit amet. ".repeat(40_000)));
    g.put("blips/file-too-many-lines.md", text(HEAD + "---\n" + "[\n".repeat(20_000)));
    g.put(
        "blips/front-matter-huge.md",
        text(HEAD + "summary: " + "x".repeat(70_000) + "\n---\nBody.\n"));
    g.put(
        "blips/yaml-very-deep-flow.md",
        text(HEAD + "summary: " + "[".repeat(60_000) + "\n---\nBody.\n"));
    g.put(
        "blips/yaml-many-values.md",
        text(HEAD + "summary: [" + "1,".repeat(30_000) + "1]\n---\nBody.\n"));
    g.put(
        "blips/licence-deep-parens.md",
        text(HEAD + "licence: " + "(".repeat(900) + "MIT" + ")".repeat(900) + "\n---\nBody.\n"));
    g.put(
        "blips/yaml-nul-byte.md",
        text("---\ntitle: a\u0000b\nring: adopt\nquadrant: collaboration\n---\nBody.\n"));
    g.put(
        "blips/invalid-utf8.md",
        bytes("---\ntitle: Bad\nsummary: ", new byte[] {(byte) 0xC3, 0x28}, "\n---\nBody.\n"));
    g.put(
        "blips/invalid-utf8-overlong.md",
        bytes("---\ntitle: ..", new byte[] {(byte) 0xC0, (byte) 0xAF}, "etc\n---\n"));
    g.put(
        "blips/invalid-utf8-surrogate.md",
        bytes("---\ntitle: ", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\n---\n"));
    g.put(
        "blips/invalid-utf8-latin1.md",
        bytes("---\ntitle: Caf", new byte[] {(byte) 0xE9}, " Latin-1\n---\n"));
    g.put("blips/symlink-passwd.md", link(Path.of("/etc/passwd")));
    g.put("blips/symlink-outside.md", link(secret));
    g.put(
        "blips/symlink-relative-outside.md",
        link(Path.of("../../" + outside.getFileName() + "/secret.md")));
    g.put("blips/symlink-dangling.md", link(Path.of("does-not-exist.md")));
    g.put("blips/symlink-loop.md", link(Path.of("symlink-loop.md")));
    g.put("blips/symlink-dir", link(secretDir));
    g.put("products/symlink-proc.md", link(Path.of("/proc/self/environ")));
    g.put("blips/con.md", text(HEAD + "---\nWindows device name.\n"));
    g.put("blips/new\nline.md", text(HEAD + "---\nA line break in the file name.\n"));
    g.put("blips/back\\slash.md", text(HEAD + "---\nA backslash in the file name.\n"));
    g.put("blips/lt<script>gt.md", text(HEAD + "---\nMarkup in the file name.\n"));
    g.put("blips/cyrillic-\u0430.md", text(HEAD + "---\nA Cyrillic a that looks Latin.\n"));
    g.put("blips/deep-quotes.md", text(accepted("Deep quotes") + ">".repeat(10_000) + " deep\n"));
    g.put(
        "blips/wide-table.md",
        text(
            accepted("Wide table")
                + "|"
                + " a |".repeat(2_000)
                + "\n|"
                + "---|".repeat(2_000)
                + "\n|"
                + " <script>alert('cell')</script> |".repeat(2_000)
                + "\n"));
    g.put(
        "blips/emphasis-openers.md",
        text(accepted("Emphasis openers") + "*a ".repeat(50_000) + "\n"));
    g.put(
        "blips/bracket-openers.md",
        text(
            accepted("Bracket openers")
                + "[a](".repeat(25_000)
                + "\n"
                + "[".repeat(50_000)
                + "\n"));
    g.put("blips/deep-list.md", text(accepted("Deep list") + buildDeepList(500)));
    g.put("blips/backtick-runs.md", text(accepted("Backtick runs") + buildBacktickRuns(2_000)));
    g.put("blips/line-limit-brackets.md", text(accepted("Line limit") + "[\n".repeat(10_000 - 5)));
    g.put(
        "blips/line-limit-table.md",
        text(accepted("Line limit table") + "| a |\n".repeat(10_000 - 5)));
    g.put(
        "blips/entity-flood.md",
        text(accepted("Entity flood") + "&#106;&#x61;&amp;&lt;script&gt;".repeat(20_000) + "\n"));
    return g;
  }

  private static Map<String, Generator> generatedVariants(Path outside) {
    Map<String, Generator> g = new LinkedHashMap<>();
    g.put("radar-variants/symlink-passwd.yaml", link(Path.of("/etc/passwd")));
    g.put(
        "radar-variants/file-huge.yaml",
        text("title: T\ndescription: " + "x".repeat(1_100_000) + "\n"));
    return g;
  }

  private static String accepted(String title) {
    return "---\ntitle: " + title + "\nring: hold\nquadrant: infrastructure\n---\n";
  }

  private static String buildDeepList(int depth) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append("  ".repeat(i)).append("- item ").append(i).append('\n');
    }
    return sb.toString();
  }

  private static String buildBacktickRuns(int runs) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= runs; i++) {
      sb.append("`".repeat(i % 50 + 1)).append(" x ");
    }
    return sb.append('\n').toString();
  }
}
