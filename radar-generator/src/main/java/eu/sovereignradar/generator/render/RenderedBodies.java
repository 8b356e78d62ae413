package eu.sovereignradar.generator.render;

import eu.sovereignradar.generator.render.safety.MarkdownRenderer.RenderedMarkdown;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The Markdown bodies rendered by a build, kept for the next build in the same JVM: the preview
 * server's rebuilds and the build daemon's. A body is rendered by a pure function of its text (no
 * path, language or option reaches it), so the text is the whole key, and a body edited since is
 * simply not found. Rendering the bodies is a fifth of a large build's work, and between two builds
 * almost every body is unchanged.
 *
 * <p>Only the bodies of the last build are kept ({@link #finish()}), and no more than {@code
 * maxChars} characters of them (source, HTML and text): past that, a body is rendered and not kept.
 * A build whose content is too large for that keeps nothing at all ({@link #start(long)}): such a
 * radar needs its whole heap, and bodies held for the next build could make it run out.
 * Thread-safe: pages render in parallel. Two builds that overlap only lose entries of each other,
 * never see a wrong one.
 */
public final class RenderedBodies {
  private record Entry(RenderedMarkdown rendered, long chars) {}

  private final long maxChars;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Set<String> used = ConcurrentHashMap.newKeySet();
  private final AtomicLong chars = new AtomicLong();
  private volatile boolean keeping = true;

  /** Keeps at most {@code maxChars} characters of bodies, their source text included. */
  public RenderedBodies(long maxChars) {
    this.maxChars = maxChars;
  }

  /**
   * A cache sized for this JVM's heap: an eighth of it, counted as one byte per character (the
   * Latin-1 strings most bodies are). A 10,000-blip radar takes about a tenth of a 1 GiB heap.
   */
  public static RenderedBodies forHeap() {
    return new RenderedBodies(Runtime.getRuntime().maxMemory() / 8);
  }

  /**
   * Starts a build of {@code contentBytes} of content: what it does not use is dropped at {@link
   * #finish()}. When three characters per byte of content (a body's source, HTML and text take
   * about 3.1 times its source) would not fit, the build keeps no body, and those kept are dropped.
   */
  public void start(long contentBytes) {
    used.clear();
    keeping = contentBytes <= maxChars / 3;
    if (!keeping) {
      entries.clear();
      chars.set(0);
    }
  }

  /** {@code body} rendered: kept from an earlier build, or rendered now by {@code render}. */
  public RenderedMarkdown get(String body, Function<String, RenderedMarkdown> render) {
    if (!keeping) {
      return render.apply(body);
    }
    used.add(body);
    Entry kept = entries.get(body);
    if (kept != null) {
      return kept.rendered();
    }
    RenderedMarkdown rendered = render.apply(body);
    long size = (long) body.length() + rendered.html().markup().length() + rendered.text().length();
    if (chars.addAndGet(size) <= maxChars
        && entries.putIfAbsent(body, new Entry(rendered, size)) == null) {
      return rendered;
    }
    chars.addAndGet(-size);
    return rendered;
  }

  /** Ends a build: the bodies it did not use (a deleted or edited blip) are dropped. */
  public void finish() {
    entries.keySet().retainAll(used);
    chars.set(entries.values().stream().mapToLong(Entry::chars).sum());
    used.clear();
  }

  /** How many bodies are kept. */
  public int size() {
    return entries.size();
  }
}
