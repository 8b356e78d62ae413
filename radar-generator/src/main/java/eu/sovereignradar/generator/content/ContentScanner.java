package eu.sovereignradar.generator.content;

import eu.sovereignradar.generator.diagnostic.DiagnosticCollector;
import eu.sovereignradar.generator.diagnostic.IoDescriptions;
import eu.sovereignradar.generator.diagnostic.SourcePosition;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds the files of a content folder: {@code radar.yaml}, {@code about.md}, {@code blips/*.md},
 * {@code products/*.md}, {@code inventory/*.md} and {@code roadmap/*.md}. Symbolic links are
 * followed only when their target stays inside the content folder, so a pull request cannot make
 * the build read {@code /etc/passwd} or a CI secret and publish it. Hidden files (starting with a
 * dot) are ignored; anything else unexpected in those folders is reported.
 */
public final class ContentScanner {
  private ContentScanner() {}

  /**
   * @throws IOException when the folder cannot be listed (a usage or system problem, not a content
   *     mistake)
   */
  public static ContentFiles scan(Path contentDirectory, DiagnosticCollector out)
      throws IOException {
    Path root = contentDirectory.toRealPath();
    List<ContentFiles.ContentFile> translations = new ArrayList<>(rootTranslations(root, out));
    List<ContentFiles.ContentFile> blips = split(folder(root, "blips", out), translations);
    List<ContentFiles.ContentFile> products = split(folder(root, "products", out), translations);
    List<ContentFiles.ContentFile> inventory = split(folder(root, "inventory", out), translations);
    List<ContentFiles.ContentFile> roadmap = split(folder(root, "roadmap", out), translations);
    translations.sort(java.util.Comparator.comparing(ContentFiles.ContentFile::path));
    return new ContentFiles(
        root,
        radarYaml(root, out),
        single(root, "about.md", out),
        blips,
        products,
        inventory,
        roadmap,
        translations);
  }

  /** The files of a folder that are not translations; those go to {@code translations}. */
  private static List<ContentFiles.ContentFile> split(
      List<ContentFiles.ContentFile> files, List<ContentFiles.ContentFile> translations) {
    List<ContentFiles.ContentFile> sources = new ArrayList<>();
    for (ContentFiles.ContentFile f : files) {
      (ContentFiles.translationLanguage(f.path()) == null ? sources : translations).add(f);
    }
    return sources;
  }

  /** {@code about.<lang>.md} and {@code radar.<lang>.yaml}: the translations beside radar.yaml. */
  private static List<ContentFiles.ContentFile> rootTranslations(Path root, DiagnosticCollector out)
      throws IOException {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(root)) {
      for (Path p : stream) {
        String name = p.getFileName().toString();
        if ((name.startsWith("about.") || name.startsWith("radar."))
            && ContentFiles.translationLanguage(name) != null) {
          names.add(name);
        }
      }
    }
    names.sort(null);
    List<ContentFiles.ContentFile> files = new ArrayList<>();
    for (String name : names) {
      single(root, name, out).ifPresent(files::add);
    }
    return files;
  }

  /**
   * Finds radar.yaml alone, by the same rules as {@link #scan}, for tools that need only the
   * settings. A missing radar.yaml (or one called radar.yml) is an error in {@code out}.
   *
   * @throws IOException when the folder cannot be read
   */
  public static Optional<ContentFiles.ContentFile> radarYaml(
      Path contentDirectory, DiagnosticCollector out) throws IOException {
    Path root = contentDirectory.toRealPath();
    Optional<ContentFiles.ContentFile> radar = single(root, "radar.yaml", out);
    if (radar.isEmpty() && Files.exists(root.resolve("radar.yml"), LinkOption.NOFOLLOW_LINKS)) {
      out.error(
          "radar.missing",
          SourcePosition.file("radar.yml"),
          "the radar configuration must be called radar.yaml, not radar.yml",
          "rename the file to radar.yaml");
    } else if (radar.isEmpty()) {
      out.error(
          "radar.missing",
          SourcePosition.file("radar.yaml"),
          "the content folder has no radar.yaml",
          "create radar.yaml with title, quadrants and rings (see docs/content-format.md)");
    }
    return radar;
  }

  private static Optional<ContentFiles.ContentFile> single(
      Path root, String name, DiagnosticCollector out) throws IOException {
    Path file = root.resolve(name);
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    return inside(root, file, name, out)
        .filter(real -> regularOrFolder(real, name, out))
        .map(real -> new ContentFiles.ContentFile(real, name));
  }

  private static List<ContentFiles.ContentFile> folder(
      Path root, String name, DiagnosticCollector out) throws IOException {
    Path dir = root.resolve(name);
    List<ContentFiles.ContentFile> files = new ArrayList<>();
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return files;
    }
    Optional<Path> realDir = inside(root, dir, name, out);
    if (realDir.isEmpty() || !Files.isDirectory(realDir.get())) {
      return files;
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(realDir.get())) {
      stream.forEach(entries::add);
    }
    entries.sort(null);
    for (Path entry : entries) {
      String fileName = entry.getFileName().toString();
      String path = name + "/" + fileName;
      if (fileName.startsWith(".")) {
        continue;
      }
      // An entry that is not a symbolic link is the real folder plus its name, known from one
      // lstat: resolving every path component again for each of thousands of blips was a
      // noticeable, single-threaded part of a large build. Links are resolved and checked in full.
      BasicFileAttributes plain = plainEntry(entry);
      Optional<Path> real =
          plain != null
              ? Optional.of(realDir.get().resolve(entry.getFileName()))
              : inside(root, entry, path, out);
      if (real.isEmpty()) {
        continue;
      }
      if (plain != null
          ? !plain.isRegularFile() && !plain.isDirectory()
          : !regularOrFolder(real.get(), path, out)) {
        if (plain != null) {
          notRegular(path, out);
        }
        continue;
      }
      if (plain != null ? plain.isDirectory() : Files.isDirectory(real.get())) {
        out.warning(
            "file.unexpected",
            SourcePosition.file(path),
            "the folder " + path + " is ignored: " + name + "/ holds only .md files",
            "move its files directly into " + name + "/");
      } else if (!fileName.endsWith(".md")) {
        out.warning(
            "file.unexpected",
            SourcePosition.file(path),
            "the file " + path + " is ignored: only .md files are read in " + name + "/",
            fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".md")
                    || fileName.endsWith(".markdown")
                ? "rename it to end in lowercase .md"
                : "move it out of " + name + "/ or give it the .md extension");
      } else {
        files.add(new ContentFiles.ContentFile(real.get(), path));
      }
    }
    return files;
  }

  /**
   * Whether {@code real} is a regular file or a folder; reports it otherwise. A FIFO, socket or
   * device must never be opened: reading a FIFO blocks until someone writes to it.
   */
  private static boolean regularOrFolder(Path real, String path, DiagnosticCollector out) {
    if (Files.isRegularFile(real) || Files.isDirectory(real)) {
      return true;
    }
    notRegular(path, out);
    return false;
  }

  private static void notRegular(String path, DiagnosticCollector out) {
    out.error(
        "file.not-regular",
        SourcePosition.file(path),
        path + " is not a regular file (it may be a named pipe, socket or device) and is not read",
        "remove it or replace it by a regular file");
  }

  /**
   * The attributes of {@code entry} when it can be read and is not a symbolic link; null otherwise.
   */
  private static @Nullable BasicFileAttributes plainEntry(Path entry) {
    try {
      BasicFileAttributes attributes =
          Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return attributes.isSymbolicLink() ? null : attributes;
    } catch (IOException e) {
      return null;
    }
  }

  /** The real path of {@code file} when it lies inside {@code root}; reports it otherwise. */
  private static Optional<Path> inside(Path root, Path file, String path, DiagnosticCollector out)
      throws IOException {
    Path real;
    try {
      real = file.toRealPath();
    } catch (IOException e) {
      out.error(
          "file.unreadable",
          SourcePosition.file(path),
          "cannot read " + path + ": " + IoDescriptions.reason(e),
          "a symbolic link may point to a file that does not exist");
      return Optional.empty();
    }
    if (!real.startsWith(root)) {
      out.error(
          "file.symlink-outside",
          SourcePosition.file(path),
          path + " is a symbolic link to a place outside the content folder",
          "replace the link with a copy of the file; links leaving the content folder are refused so"
              + " that content cannot make the build read other files");
      return Optional.empty();
    }
    return Optional.of(real);
  }
}
