package eu.sovereignradar.generator.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Serves the current preview build over HTTP on 127.0.0.1 only, plus the live-reload script and
 * event stream. The folder served is switched in one step after each good build, so a page is
 * always read from one complete build, never from a half-written one. Requests naming another host
 * are refused, so that a web page cannot read the preview through DNS rebinding. Thread-safe.
 */
final class PreviewServer implements AutoCloseable {
  static final String EVENTS = "/__radar/events";
  static final String SCRIPT = "/assets/live-reload.js";

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("xml", "application/xml"),
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("webp", "image/webp"),
          Map.entry("gif", "image/gif"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("woff", "font/woff"));

  /** A complete build and its number; the number goes to pages so they know when to reload. */
  private record Published(@Nullable Path root, int site) {}

  private final HttpServer http;
  private final ExecutorService threads;
  private final LiveReload events;
  private final byte[] script;
  private volatile Published published = new Published(null, 0);

  private PreviewServer(
      HttpServer http, ExecutorService threads, LiveReload events, byte[] script) {
    this.http = http;
    this.threads = threads;
    this.events = events;
    this.script = script;
  }

  /**
   * Listens on 127.0.0.1:{@code port} (0 picks a free port).
   *
   * @throws java.net.BindException when the port is in use
   */
  static PreviewServer start(int port, LiveReload events) throws IOException {
    byte[] script;
    try (InputStream in = PreviewServer.class.getResourceAsStream("live-reload.js")) {
      if (in == null) {
        throw new IllegalStateException("live-reload.js is missing from the generator jar");
      }
      script = in.readAllBytes();
    }
    InetAddress loopback = InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
    HttpServer http = HttpServer.create(new InetSocketAddress(loopback, port), 0);
    // Every open page holds an event stream and its thread, so the pool grows with the pages.
    AtomicInteger count = new AtomicInteger();
    ExecutorService threads =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "radar-preview-http-" + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    http.setExecutor(threads);
    PreviewServer server = new PreviewServer(http, threads, events, script);
    http.createContext("/", server::handle);
    http.start();
    return server;
  }

  int port() {
    return http.getAddress().getPort();
  }

  /** Serves {@code root}, the folder of build number {@code site}, from now on. */
  void publish(Path root, int site) {
    published = new Published(root, site);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!isLocalHost(exchange.getRequestHeaders().getFirst("Host"))) {
        send(
            exchange,
            403,
            "text/plain; charset=utf-8",
            bytes("radar serve answers only to 127.0.0.1 and localhost\n"));
        return;
      }
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, "text/plain; charset=utf-8", bytes("only GET and HEAD\n"));
        return;
      }
      String path = exchange.getRequestURI().getPath();
      if (path.equals(EVENTS)) {
        events.handle(exchange);
        return;
      }
      if (path.equals(SCRIPT)) {
        send(exchange, 200, TYPES.get("js"), script);
        return;
      }
      Published current = published;
      exchange
          .getResponseHeaders()
          .set("Server-Timing", "radar-site;desc=\"" + current.site() + "\"");
      if (current.root() == null) {
        send(exchange, 503, TYPES.get("html"), bytes(NO_SITE_YET));
        return;
      }
      Path file = resolve(current.root(), path);
      if (file != null && Files.isRegularFile(file)) {
        send(exchange, 200, type(file), Files.readAllBytes(file));
        return;
      }
      Path notFound = current.root().resolve("404.html");
      send(
          exchange,
          404,
          TYPES.get("html"),
          Files.isRegularFile(notFound) ? Files.readAllBytes(notFound) : bytes("not found\n"));
    }
  }

  /** Shown until the first build succeeds; the script shows the problems and reloads then. */
  private static final String NO_SITE_YET =
      """
      <!DOCTYPE html>
      <html lang="en">
      <head><meta charset="utf-8"><title>Radar preview</title><script src="/assets/live-reload.js" defer></script></head>
      <body><h1>Radar preview</h1><p>The content has errors, so there is no site to show yet. Fix the problems
      listed below and in the terminal; this page reloads by itself.</p></body>
      </html>
      """;

  /**
   * The file for a request path under {@code root}, or null for paths that leave it or name hidden
   * files (the site's marker, a staging folder). A path ending with {@code /} means its index.html.
   */
  static @Nullable Path resolve(Path root, String requestPath) {
    String p = requestPath.endsWith("/") ? requestPath + "index.html" : requestPath;
    if (!p.startsWith("/") || p.indexOf('\0') >= 0 || p.indexOf('\\') >= 0) {
      return null;
    }
    for (String segment : p.substring(1).split("/")) {
      if (segment.isEmpty() || segment.startsWith(".")) {
        return null;
      }
    }
    Path file = root.resolve(p.substring(1)).normalize();
    return file.startsWith(root) ? file : null;
  }

  static boolean isLocalHost(@Nullable String host) {
    if (host == null) {
      return false;
    }
    String name = host.toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
    return name.equals("127.0.0.1") || name.equals("localhost");
  }

  private static String type(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    // The preview changes with every save; a cached page would hide the change.
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    // The same policy the pages carry as a meta element (docs/security.md), also for non-HTML
    // files.
    exchange
        .getResponseHeaders()
        .set("Content-Security-Policy", "default-src 'self'; object-src 'none'; base-uri 'none'");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    events.close();
    http.stop(0);
    threads.shutdownNow();
  }
}
