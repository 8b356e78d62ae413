package eu.sovereignradar.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one way tests declare content files inline: one text block (or one case of {@code
 * validation/cases.txt}) holding several files, each introduced by a line {@code === path}. Keeps a
 * test's input radar next to its assertions. Text before the first header is ignored.
 */
public final class InlineFiles {
  private static final Pattern HEADER = Pattern.compile("(?m)^=== (\\S+)[ \\t]*\\n");

  private InlineFiles() {}

  /** The declared files, path to content, in the order given. */
  public static Map<String, String> parse(String declared) {
    Map<String, String> files = new LinkedHashMap<>();
    String text = declared.endsWith("\n") ? declared : declared + "\n";
    Matcher m = HEADER.matcher(text);
    String path = null;
    int start = 0;
    while (m.find()) {
      if (path != null) {
        files.put(path, text.substring(start, m.start()));
      }
      path = m.group(1);
      start = m.end();
    }
    if (path != null) {
      files.put(path, text.substring(start));
    }
    return files;
  }

  /** Writes the files of {@code declared} under {@code dir} and returns {@code dir}. */
  public static Path write(Path dir, String declared) throws IOException {
    return write(dir, parse(declared));
  }

  /** Writes {@code files} (path to content) under {@code dir} and returns {@code dir}. */
  public static Path write(Path dir, Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path file = dir.resolve(f.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
    }
    return dir;
  }

  /**
   * The inverse of {@link #write(Path, Map)}: every regular file under {@code root}, its path
   * relative to it (with {@code /}) to its text, sorted by path. For comparing two built sites.
   */
  public static Map<String, String> read(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
        files.put(
            root.relativize(p).toString().replace('\\', '/'),
            Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
