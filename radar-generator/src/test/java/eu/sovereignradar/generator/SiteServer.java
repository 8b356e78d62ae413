package eu.sovereignradar.generator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a generated site on 127.0.0.1 at an ephemeral port, the way a static host would, with the
 * Content-Security-Policy header that docs/security.md asks hosts to send. Test support for the
 * browser tests; the JDK's server, because Java 17 has no {@code SimpleFileServer}.
 */
final class SiteServer implements AutoCloseable {
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "svg", "image/svg+xml",
          "xml", "application/xml",
          "json", "application/json",
          "txt", "text/plain; charset=utf-8");

  private final HttpServer server;
  private final Path root;
  private final String csp;
  private final String prefix;

  private SiteServer(Path root, String csp, String prefix) throws IOException {
    this.root = root.toRealPath();
    this.csp = csp;
    this.prefix = prefix;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts serving {@code root}; every response carries {@code csp} as its policy header. */
  static SiteServer start(Path root, String csp) throws IOException {
    return new SiteServer(root, csp, "/");
  }

  /**
   * Serves {@code root} under {@code prefix} (e.g. {@code /group/project/}), as GitLab Pages serves
   * a project site: a missing path under the prefix gets the site's 404 page, any path outside it a
   * plain 404.
   */
  static SiteServer startUnder(Path root, String csp, String prefix) throws IOException {
    return new SiteServer(root, csp, prefix);
  }

  /** E.g. {@code http://127.0.0.1:41234/}, with the prefix. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (!path.startsWith(prefix)) {
        byte[] none = "Not found".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", TYPES.get("txt"));
        exchange.sendResponseHeaders(404, none.length);
        exchange.getResponseBody().write(none);
        return;
      }
      Path file = root.resolve(path.substring(prefix.length())).normalize();
      if (Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      exchange.getResponseHeaders().set("Content-Security-Policy", csp);
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        byte[] notFound = Files.readAllBytes(root.resolve("404.html"));
        exchange.getResponseHeaders().set("Content-Type", TYPES.get("html"));
        exchange.sendResponseHeaders(404, notFound.length);
        exchange.getResponseBody().write(notFound);
        return;
      }
      String name = file.getFileName().toString();
      String type =
          TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
      byte[] body = Files.readAllBytes(file);
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
