package eu.sovereignradar.generator.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server under the load an editor's tabs and tools (or a careless script) can put on
 * it: half-sent requests, slow headers, huge headers, many open pages. It keeps answering, with a
 * bounded number of threads.
 */
class PreviewServerLimitsTest {
  private static final Duration HEAD_TIMEOUT = Duration.ofSeconds(1);

  @TempDir Path site;
  PreviewServer server;
  final List<Socket> sockets = new ArrayList<>();
  final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @BeforeEach
  void startServer() throws IOException {
    Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>x</title>home");
    server = PreviewServer.start(0, new LiveReload("{\"site\":1}"), HEAD_TIMEOUT);
    server.publish(site.toRealPath(), 1);
  }

  @AfterEach
  void stop() {
    for (Socket s : sockets) {
      try {
        s.close();
      } catch (IOException e) {
        // Closed by the server already.
      }
    }
    server.close();
  }

  @Test
  void manyHalfSentRequestsTakeNoThreadAndTheServerStillAnswers() throws Exception {
    int before = threads();
    for (int i = 0; i < 800; i++) {
      Socket s = open();
      s.getOutputStream().write(ascii("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "));
    }
    long start = System.nanoTime();
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("home");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    assertThat(threads() - before)
        .as("threads added while 800 requests are half-sent")
        .isLessThanOrEqualTo(PreviewServer.WORKERS + 2);
  }

  @Test
  void aSlowRequestHeadIsCutOffAfterTheTimeout() throws Exception {
    Socket slow = open();
    slow.setSoTimeout(10_000);
    slow.getOutputStream().write(ascii("GET / HTTP/1.1\r\n"));
    long start = System.nanoTime();
    // A header every half second, never the blank line that ends the head.
    Thread drip =
        new Thread(
            () -> {
              try {
                for (int i = 0; i < 20; i++) {
                  Thread.sleep(500);
                  slow.getOutputStream().write(ascii("X-Drip: " + i + "\r\n"));
                }
              } catch (IOException | InterruptedException closed) {
                // Cut off by the server, as it should be.
              }
            });
    drip.setDaemon(true);
    drip.start();
    String reply = new String(slow.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    assertThat(reply).startsWith("HTTP/1.1 408");
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isBetween(HEAD_TIMEOUT.minusMillis(100), HEAD_TIMEOUT.plusSeconds(3));
  }

  @Test
  void aHugeRequestHeadIsRefused() throws Exception {
    Socket s = open();
    s.getOutputStream().write(ascii("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "));
    s.getOutputStream().write(ascii("a".repeat(PreviewServer.MAX_HEAD_BYTES)));
    String reply = new String(read(s.getInputStream()), StandardCharsets.US_ASCII);
    assertThat(reply).startsWith("HTTP/1.1 431");
  }

  @Test
  void openPagesBeyondTheLimitGetNoEventStreamButPagesStillLoad() throws Exception {
    int before = threads();
    for (int i = 0; i < PreviewServer.MAX_STREAMS + 20; i++) {
      Socket s = open();
      s.getOutputStream()
          .write(ascii("GET " + PreviewServer.EVENTS + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
    }
    int refused = 0;
    for (Socket s : sockets) {
      s.setSoTimeout(5_000);
      String status = statusLine(s.getInputStream());
      if (status.startsWith("HTTP/1.1 503")) {
        refused++;
      } else {
        assertThat(status).startsWith("HTTP/1.1 200");
      }
    }
    assertThat(refused).isEqualTo(20);
    assertThat(get("/").statusCode()).isEqualTo(200);
    assertThat(threads() - before).isLessThanOrEqualTo(PreviewServer.MAX_STREAMS + 12);
  }

  private Socket open() throws IOException {
    Socket s = new Socket("127.0.0.1", server.port());
    // A server without the limits would keep these waiting: the test fails instead of hanging.
    s.setSoTimeout(10_000);
    sockets.add(s);
    return s;
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .timeout(Duration.ofSeconds(5))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String statusLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      line.append((char) c);
    }
    return line.toString().trim();
  }

  private static byte[] read(InputStream in) throws IOException {
    try {
      return in.readAllBytes();
    } catch (java.net.SocketException reset) {
      // The server may reset a connection it closed with unread bytes: the reply came first.
      return new byte[0];
    }
  }

  private static int threads() {
    return ManagementFactory.getThreadMXBean().getThreadCount();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
