package eu.sovereignradar.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ways {@code radar serve} ends at once. Serving itself runs until Ctrl-C; PreviewSessionTest
 * drives it.
 */
class ServeCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return RadarCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void aPortInUseIsNamedWithAnotherToTry() throws IOException {
    Files.writeString(
        dir.resolve("radar.yaml"),
        "title: T\nquadrants: [{id: q, title: Q}]\nrings: [{id: r, title: R}]\n");
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0));
      int port = taken.getLocalPort();

      assertThat(run("serve", dir.toString(), "--port", "" + port))
          .isEqualTo(RadarCommand.USAGE_OR_IO);
      assertThat(err.toString())
          .isEqualTo(
              "radar serve: port "
                  + port
                  + " on 127.0.0.1 is already in use (by another"
                  + " radar serve?); stop that program, or choose another port, e.g. --port "
                  + (port == 65535 ? 8081 : port + 1)
                  + System.lineSeparator());
      assertThat(out.toString()).isEmpty();
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"70000", "-1", "65536"})
  void aPortOutsideTheRangeIsAUsageError(String port) {
    assertThat(run("serve", dir.toString(), "--port", port)).isEqualTo(RadarCommand.USAGE_OR_IO);
    assertThat(err.toString())
        .contains("--port " + port + " is not a port: use 1 to 65535, or 0 for a free one")
        .doesNotContain("Exception");
  }

  @Test
  void aMissingContentFolderIsAnIoProblem() {
    assertThat(run("serve", dir.resolve("nope").toString(), "--port", "0"))
        .isEqualTo(RadarCommand.USAGE_OR_IO);
    assertThat(err.toString()).contains("no such file or folder").doesNotContain("Exception");
  }

  @Test
  void helpDescribesThePreview() {
    assertThat(run("serve", "--help")).isZero();
    assertThat(out.toString()).contains("--port", "127.0.0.1", "reload", "Ctrl-C");
  }
}
