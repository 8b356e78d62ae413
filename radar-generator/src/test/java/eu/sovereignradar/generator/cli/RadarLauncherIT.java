package eu.sovereignradar.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.InlineFiles;
import eu.sovereignradar.generator.bench.CorpusGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/radar}, the launcher with class-data sharing, against {@code java -jar radar.jar}: the
 * same output and exit codes, and an archive written by the first run and used by the next.
 *
 * <p>An integration test (surefire's second execution, in the integration-test phase) because it
 * needs the shaded {@code target/radar.jar} of the package phase. It runs with the JDK that runs
 * the tests: on Java 17-23 that is the dynamic AppCDS branch, on 24 and newer the AOT cache.
 */
@DisabledOnOs(OS.WINDOWS)
class RadarLauncherIT {
  private static final Path SCRIPT = Path.of("../bin/radar").toAbsolutePath().normalize();
  private static final Path JAR = Path.of("target/radar.jar").toAbsolutePath();
  private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  @Test
  void sameOutputAndExitCodeAsJavaJarAndTheArchiveIsWrittenOnceThenUsed() throws Exception {
    assertThat(SCRIPT).isExecutable();
    assertThat(JAR).isRegularFile();
    Path content = dir.resolve("content");
    CorpusGenerator.write(12, content);
    Path cache = dir.resolve("cache");

    Run direct = javaJar("validate", content.toString());
    assertThat(direct.exitCode()).isZero();
    assertThat(direct.out()).contains("0 errors");

    Run first = launcher(cache, "validate", content.toString());
    assertThat(first).isEqualTo(direct);
    Path archive = onlyArchive(cache);
    assertThat(archive.getFileName().toString())
        .matches("radar-\\d+-\\d+-\\d+-java\\d+-\\d+-validate\\.(jsa|aot)");
    assertThat(Files.size(archive)).isPositive();
    FileTime written = Files.getLastModifiedTime(archive);

    Run second = launcher(cache, "validate", content.toString());
    assertThat(second).isEqualTo(direct);
    assertThat(onlyArchive(cache)).isEqualTo(archive);
    assertThat(Files.getLastModifiedTime(archive)).isEqualTo(written);

    // Exit codes other than 0 come through too: content errors (1) and a usage mistake (2).
    Files.writeString(
        content.resolve("blips/broken.md"),
        "---\ntitle: Broken\nring: nowhere\nquadrant: nowhere\n---\nText.\n",
        StandardCharsets.UTF_8);
    Run errors = javaJar("validate", content.toString());
    assertThat(errors.exitCode()).isEqualTo(1);
    assertThat(launcher(cache, "validate", content.toString())).isEqualTo(errors);
    Run usage = javaJar("validate", "--no-such-option");
    assertThat(usage.exitCode()).isEqualTo(2);
    assertThat(launcher(cache, "validate", "--no-such-option")).isEqualTo(usage);
    assertThat(onlyArchive(cache)).isEqualTo(archive);

    // Another command gets its own archive, from a run of that command.
    Files.delete(content.resolve("blips/broken.md"));
    String site = dir.resolve("site").toString();
    Run build = javaJar("build", content.toString(), "-o", site);
    assertThat(build.exitCode()).isZero();
    assertThat(launcher(cache, "build", content.toString(), "-o", site)).isEqualTo(build);
    try (Stream<Path> files = Files.list(cache.resolve("sovereign-radar"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .hasSize(2)
          .anyMatch(name -> name.endsWith("-build." + extension(archive)));
    }
  }

  private static String extension(Path archive) {
    String name = archive.getFileName().toString();
    return name.substring(name.lastIndexOf('.') + 1);
  }

  @Test
  void anArchiveTheJvmRefusesChangesNothing() throws Exception {
    Path content = dir.resolve("content");
    CorpusGenerator.write(3, content);
    Path cache = dir.resolve("cache");
    launcher(cache, "validate", content.toString());
    Path archive = onlyArchive(cache);
    archive.toFile().setWritable(true);
    Files.write(archive, new byte[4096]);

    assertThat(launcher(cache, "validate", content.toString()))
        .isEqualTo(javaJar("validate", content.toString()));
  }

  @Test
  void anUnwritableCacheFolderChangesNothing() throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("cache"), "a file, not a folder");

    assertThat(launcher(notAFolder, "--version")).isEqualTo(javaJar("--version"));
  }

  private static Path onlyArchive(Path cache) throws IOException {
    try (Stream<Path> files = Files.list(cache.resolve("sovereign-radar"))) {
      List<Path> all = files.toList();
      assertThat(all).as("the cache folder holds one archive").hasSize(1);
      return all.get(0);
    }
  }

  @Test
  void aHeapTooSmallForTheContentSaysSoAndLeavesThePreviousSite() throws Exception {
    Path small = dir.resolve("small");
    CorpusGenerator.write(12, small);
    Path site = dir.resolve("site");
    assertThat(javaJar("build", small.toString(), "-o", site.toString()).exitCode()).isZero();
    byte[] before = Files.readAllBytes(site.resolve("index.html"));
    Path large = dir.resolve("large");
    CorpusGenerator.write(3000, large);

    // 3,000 blips need several times 32 MiB: the build runs out of heap, on whichever thread.
    Run run = javaJar(List.of("-Xmx32m"), "build", large.toString(), "-o", site.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("radar: not enough memory: the content needs more than the 32 MiB")
        .contains("RADAR_JAVA_OPTS=-Xmx1g bin/radar", "java -Xmx1g -jar")
        .doesNotContain("Exception", "\tat ", "internal error", "cannot be read or written");
    assertThat(Files.readAllBytes(site.resolve("index.html"))).isEqualTo(before);
    try (Stream<Path> entries = Files.list(site)) {
      assertThat(entries.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.startsWith(".sovereign-radar-staging"));
    }
  }

  @Test
  void theDaemonGivesWhatJavaJarGivesFromTheClientsFolderAndStopsWhenAsked() throws Exception {
    Path content = dir.resolve("content");
    CorpusGenerator.write(12, content);
    Path cache = dir.resolve("cache");
    Map<String, String> daemon = Map.of("RADAR_DAEMON", "on");
    try {
      Run direct = javaJar("validate", "content");
      assertThat(direct.exitCode()).isZero();
      // The first run starts the daemon, the second finds it.
      assertThat(launcher(cache, daemon, "validate", "content")).isEqualTo(direct);
      Run status = launcher(cache, Map.of(), "daemon", "status");
      assertThat(status.out()).startsWith("A build daemon runs (process ");
      assertThat(launcher(cache, daemon, "validate", "content")).isEqualTo(direct);
      assertThat(launcher(cache, Map.of(), "daemon", "status")).isEqualTo(status);

      Files.writeString(
          content.resolve("blips/broken.md"),
          "---\ntitle: Broken\nring: nowhere\nquadrant: nowhere\n---\nText.\n",
          StandardCharsets.UTF_8);
      Run errors = javaJar("validate", "content", "--format", "json");
      assertThat(errors.exitCode()).isEqualTo(1);
      assertThat(launcher(cache, daemon, "validate", "content", "--format", "json"))
          .isEqualTo(errors);
      Run usage = javaJar("build", "--no-such-option");
      assertThat(launcher(cache, daemon, "build", "--no-such-option")).isEqualTo(usage);
      Files.delete(content.resolve("blips/broken.md"));

      // A relative output folder is the client's, not the daemon's (which runs in /).
      Run build = launcher(cache, daemon, "build", "content", "-o", "site");
      assertThat(build.exitCode()).isZero();
      assertThat(build.out()).containsPattern("Site written to site \\(\\d+ files\\)\\.\n$");
      assertThat(dir.resolve("site/index.html")).isRegularFile();
      // The daemon keeps the Markdown bodies it rendered for the next build: an edited body is
      // rendered anew, and the site is the one a JVM of its own writes.
      Path blip;
      try (Stream<Path> blips = Files.list(content.resolve("blips"))) {
        blip = blips.sorted().findFirst().orElseThrow();
      }
      Files.writeString(
          blip, Files.readString(blip) + "\nA paragraph *added* between two builds.\n");
      assertThat(launcher(cache, daemon, "build", "content", "-o", "site").exitCode()).isZero();
      assertThat(javaJar("build", "content", "-o", "direct").exitCode()).isZero();
      Map<String, String> site = InlineFiles.read(dir.resolve("site"));
      assertThat(site).isEqualTo(InlineFiles.read(dir.resolve("direct")));
      assertThat(site.values())
          .anyMatch(page -> page.contains("A paragraph <em>added</em> between two builds."));
      // Commands other than build and validate run in a JVM of their own.
      assertThat(launcher(cache, daemon, "--version")).isEqualTo(javaJar("--version"));

      // A daemon the JVM cannot start ends the wait at once: the command runs as without it.
      Map<String, String> refused = Map.of("RADAR_JAVA_OPTS", "-Xmx1q");
      long before = System.nanoTime();
      Run noDaemon =
          launcher(
              cache,
              Map.of("RADAR_DAEMON", "on", "RADAR_JAVA_OPTS", "-Xmx1q"),
              "validate",
              "content");
      assertThat(System.nanoTime() - before).isLessThan(java.time.Duration.ofSeconds(15).toNanos());
      assertThat(noDaemon).isEqualTo(launcher(cache, refused, "validate", "content"));
      assertThat(noDaemon.err()).contains("Invalid maximum heap size");

      Run stop = launcher(cache, Map.of(), "daemon", "stop");
      assertThat(stop.out()).startsWith("Stopped the build daemon of ");
      assertThat(launcher(cache, Map.of(), "daemon", "status").out()).isEmpty();
    } finally {
      launcher(cache, Map.of(), "daemon", "stop");
    }
  }

  private Run javaJar(String... args) throws Exception {
    return javaJar(List.of(), args);
  }

  private Run javaJar(List<String> jvmOptions, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(JAVA_HOME.resolve("bin/java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    return run(command, Map.of());
  }

  private Run launcher(Path cache, String... args) throws Exception {
    return launcher(cache, Map.of(), args);
  }

  private Run launcher(Path cache, Map<String, String> more, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(SCRIPT.toString());
    command.addAll(List.of(args));
    Map<String, String> environment =
        new java.util.HashMap<>(
            Map.of(
                "JAVA_HOME", JAVA_HOME.toString(),
                "RADAR_JAR", JAR.toString(),
                "XDG_CACHE_HOME", cache.toString()));
    environment.putAll(more);
    return run(command, environment);
  }

  private Run run(List<String> command, Map<String, String> environment) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("RADAR_"));
    builder.environment().putAll(environment);
    builder.redirectOutput(dir.resolve("out.txt").toFile());
    builder.redirectError(dir.resolve("err.txt").toFile());
    Process process = builder.start();
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("finished: %s", command).isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(dir.resolve("out.txt")),
        Files.readString(dir.resolve("err.txt")));
  }
}
