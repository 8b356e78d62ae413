package eu.sovereignradar.generator.render.output;

import eu.sovereignradar.generator.render.view.PageMeta;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The pages of the previous render, for the preview server's rebuilds: a page whose template, page
 * data and view are equal to last time is copied from here instead of rendered again. Views are
 * records of strings, lists and records, so equality is value equality, and templates only print
 * what they are given, so equal input means equal output. The UI strings are part of the input too:
 * when they change, nothing is reused. Thread-safe: pages are rendered in parallel.
 */
public final class PageCache {
  private record Entry(String template, PageMeta page, Object view, byte[] bytes) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Set<String> used = ConcurrentHashMap.newKeySet();
  private final AtomicInteger reused = new AtomicInteger();
  private @Nullable Map<String, String> messages;

  /** Starts a render with these UI strings; forgets every page when they differ from last time. */
  public synchronized void start(Map<String, String> currentMessages) {
    if (!currentMessages.equals(messages)) {
      entries.clear();
    }
    messages = currentMessages;
    used.clear();
    reused.set(0);
  }

  /** The bytes written last time for {@code path}, when its input is unchanged. */
  public Optional<byte[]> find(String path, String template, PageMeta page, Object view) {
    Entry e = entries.get(path);
    if (e == null
        || !e.template().equals(template)
        || !e.page().equals(page)
        || !e.view().equals(view)) {
      return Optional.empty();
    }
    used.add(path);
    reused.incrementAndGet();
    return Optional.of(e.bytes());
  }

  public void put(String path, String template, PageMeta page, Object view, byte[] bytes) {
    entries.put(path, new Entry(template, page, view, bytes));
    used.add(path);
  }

  /** Ends a render: pages that were not written this time (a deleted blip) are forgotten. */
  public synchronized void finish() {
    entries.keySet().retainAll(used);
  }

  /** How many pages the current (or last) render copied instead of rendering. */
  public int reused() {
    return reused.get();
  }
}
