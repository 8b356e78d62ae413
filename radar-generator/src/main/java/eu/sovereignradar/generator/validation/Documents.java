package eu.sovereignradar.generator.validation;

import eu.sovereignradar.generator.content.ContentFiles;
import eu.sovereignradar.generator.content.FrontMatter;
import eu.sovereignradar.generator.content.FrontMatterSplitter;
import eu.sovereignradar.generator.content.SourceReader;
import eu.sovereignradar.generator.content.YamlNode;
import eu.sovereignradar.generator.content.YamlTreeReader;
import eu.sovereignradar.generator.diagnostic.DiagnosticCollector;
import eu.sovereignradar.generator.diagnostic.SourcePosition;
import java.util.Optional;

/** Reads a Markdown content file up to its front-matter map: read, decode, split, parse. */
final class Documents {
  private Documents() {}

  /** A Markdown file's front matter as a map, and its body. */
  record Document(String path, YamlNode.Map frontMatter, FrontMatter parts) {}

  static Optional<Document> read(
      ContentFiles.ContentFile file,
      YamlTreeReader yaml,
      DiagnosticCollector out,
      boolean optionalFrontMatter) {
    Optional<String> text = SourceReader.read(file, out::add);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<FrontMatter> parts =
        FrontMatterSplitter.split(file.path(), text.get(), optionalFrontMatter, out::add);
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    FrontMatter fm = parts.get();
    BodyDepth.check(file.path(), fm.body(), fm.bodyLine(), out);
    if (fm.yaml().isBlank()) {
      return Optional.of(
          new Document(file.path(), new YamlNode.Map(java.util.List.of(), fm.yamlLine(), 1), fm));
    }
    Optional<YamlNode> root = yaml.read(file.path(), fm.yaml(), fm.yamlLine(), out::add);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    if (!(root.get() instanceof YamlNode.Map map)) {
      out.error(
          "front-matter.not-a-map",
          new SourcePosition(file.path(), root.get().line(), root.get().column()),
          "the front matter must be a list of 'key: value' lines, but it is "
              + root.get().describe(),
          "write one field per line, e.g. 'title: Nextcloud'");
      return Optional.empty();
    }
    return Optional.of(new Document(file.path(), map, fm));
  }

  /** The id a file name gives, or empty after reporting {@code file.invalid-name}. */
  static Optional<String> id(ContentFiles.ContentFile file, DiagnosticCollector out) {
    String name = file.path().substring(file.path().lastIndexOf('/') + 1);
    String id = name.substring(0, name.length() - ".md".length());
    if (!Ids.isValid(id)) {
      String suggestion = Slugs.slug(id);
      out.error(
          "file.invalid-name",
          SourcePosition.file(file.path()),
          "the file name '" + name + "' does not give a valid id",
          Ids.RULE + (Ids.isValid(suggestion) ? "; rename it to '" + suggestion + ".md'" : ""));
      return Optional.empty();
    }
    return Optional.of(id);
  }
}
