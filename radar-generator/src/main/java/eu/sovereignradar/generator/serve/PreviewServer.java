package eu.sovereignradar.generator.serve;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Serves the current preview build over HTTP on 127.0.0.1 only, plus the live-reload script and
 * event stream. The folder served is switched in one step after each good build, so a page is
 * always read from one complete build, never from a half-written one. Requests naming another host
 * are refused, so that a web page cannot read the preview through DNS rebinding. Thread-safe.
 *
 * <p>Bounded, so that an editor's tabs and tools cannot take it down: one thread reads every
 * connection's request head without blocking (at most {@value #MAX_HEAD_BYTES} bytes within {@link
 * #HEAD_TIMEOUT}, at most {@value #MAX_PENDING} connections at a time), so a half-sent request
 * costs no thread; complete requests go to {@value #WORKERS} threads, each open page's event stream
 * to one of at most {@value #MAX_STREAMS} more, and a response a client does not read is cut after
 * {@link #WRITE_TIMEOUT}. Every response closes its connection.
 */
final class PreviewServer implements AutoCloseable {
  static final String EVENTS = "/__radar/events";
  static final String SCRIPT = "/assets/live-reload.js";

  /** Connections whose request head is still being read. */
  static final int MAX_PENDING = 1024;

  static final int MAX_HEAD_BYTES = 16 * 1024;
  static final Duration HEAD_TIMEOUT = Duration.ofSeconds(10);
  static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);

  /** Threads answering complete requests for files, and requests waiting for one. */
  static final int WORKERS = 8;

  private static final int WAITING = 256;

  /** Open pages' event streams, each holding a thread while the page is open. */
  static final int MAX_STREAMS = 48;

  private static final String POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'";

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

  /** A request head: the method, the decoded path (null if it cannot be read) and the host. */
  private record Request(String method, @Nullable String path, @Nullable String host) {}

  /** A connection whose request head is being read. */
  private static final class Pending {
    final ByteBuffer head = ByteBuffer.allocate(MAX_HEAD_BYTES);
    final long deadline;

    Pending(Duration timeout) {
      deadline = System.nanoTime() + timeout.toNanos();
    }
  }

  private final ServerSocketChannel listener;
  private final Selector selector;
  private final Thread reader;
  private final ThreadPoolExecutor workers;
  private final ThreadPoolExecutor streams;
  private final ScheduledExecutorService timeouts;
  private final AtomicInteger openStreams = new AtomicInteger();
  private final LiveReload events;
  private final byte[] script;
  private final Duration headTimeout;
  private volatile Published published = new Published(null, 0);
  private volatile boolean closed;

  private PreviewServer(
      ServerSocketChannel listener, LiveReload events, byte[] script, Duration headTimeout)
      throws IOException {
    this.listener = listener;
    this.headTimeout = headTimeout;
    this.selector = Selector.open();
    this.events = events;
    this.script = script;
    this.workers =
        new ThreadPoolExecutor(
            WORKERS,
            WORKERS,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(WAITING),
            daemons("radar-preview-http-"));
    workers.allowCoreThreadTimeOut(true);
    this.streams =
        new ThreadPoolExecutor(
            0,
            MAX_STREAMS,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            daemons("radar-preview-events-"));
    this.timeouts = Executors.newSingleThreadScheduledExecutor(daemons("radar-preview-timeout-"));
    this.reader = new Thread(this::readHeads, "radar-preview-accept");
    this.reader.setDaemon(true);
  }

  private static ThreadFactory daemons(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * Listens on 127.0.0.1:{@code port} (0 picks a free port).
   *
   * @throws java.net.BindException when the port is in use
   */
  static PreviewServer start(int port, LiveReload events) throws IOException {
    return start(port, events, HEAD_TIMEOUT);
  }

  /** {@code headTimeout}: shorter in tests, which wait for it. */
  static PreviewServer start(int port, LiveReload events, Duration headTimeout) throws IOException {
    byte[] script;
    try (InputStream in = PreviewServer.class.getResourceAsStream("live-reload.js")) {
      if (in == null) {
        throw new IllegalStateException("live-reload.js is missing from the generator jar");
      }
      script = in.readAllBytes();
    }
    InetAddress loopback = InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
    ServerSocketChannel listener = ServerSocketChannel.open();
    try {
      listener.bind(new InetSocketAddress(loopback, port), 128);
      listener.configureBlocking(false);
      PreviewServer server = new PreviewServer(listener, events, script, headTimeout);
      listener.register(server.selector, SelectionKey.OP_ACCEPT);
      server.reader.start();
      return server;
    } catch (IOException | RuntimeException e) {
      listener.close();
      throw e;
    }
  }

  int port() {
    return listener.socket().getLocalPort();
  }

  /** Serves {@code root}, the folder of build number {@code site}, from now on. */
  void publish(Path root, int site) {
    published = new Published(root, site);
  }

  /** The accepting thread: reads request heads without blocking and hands complete ones on. */
  private void readHeads() {
    List<SelectionKey> ready = new ArrayList<>();
    while (!closed) {
      try {
        selector.select(1_000);
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
          SelectionKey key = keys.next();
          keys.remove();
          if (!key.isValid()) {
            continue;
          }
          if (key.isAcceptable()) {
            accept();
          } else if (key.isReadable() && read(key)) {
            ready.add(key);
          }
        }
        expire();
        if (!ready.isEmpty()) {
          for (SelectionKey key : ready) {
            key.cancel();
          }
          // A cancelled key leaves the selector at its next selection; only then can the channel
          // block again for the worker threads.
          selector.selectNow();
          for (SelectionKey key : ready) {
            dispatch((SocketChannel) key.channel(), (Pending) key.attachment());
          }
          ready.clear();
        }
      } catch (IOException | RuntimeException e) {
        if (closed) {
          return;
        }
        // One connection's failure must not stop the server.
      }
    }
  }

  private void accept() throws IOException {
    SocketChannel channel;
    while ((channel = listener.accept()) != null) {
      if (selector.keys().size() > MAX_PENDING) {
        // More unfinished requests than any browser sends: refuse the newest.
        channel.close();
        continue;
      }
      channel.configureBlocking(false);
      channel.register(selector, SelectionKey.OP_READ, new Pending(headTimeout));
    }
  }

  /** Reads what arrived; true when the head is complete. */
  private static boolean read(SelectionKey key) {
    SocketChannel channel = (SocketChannel) key.channel();
    Pending pending = (Pending) key.attachment();
    try {
      int n = channel.read(pending.head);
      if (n < 0) {
        close(key);
        return false;
      }
      if (headEnd(pending.head) >= 0) {
        return true;
      }
      if (!pending.head.hasRemaining()) {
        refuse(key, 431, "Request Header Fields Too Large");
      }
    } catch (IOException e) {
      close(key);
    }
    return false;
  }

  private void expire() {
    long now = System.nanoTime();
    for (SelectionKey key : selector.keys()) {
      if (key.attachment() instanceof Pending p && now - p.deadline > 0 && key.isValid()) {
        refuse(key, 408, "Request Timeout");
      }
    }
  }

  /** Answers a connection the reading thread gives up on, without blocking, then closes it. */
  private static void refuse(SelectionKey key, int status, String reason) {
    try {
      ((SocketChannel) key.channel())
          .write(
              ByteBuffer.wrap(
                  ("HTTP/1.1 "
                          + status
                          + " "
                          + reason
                          + "\r\nConnection: close\r\n"
                          + "Content-Length: 0\r\n\r\n")
                      .getBytes(StandardCharsets.US_ASCII)));
    } catch (IOException e) {
      // The client is gone already.
    }
    close(key);
  }

  private static void close(SelectionKey key) {
    key.cancel();
    try {
      key.channel().close();
    } catch (IOException e) {
      // Closing a socket that failed cannot be helped.
    }
  }

  private void dispatch(SocketChannel channel, Pending pending) {
    Request request = parse(pending.head);
    try {
      channel.configureBlocking(true);
      if (request.path() != null && request.path().equals(EVENTS) && isAllowed(request)) {
        if (openStreams.incrementAndGet() > MAX_STREAMS) {
          openStreams.decrementAndGet();
          workers.execute(() -> answer(channel, request, true));
        } else {
          streams.execute(() -> stream(channel));
        }
      } else {
        workers.execute(() -> answer(channel, request, false));
      }
    } catch (IOException | RejectedExecutionException e) {
      closeQuietly(channel);
    }
  }

  private static boolean isAllowed(Request request) {
    return isLocalHost(request.host()) && request.method().equals("GET");
  }

  static Request parse(ByteBuffer buffer) {
    String head = new String(buffer.array(), 0, headEnd(buffer), StandardCharsets.ISO_8859_1);
    String[] lines = head.split("\r\n");
    String[] first = lines[0].split(" ");
    String method = first.length == 3 ? first[0] : "";
    String path = null;
    if (first.length == 3 && first[1].startsWith("/")) {
      try {
        path = new URI(first[1]).getPath();
      } catch (URISyntaxException e) {
        path = null;
      }
    }
    String host = null;
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0 && lines[i].substring(0, colon).trim().equalsIgnoreCase("Host")) {
        host = lines[i].substring(colon + 1).trim();
      }
    }
    return new Request(method, path, host);
  }

  /** Where the blank line ending the head starts, or -1. */
  private static int headEnd(ByteBuffer buffer) {
    byte[] b = buffer.array();
    for (int i = 3; i < buffer.position(); i++) {
      if (b[i] == '\n' && b[i - 1] == '\r' && b[i - 2] == '\n' && b[i - 3] == '\r') {
        return i - 3;
      }
    }
    return -1;
  }

  private void stream(SocketChannel channel) {
    try (channel;
        OutputStream out = channel.socket().getOutputStream()) {
      out.write(
          ("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
                  + "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n"
                  + "Connection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      events.stream(out);
    } catch (IOException pageClosed) {
      // The browser went away; nothing to report.
    } finally {
      openStreams.decrementAndGet();
    }
  }

  /** Answers one request on a worker thread; a client that does not read is cut off. */
  private void answer(SocketChannel channel, Request request, boolean tooManyStreams) {
    ScheduledFuture<?> cut =
        timeouts.schedule(
            () -> closeQuietly(channel), WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    try (channel;
        OutputStream out = new BufferedOutputStream(channel.socket().getOutputStream())) {
      respond(out, request, tooManyStreams);
      out.flush();
    } catch (IOException e) {
      // The client went away or was cut off.
    } finally {
      cut.cancel(false);
    }
  }

  private void respond(OutputStream out, Request request, boolean tooManyStreams)
      throws IOException {
    boolean head = request.method().equals("HEAD");
    Map<String, String> headers = new LinkedHashMap<>();
    if (!isLocalHost(request.host())) {
      send(
          out,
          head,
          403,
          "text/plain; charset=utf-8",
          headers,
          bytes("radar serve answers only to 127.0.0.1 and localhost\n"));
      return;
    }
    if (!request.method().equals("GET") && !head) {
      headers.put("Allow", "GET, HEAD");
      send(out, false, 405, "text/plain; charset=utf-8", headers, bytes("only GET and HEAD\n"));
      return;
    }
    String path = request.path();
    if (path == null) {
      send(out, head, 400, "text/plain; charset=utf-8", headers, bytes("bad request\n"));
      return;
    }
    if (path.equals(EVENTS)) {
      headers.put("Retry-After", "5");
      send(
          out,
          head,
          503,
          "text/plain; charset=utf-8",
          headers,
          bytes(tooManyStreams ? "too many open preview pages\n" : "only GET\n"));
      return;
    }
    if (path.equals(SCRIPT)) {
      send(out, head, 200, TYPES.get("js"), headers, script);
      return;
    }
    Published current = published;
    headers.put("Server-Timing", "radar-site;desc=\"" + current.site() + "\"");
    if (current.root() == null) {
      send(out, head, 503, TYPES.get("html"), headers, bytes(NO_SITE_YET));
      return;
    }
    Path file = resolve(current.root(), path);
    if (file != null && Files.isRegularFile(file)) {
      send(out, head, 200, type(file), headers, Files.readAllBytes(file));
      return;
    }
    Path notFound = current.root().resolve("404.html");
    send(
        out,
        head,
        404,
        TYPES.get("html"),
        headers,
        Files.isRegularFile(notFound) ? Files.readAllBytes(notFound) : bytes("not found\n"));
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

  private static void send(
      OutputStream out,
      boolean head,
      int status,
      String type,
      Map<String, String> extra,
      byte[] body)
      throws IOException {
    StringBuilder h = new StringBuilder("HTTP/1.1 ").append(status).append(' ');
    h.append(reason(status)).append("\r\n");
    h.append("Content-Type: ").append(type).append("\r\n");
    h.append("Content-Length: ").append(body.length).append("\r\n");
    // The preview changes with every save; a cached page would hide the change.
    h.append("Cache-Control: no-store\r\n");
    h.append("X-Content-Type-Options: nosniff\r\n");
    // The same policy the pages carry as a meta element (docs/security.md), also for non-HTML
    // files.
    h.append("Content-Security-Policy: ").append(POLICY).append("\r\n");
    extra.forEach((k, v) -> h.append(k).append(": ").append(v).append("\r\n"));
    h.append("Connection: close\r\n\r\n");
    out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
    if (!head) {
      out.write(body);
    }
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 400 -> "Bad Request";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      default -> "Service Unavailable";
    };
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static void closeQuietly(SocketChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // Nothing to do about a socket that cannot be closed.
    }
  }

  @Override
  public void close() {
    closed = true;
    events.close();
    try {
      selector.wakeup();
      reader.join(5_000);
      for (SelectionKey key : selector.keys()) {
        key.channel().close();
      }
      selector.close();
      listener.close();
    } catch (IOException e) {
      // Closing sockets cannot fail in a way that matters here.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    workers.shutdownNow();
    streams.shutdownNow();
    timeouts.shutdownNow();
  }
}
