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

  /**
   * Serves until the JVM stops (Ctrl-C), then closes the preview through a shutdown hook; returns
   * early only when the calling thread is interrupted.
   */
  public void runUntilStopped() {
    Runtime.getRuntime().addShutdownHook(new Thread(this::close, "radar-serve-stop"));
    try {
      new java.util.concurrent.CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A port to suggest when {@code port} is in use. */
  public static int otherPort(int port) {
    return port == 65535 ? 8081 : port + 1;
  }

  @Override
  public void close() {
    session.close();
  }
}
