package eu.sovereignradar.generator.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The server-sent event stream that open preview pages listen to: on connecting, and after every
 * build, a {@code build} event with the state as one line of JSON ({@code site}: the number of the
 * build being served; {@code summary} and {@code problems}: what is wrong when the last build
 * failed). Each page holds one connection and one thread; a comment line every few seconds finds
 * the pages that were closed. Thread-safe.
 */
final class LiveReload {
  private static final long KEEP_ALIVE_SECONDS = 10;

  /** Each open page's queue of states to send; an empty one ends the stream. */
  private final Set<BlockingQueue<Optional<String>>> clients = ConcurrentHashMap.newKeySet();

  private volatile String state;
  private volatile boolean closed;

  LiveReload(String initialState) {
    this.state = initialState;
  }

  /** Sends {@code json} (one line) to every open page, and to pages that connect later. */
  void publish(String json) {
    state = json;
    clients.forEach(q -> q.offer(Optional.of(json)));
  }

  /**
   * Writes the event stream to {@code out} (after the response head) until the page goes away or
   * the server closes.
   */
  void stream(OutputStream out) throws IOException {
    BlockingQueue<Optional<String>> queue = new LinkedBlockingQueue<>();
    queue.offer(Optional.of(state));
    clients.add(queue);
    try {
      // Reconnect quickly when the server restarts.
      write(out, "retry: 1000\n\n");
      while (!closed) {
        Optional<String> next = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
        if (next == null) {
          write(out, ": keep-alive\n\n");
        } else if (next.isEmpty()) {
          break;
        } else {
          write(out, "event: build\ndata: " + next.get() + "\n\n");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      clients.remove(queue);
    }
  }

  private static void write(OutputStream out, String frame) throws IOException {
    out.write(frame.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** Ends every stream. */
  void close() {
    closed = true;
    clients.forEach(q -> q.offer(Optional.empty()));
  }
}
