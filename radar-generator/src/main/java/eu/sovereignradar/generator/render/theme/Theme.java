package eu.sovereignradar.generator.render.theme;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The files a site is made from: templates, message bundles and assets. The default theme is read
 * from the classpath ({@value #CLASSPATH_ROOT}, packaged by the {@code site-template} module); an
 * override folder, when given, is looked at first, so any of its files replaces the default file of
 * the same name and extra files under {@code assets/} are added. Files reached through symbolic
 * links that leave the override folder are ignored. Immutable and thread-safe.
 */
public final class Theme {
  /** Where the default theme lives on the classpath. */
  public static final String CLASSPATH_ROOT = "eu/sovereignradar/theme/";

  /** Lists the default theme's assets, one path relative to {@code assets/} per line. */
  public static final String ASSET_LIST = "assets.txt";

  /** Shown as the folder of built-in templates in diagnostics. */
  public static final String BUILT_IN = "<built-in theme>";

  private final @Nullable Path overrideDirectory;

  private Theme(@Nullable Path overrideDirectory) {
    this.overrideDirectory = overrideDirectory;
  }

  /** The default theme alone. */
  public static Theme builtIn() {
    return new Theme(null);
  }

  /**
   * The default theme with {@code overrideDirectory} in front of it.
   *
   * @throws IOException when the folder does not exist or is not a folder
   */
  public static Theme withOverrides(Path overrideDirectory) throws IOException {
    if (!Files.exists(overrideDirectory)) {
      throw new NoSuchFileException(
          overrideDirectory.toString(), null, "the template folder does not exist");
    }
    if (!Files.isDirectory(overrideDirectory)) {
      throw new NotDirectoryException(overrideDirectory.toString());
    }
    return new Theme(overrideDirectory.toRealPath());
  }

  /** True for the default theme alone, whose files are those of the jar and never change. */
  public boolean isBuiltIn() {
    return overrideDirectory == null;
  }

  /** The override folder's file {@code name}, when it exists there and stays inside the folder. */
  public Optional<Path> findOverride(String name) throws IOException {
    if (overrideDirectory == null) {
      return Optional.empty();
    }
    Path file = overrideDirectory.resolve(name).normalize();
    if (!file.startsWith(overrideDirectory) || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Path real = file.toRealPath();
    return real.startsWith(overrideDirectory) ? Optional.of(real) : Optional.empty();
  }

  /** Opens the theme file {@code name} (a path with {@code /}), override first. */
  public InputStream open(String name) throws IOException {
    Optional<Path> override = findOverride(name);
    if (override.isPresent()) {
      return Files.newInputStream(override.get());
    }
    return openBuiltIn(name)
        .orElseThrow(
            () ->
                new NoSuchFileException(BUILT_IN + "/" + name, null, "the theme has no such file"));
  }

  /** Opens the default theme's file {@code name}, ignoring the override folder. */
  public static Optional<InputStream> openBuiltIn(String name) {
    return Optional.ofNullable(
        Theme.class.getClassLoader().getResourceAsStream(CLASSPATH_ROOT + name));
  }

  /**
   * Every asset path (relative to {@code assets/}, sorted): the default ones and the override's.
   */
  public List<String> assets() throws IOException {
    TreeSet<String> names = new TreeSet<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(open(ASSET_LIST), StandardCharsets.UTF_8))) {
      r.lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .forEach(names::add);
    }
    if (overrideDirectory != null && Files.isDirectory(overrideDirectory.resolve("assets"))) {
      Path assets = overrideDirectory.resolve("assets");
      try (Stream<Path> files = Files.walk(assets)) {
        for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
          String rel = assets.relativize(f).toString().replace('\\', '/');
          if (findOverride("assets/" + rel).isPresent()) {
            names.add(rel);
          }
        }
      }
    }
    return new ArrayList<>(names);
  }

  /** Finds templates in the override folder first, then in the default theme. */
  public TemplateLoader templateLoader() throws IOException {
    ClassTemplateLoader builtIn =
        new ClassTemplateLoader(Theme.class.getClassLoader(), CLASSPATH_ROOT);
    if (overrideDirectory == null) {
      return builtIn;
    }
    MultiTemplateLoader loader =
        new MultiTemplateLoader(
            new TemplateLoader[] {
              new ConfinedTemplateLoader(new FileTemplateLoader(overrideDirectory.toFile())),
              builtIn
            });
    loader.setSticky(false);
    return loader;
  }

  /**
   * The override folder's templates, where a file whose real path leaves the folder counts as
   * absent (so the default template is used), as for every other theme file. FileTemplateLoader
   * alone refuses such a file too, but with a SecurityException that would end the build without a
   * diagnostic.
   */
  private final class ConfinedTemplateLoader implements TemplateLoader {
    private final FileTemplateLoader files;

    ConfinedTemplateLoader(FileTemplateLoader files) {
      this.files = files;
    }

    @Override
    public @Nullable Object findTemplateSource(String name) throws IOException {
      if (findOverride(name).isEmpty()) {
        return null;
      }
      try {
        return files.findTemplateSource(name);
      } catch (SecurityException changedSinceChecked) {
        return null;
      }
    }

    @Override
    public long getLastModified(Object source) {
      return files.getLastModified(source);
    }

    @Override
    public java.io.Reader getReader(Object source, String encoding) throws IOException {
      return files.getReader(source, encoding);
    }

    @Override
    public void closeTemplateSource(Object source) throws IOException {
      files.closeTemplateSource(source);
    }
  }

  /**
   * Where the template {@code name} comes from, for diagnostics: relative to {@code base} (the
   * content folder) when it is an override, {@value #BUILT_IN}/name otherwise.
   */
  public String describe(String name, Path base) throws IOException {
    Optional<Path> override = findOverride(name);
    if (override.isEmpty()) {
      return BUILT_IN + "/" + name;
    }
    Path from = base.toAbsolutePath().normalize();
    try {
      return from.relativize(override.get()).toString().replace('\\', '/');
    } catch (IllegalArgumentException differentRoots) {
      return override.get().toString();
    }
  }
}
