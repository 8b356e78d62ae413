package eu.sovereignradar.generator.render;

import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.diagnostic.SourcePosition;
import eu.sovereignradar.generator.render.view.PageMeta;
import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * Renders one template into one file under the output root. Safe to call from many threads at
 * once. A template error becomes a diagnostic naming the template and line (reported once, however
 * many pages hit it), and the build goes on so one run shows every broken template.
 */
final class PageWriter {
  private final ThemeTemplates templates;
  private final Theme theme;
  private final Path contentRoot;
  private final Path root;
  private final Map<String, String> messages;
  private final ConcurrentMap<String, Diagnostic> errors = new ConcurrentHashMap<>();

  private final @Nullable PageCache cache;

  /** @param cache the previous render's pages to reuse (preview rebuilds), or null to render every page */
  PageWriter(ThemeTemplates templates, Theme theme, Path contentRoot, Path root, Messages messages,
      @Nullable PageCache cache) {
    this.templates = templates;
    this.theme = theme;
    this.contentRoot = contentRoot;
    this.root = root;
    this.messages = messages.all();
    this.cache = cache;
    if (cache != null) {
      cache.start(this.messages);
    }
  }

  /** Writes {@code template} with {@code page} and {@code view} to {@code path} (relative, {@code /}). */
  void write(String template, String path, PageMeta page, Object view) throws IOException {
    Path file = inside(root, path);
    Template t;
    try {
      t = templates.get(template);
    } catch (ParseException e) {
      report(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage(), path);
      return;
    }
    if (cache != null) {
      writeThroughCache(cache, t, template, path, file, page, view);
      return;
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      t.process(Map.of("page", page, "msg", messages, "view", view), w);
    } catch (TemplateException e) {
      report(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber(), e.getMessageWithoutStackTop(), path);
    }
  }

  private void writeThroughCache(PageCache cache, Template t, String template, String path, Path file,
      PageMeta page, Object view) throws IOException {
    Optional<byte[]> previous = cache.find(path, template, page, view);
    if (previous.isPresent()) {
      Files.write(file, previous.get());
      return;
    }
    StringWriter w = new StringWriter();
    try {
      t.process(Map.of("page", page, "msg", messages, "view", view), w);
    } catch (TemplateException e) {
      report(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber(), e.getMessageWithoutStackTop(), path);
      return;
    }
    byte[] bytes = w.toString().getBytes(StandardCharsets.UTF_8);
    Files.write(file, bytes);
    cache.put(path, template, page, view, bytes);
  }

  /** The template errors met so far, one per template position and message. */
  List<Diagnostic> diagnostics() {
    return new ArrayList<>(errors.values());
  }

  /** {@code root}/{@code path}, refusing any path that would leave {@code root}. */
  static Path inside(Path root, String path) {
    Path file = root.resolve(path).normalize();
    if (path.startsWith("/") || path.contains("\\") || !file.startsWith(root) || file.equals(root)) {
      throw new IllegalArgumentException("output path leaves the output folder: " + path);
    }
    return file;
  }

  private void report(@Nullable String template, @Nullable Integer line, @Nullable Integer column,
      @Nullable String message, String page) throws IOException {
    String name = template == null ? "(unknown template)" : theme.describe(template, contentRoot);
    SourcePosition at = new SourcePosition(name, line == null ? 0 : Math.max(line, 0), column == null ? 0 : Math.max(column, 0));
    String text = oneLine(message);
    errors.computeIfAbsent(at + "\n" + text, k -> Diagnostic.error("template.error", at, text,
        "fix the template; this error appeared while writing " + page));
  }

  /** FreeMarker's messages span lines and end with tips after "----"; reports want one line. */
  private static String oneLine(@Nullable String message) {
    if (message == null || message.isBlank()) {
      return "the template failed";
    }
    int tips = message.indexOf("\n----");
    String head = tips < 0 ? message : message.substring(0, tips);
    return head.replaceAll("\\s+", " ").strip();
  }
}
