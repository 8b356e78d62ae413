package eu.sovereignradar.generator.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes several files declared in one text block, each introduced by a line {@code -- path --},
 * into a folder. Keeps a test's input radar next to its assertions.
 */
final class InlineFiles {
  private static final Pattern HEADER = Pattern.compile("(?m)^-- (\\S+) --\\n");

  private InlineFiles() {}

  /** Writes the files of {@code declared} under {@code dir} and returns {@code dir}. */
  static Path write(Path dir, String declared) throws IOException {
    Matcher m = HEADER.matcher(declared);
    String path = null;
    int start = 0;
    while (m.find()) {
      if (path != null) {
        file(dir, path, declared.substring(start, m.start()));
      }
      path = m.group(1);
      start = m.end();
    }
    if (path != null) {
      file(dir, path, declared.substring(start));
    }
    return dir;
  }

  private static void file(Path dir, String path, String content) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
