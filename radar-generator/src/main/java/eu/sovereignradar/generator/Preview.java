package eu.sovereignradar.generator;

import eu.sovereignradar.generator.serve.PreviewSession;
import java.net.URI;

/**
 * A running live preview, started by {@link RadarGenerator#serve}. Thread-safe; {@link #close()}
 * (idempotent) stops the server and the watcher and deletes the preview's temporary files.
 */
public final class Preview implements AutoCloseable {
  private final PreviewSession session;

  Preview(PreviewSession session) {
    this.session = session;
  }

  /** Where the preview is served, e.g. {@code http://127.0.0.1:8080/}. */
  public URI address() {
    return session.address();
  }

  /** Blocks until the thread is interrupted (Ctrl-C ends the JVM through a shutdown hook). */
  public void awaitStop() {
    try {
      new java.util.concurrent.CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    session.close();
  }
}
