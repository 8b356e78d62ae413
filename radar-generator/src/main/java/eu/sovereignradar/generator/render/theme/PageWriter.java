package eu.sovereignradar.generator.render.theme;

import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.diagnostic.SourcePosition;
import eu.sovereignradar.generator.render.output.OutputBudget;
import eu.sovereignradar.generator.render.output.PageBuffer;
import eu.sovereignradar.generator.render.output.PageCache;
import eu.sovereignradar.generator.render.output.PreviousSite;
import eu.sovereignradar.generator.render.view.PageMeta;
import freemarker.core.ParseException;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * Renders one template into one file under the output root. Safe to call from many threads at once.
 * A template error becomes a diagnostic naming the template and line (reported once, however many
 * pages hit it), and the build goes on so one run shows every broken template.
 */
public final class PageWriter {
  private final ThemeTemplates templates;
  private final Theme theme;
  private final Path contentRoot;
  private final Path root;
  private final ObjectWrapper wrapper;

  /** The UI strings, wrapped once: every page reads dozens of them. */
  private final TemplateModel messages;

  private final ConcurrentMap<String, Diagnostic> errors = new ConcurrentHashMap<>();

  private final @Nullable PageCache cache;

  private final OutputBudget budget;

  private final PreviousSite previous;

  /**
   * @param cache the previous render's pages to reuse (preview rebuilds), or null to render every
   *     page
   * @param budget charged with every page before it is written
   * @param previous the site this one replaces: an unchanged page is linked to its file there
   */
  public PageWriter(
      ThemeTemplates templates,
      Theme theme,
      Path contentRoot,
      Path root,
      Messages messages,
      @Nullable PageCache cache,
      OutputBudget budget,
      PreviousSite previous) {
    this.templates = templates;
    this.previous = previous;
    this.budget = budget;
    this.theme = theme;
    this.contentRoot = contentRoot;
    this.root = root;
    this.wrapper = templates.objectWrapper();
    this.cache = cache;
    if (cache != null) {
      cache.start(messages.all());
    }
    try {
      this.messages = wrapper.wrap(messages.all());
    } catch (TemplateModelException e) {
      throw new IllegalStateException("the object wrapper refused a map of strings", e);
    }
  }

  /**
   * Writes {@code template} with {@code page} and {@code view} to {@code path} (relative, {@code
   * /}).
   */
  public void write(String template, String path, PageMeta page, Object view) throws IOException {
    Path file = inside(root, path);
    Template t;
    try {
      t = templates.get(template);
    } catch (ParseException e) {
      report(
          e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage(), path);
      return;
    }
    if (cache != null) {
      Optional<byte[]> cached = cache.find(path, template, page, view);
      if (cached.isPresent()) {
        budget.charge(cached.get().length);
        previous.write(file, path, cached.get());
        return;
      }
    }
    // The preview keeps every page's bytes for the next rebuild, so it never spills.
    try (PageFile spill = new PageFile(file, budget)) {
      PageBuffer out = cache == null ? new PageBuffer(spill) : new PageBuffer();
      try {
        // Wrapped here once rather than each time a template names them.
        SimpleHash model = new SimpleHash(wrapper);
        model.put("page", wrapper.wrap(page));
        model.put("msg", messages);
        model.put("view", wrapper.wrap(view));
        t.process(model, out);
      } catch (TemplateException e) {
        spill.discard();
        report(
            e.getTemplateSourceName(),
            e.getLineNumber(),
            e.getColumnNumber(),
            e.getMessageWithoutStackTop(),
            path);
        return;
      }
      if (out.spilled()) {
        out.finish();
        return;
      }
      byte[] bytes = out.utf8();
      budget.charge(bytes.length);
      previous.write(file, path, bytes);
      if (cache != null) {
        cache.put(path, template, page, view, bytes);
      }
    }
  }

  /**
   * The file of a page too large to hold in memory, opened when its buffer first spills; every
   * slice is charged to the budget before it is written, as a whole page is.
   */
  private static final class PageFile implements PageBuffer.Sink, Closeable {
    private final Path file;
    private final OutputBudget budget;
    private @Nullable OutputStream out;

    PageFile(Path file, OutputBudget budget) {
      this.file = file;
      this.budget = budget;
    }

    @Override
    public void write(byte[] bytes, int length) throws IOException {
      budget.charge(length);
      OutputStream to = out;
      if (to == null) {
        to = Files.newOutputStream(file);
        out = to;
      }
      to.write(bytes, 0, length);
    }

    /** Removes what a page that failed half-way had written: its template error is reported. */
    void discard() throws IOException {
      boolean opened = out != null;
      close();
      if (opened) {
        Files.deleteIfExists(file);
      }
    }

    @Override
    public void close() throws IOException {
      OutputStream to = out;
      out = null;
      if (to != null) {
        to.close();
      }
    }
  }

  /** The template errors met so far, one per template position and message. */
  public List<Diagnostic> diagnostics() {
    return new ArrayList<>(errors.values());
  }

  /** {@code root}/{@code path}, refusing any path that would leave {@code root}. */
  public static Path inside(Path root, String path) {
    Path file = root.resolve(path).normalize();
    if (path.startsWith("/")
        || path.contains("\\")
        || !file.startsWith(root)
        || file.equals(root)) {
      throw new IllegalArgumentException("output path leaves the output folder: " + path);
    }
    return file;
  }

  private void report(
      @Nullable String template,
      @Nullable Integer line,
      @Nullable Integer column,
      @Nullable String message,
      String page)
      throws IOException {
    String name = template == null ? "(unknown template)" : theme.describe(template, contentRoot);
    SourcePosition at =
        new SourcePosition(
            name, line == null ? 0 : Math.max(line, 0), column == null ? 0 : Math.max(column, 0));
    String text = oneLine(message);
    errors.computeIfAbsent(
        at + "\n" + text,
        k ->
            Diagnostic.error(
                "template.error",
                at,
                text,
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
