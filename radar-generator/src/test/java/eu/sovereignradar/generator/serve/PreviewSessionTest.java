package eu.sovereignradar.generator.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.sovereignradar.generator.GeneratorOptions;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server end to end: start it on a free port, load pages, edit a blip and see the new
 * text served and a reload event sent; break the blip and see the last good page still served with
 * the problems sent to the page; fix it and see the site come back.
 */
class PreviewSessionTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Path content;
  private PreviewSession session;
  private final BlockingQueue<PreviewBuild> builds = new LinkedBlockingQueue<>();
  private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();

  @BeforeEach
  void writeRadar() throws IOException {
    content = dir.resolve("content");
    write(
        "radar.yaml",
        """
        title: Preview radar
        quadrants: [{id: tools, title: Tools}]
        rings: [{id: adopt, title: Adopt}, {id: trial, title: Trial}]
        """);
    write("blips/nextcloud.md", blip("adopt", "The original assessment."));
    write("blips/jitsi.md", blip("trial", "Video meetings."));
  }

  @AfterEach
  void stop() {
    if (session != null) {
      session.close();
    }
  }

  private static String blip(String ring, String body) {
    return "---\ntitle: A tool\nring: " + ring + "\nquadrant: tools\n---\n" + body + "\n";
  }

  private void write(String path, String text) throws IOException {
    Path file = content.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private void start(GeneratorOptions options) throws IOException {
    session = Generators.start(options, 0, builds::add);
  }

  private PreviewBuild nextBuild() throws InterruptedException {
    PreviewBuild b = builds.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(b).as("a build within %s", WAIT).isNotNull();
    return b;
  }

  private JsonNode nextEvent() throws InterruptedException {
    JsonNode e = events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(e).as("an event within %s", WAIT).isNotNull();
    return e;
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(session.address().resolve(path)).timeout(WAIT).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Listens to the event stream as a page does, putting each build event's JSON in {@link #events}.
   */
  private void listen() throws Exception {
    HttpResponse<Stream<String>> stream =
        http.sendAsync(
                HttpRequest.newBuilder(session.address().resolve(PreviewServer.EVENTS)).build(),
                HttpResponse.BodyHandlers.ofLines())
            .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(stream.headers().firstValue("Content-Type"))
        .contains("text/event-stream; charset=utf-8");
    Thread reader =
        new Thread(
            () -> {
              try {
                stream
                    .body()
                    .filter(l -> l.startsWith("data: "))
                    .forEach(
                        l -> {
                          try {
                            events.add(JSON.readTree(l.substring("data: ".length())));
                          } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                          }
                        });
              } catch (java.io.UncheckedIOException streamEnded) {
                // The session was closed at the end of the test.
              }
            });
    reader.setDaemon(true);
    reader.start();
  }

  @Test
  void servesTheSiteAndServesTheNewTextAfterABlipIsEdited() throws Exception {
    start(GeneratorOptions.builder(content).build());
    PreviewBuild first = nextBuild();
    assertThat(first.published()).isTrue();
    assertThat(first.changes()).isEmpty();

    HttpResponse<String> page = get("blips/nextcloud.html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
    assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .contains("default-src 'self'; object-src 'none'; base-uri 'none'");
    assertThat(page.body())
        .contains("The original assessment.")
        .contains("<script src=\"/assets/live-reload.js\" defer></script>");
    assertThat(get("").body()).contains("Preview radar");
    assertThat(get("assets/live-reload.js").body())
        .contains("new EventSource(\"/__radar/events\")");
    listen();
    assertThat(nextEvent().get("site").asInt()).isEqualTo(first.site());

    write("blips/nextcloud.md", blip("adopt", "The assessment, rewritten."));

    PreviewBuild second = nextBuild();
    assertThat(second.published()).isTrue();
    assertThat(second.changes()).contains("blips/nextcloud.md");
    assertThat(second.site()).isGreaterThan(first.site());
    JsonNode reload = nextEvent();
    assertThat(reload.get("site").asInt()).isEqualTo(second.site());
    assertThat(reload.get("problems")).isEmpty();
    assertThat(get("blips/nextcloud.html").body())
        .contains("The assessment, rewritten.")
        .doesNotContain("The original assessment.");
  }

  @Test
  void brokenContentKeepsTheLastGoodSiteAndSendsTheProblemsToThePage() throws Exception {
    start(GeneratorOptions.builder(content).build());
    int good = nextBuild().site();
    listen();
    nextEvent();

    write("blips/nextcloud.md", blip("trail", "Broken now."));

    PreviewBuild broken = nextBuild();
    assertThat(broken.published()).isFalse();
    assertThat(broken.site()).isEqualTo(good);
    JsonNode state = nextEvent();
    assertThat(state.get("site").asInt()).isEqualTo(good);
    assertThat(state.get("summary").asText())
        .isEqualTo(
            "The content has 1 error, 0 warnings in 3 files. The page shows the last good build.");
    assertThat(state.get("problems").get(0).asText())
        .contains("blips/nextcloud.md:3:7: error [blip.unknown-ring]");
    assertThat(get("blips/nextcloud.html").body()).contains("The original assessment.");

    write("blips/nextcloud.md", blip("trial", "Fixed."));

    PreviewBuild fixed = nextBuild();
    assertThat(fixed.published()).isTrue();
    assertThat(nextEvent().get("problems")).isEmpty();
    assertThat(get("blips/nextcloud.html").body()).contains("Fixed.");
  }

  @Test
  void brokenContentAtStartShowsAPageThatWaitsForAFix() throws Exception {
    write("blips/jitsi.md", blip("nope", "x"));
    start(GeneratorOptions.builder(content).build());
    assertThat(nextBuild().published()).isFalse();

    HttpResponse<String> waiting = get("blips/jitsi.html");
    assertThat(waiting.statusCode()).isEqualTo(503);
    assertThat(waiting.body()).contains("<script src=\"/assets/live-reload.js\" defer></script>");

    write("blips/jitsi.md", blip("trial", "Video meetings."));
    assertThat(nextBuild().published()).isTrue();
    assertThat(get("blips/jitsi.html").statusCode()).isEqualTo(200);
  }

  @Test
  void aChangedTemplateFolderIsReadAgain() throws Exception {
    Path templates = dir.resolve("theme");
    Files.createDirectories(templates.resolve("assets"));
    Files.writeString(templates.resolve("assets/extra.css"), "body { color: red; }\n");
    start(GeneratorOptions.builder(content).templateDirectory(templates).build());
    nextBuild();
    assertThat(get("assets/extra.css").body()).contains("red");

    Files.writeString(templates.resolve("assets/extra.css"), "body { color: green; }\n");

    PreviewBuild rebuilt = nextBuild();
    assertThat(rebuilt.changes()).contains("assets/extra.css");
    assertThat(get("assets/extra.css").body()).contains("green");
  }

  @Test
  void unknownPathsGetTheSiteNotFoundPageAndOtherHostsAreRefused() throws Exception {
    start(GeneratorOptions.builder(content).build());
    nextBuild();

    HttpResponse<String> missing = get("blips/nothing.html");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("<html");
    assertThat(get(".sovereign-radar").statusCode()).isEqualTo(404);

    // A page on another site reaching the preview through DNS rebinding names its own host.
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", session.address().getPort())) {
      socket
          .getOutputStream()
          .write(
              "GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n"
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String reply =
          new String(
              socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(reply).startsWith("HTTP/1.1 403");
    }
  }

  @Test
  void aPortInUseIsReportedBeforeAnythingIsBuilt() throws IOException {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0));
      assertThatThrownBy(
              () ->
                  Generators.start(
                      GeneratorOptions.builder(content).build(), taken.getLocalPort(), builds::add))
          .isInstanceOf(BindException.class);
    }
    assertThat(builds).isEmpty();
  }

  @Test
  void aMissingContentFolderIsReportedAtOnce() {
    assertThatThrownBy(
            () ->
                Generators.start(
                    GeneratorOptions.builder(dir.resolve("nope")).build(), 0, builds::add))
        .isInstanceOf(java.nio.file.NoSuchFileException.class);
  }

  @Test
  void requestPathsStayInsideTheSiteAndAwayFromHiddenFiles() {
    Path root = dir.resolve("site").toAbsolutePath();
    assertThat(PreviewServer.resolve(root, "/")).isEqualTo(root.resolve("index.html"));
    assertThat(PreviewServer.resolve(root, "/blips/x.html"))
        .isEqualTo(root.resolve("blips/x.html"));
    assertThat(PreviewServer.resolve(root, "/../secret")).isNull();
    assertThat(PreviewServer.resolve(root, "/blips/../../secret")).isNull();
    assertThat(PreviewServer.resolve(root, "/.sovereign-radar")).isNull();
    assertThat(PreviewServer.resolve(root, "/.sovereign-radar-staging/index.html")).isNull();
    assertThat(PreviewServer.resolve(root, "/a\\..\\b")).isNull();
    assertThat(PreviewServer.resolve(root, "//etc/passwd")).isNull();
    assertThat(PreviewServer.isLocalHost("127.0.0.1:8080")).isTrue();
    assertThat(PreviewServer.isLocalHost("LOCALHOST:1")).isTrue();
    assertThat(PreviewServer.isLocalHost("127.0.0.1.evil.example:8080")).isFalse();
    assertThat(PreviewServer.isLocalHost(null)).isFalse();
  }

  @Test
  void closingDeletesTheWorkspaceAndFreesThePort() throws Exception {
    start(GeneratorOptions.builder(content).build());
    nextBuild();
    int port = session.address().getPort();
    session.close();
    session = null;
    try (ServerSocket again = new ServerSocket()) {
      again.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port));
    }
  }
}
