package eu.sovereignradar.generator.validation;

import eu.sovereignradar.generator.content.ContentFiles;
import eu.sovereignradar.generator.content.SourceReader;
import eu.sovereignradar.generator.content.YamlNode;
import eu.sovereignradar.generator.content.YamlTreeReader;
import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.diagnostic.DiagnosticCollector;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The content files of one validation, each read and parsed once. A radar in several languages
 * needs a file many times: the default language's checks, the translation checks (which compare
 * each translation with its source) and the read of every other language. Without this, a build of
 * the three-language sample read and parsed each source five times and radar.yaml seven, a fifth of
 * its CPU time. A result keeps the diagnostics its read gave and replays them to every caller, so a
 * read from here reports exactly what a fresh read would.
 *
 * <p>Only a radar with translations keeps what it parsed ({@link #forFiles}): a radar in one
 * language reads each file once anyway, and keeping ten thousand parsed blips until the end of
 * validation would only raise the peak memory. Thread-safe: the readers run in parallel.
 */
final class ParsedFiles {
  private final YamlTreeReader yaml = new YamlTreeReader();
  private final boolean keep;
  private final ConcurrentHashMap<String, Parsed<?>> parsed = new ConcurrentHashMap<>();

  private record Parsed<T>(Optional<T> value, List<Diagnostic> problems) {}

  private ParsedFiles(boolean keep) {
    this.keep = keep;
  }

  /** For reading {@code files}: keeps parsed files when some of them are translations. */
  static ParsedFiles forFiles(ContentFiles files) {
    return new ParsedFiles(!files.translations().isEmpty());
  }

  /** Reads each file afresh: for a single read of radar.yaml. */
  static ParsedFiles uncached() {
    return new ParsedFiles(false);
  }

  /** A Markdown file's front matter and body, as {@link Documents#read}. */
  Optional<Documents.Document> document(
      ContentFiles.ContentFile file, boolean optionalFrontMatter, DiagnosticCollector out) {
    return cached(
        (optionalFrontMatter ? "optional " : "required ") + file.path(),
        problems -> Documents.read(file, yaml, problems, optionalFrontMatter),
        out);
  }

  /** A YAML file's tree (radar.yaml or a translation of it); empty for an empty file. */
  Optional<YamlNode> yamlFile(ContentFiles.ContentFile file, DiagnosticCollector out) {
    return cached(
        "yaml " + file.path(),
        problems ->
            SourceReader.read(file, problems::add)
                .flatMap(text -> yaml.read(file.path(), text, 1, problems::add)),
        out);
  }

  /** Forgets every parsed file: the last reader is done. */
  void release() {
    parsed.clear();
  }

  @SuppressWarnings("unchecked")
  private <T> Optional<T> cached(
      String key, Function<DiagnosticCollector, Optional<T>> read, DiagnosticCollector out) {
    if (!keep) {
      return read.apply(out);
    }
    Parsed<T> result = (Parsed<T>) parsed.get(key);
    if (result == null) {
      // Parsed outside the map's lock: two threads asking for one file at once both parse it
      // (the same result), rather than other files' lookups waiting for a parse.
      DiagnosticCollector problems = new DiagnosticCollector();
      Optional<T> value = read.apply(problems);
      Parsed<T> fresh = new Parsed<>(value, problems.sorted());
      Parsed<?> before = parsed.putIfAbsent(key, fresh);
      result = before == null ? fresh : (Parsed<T>) before;
    }
    out.addAll(result.problems());
    return result.value();
  }
}
