package eu.sovereignradar.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A mistyped command or option is a usage error that names the nearest one, and only a near one.
 */
class TypoTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "bulid content | radar: 'bulid' is not a command (did you mean 'build'?) | Try 'radar --help'.",
        "serv | radar: 'serv' is not a command (did you mean 'serve'?) | Try 'radar --help'.",
        "frobnicate | radar: 'frobnicate' is not a command | Try 'radar --help'.",
        "build --stict content | radar: unknown option '--stict' (did you mean '--strict'?) | Try 'radar build --help'.",
        "validate --formt json content | radar: unknown option '--formt' (did you mean '--format'?) | Try 'radar validate --help'."
      })
  void namesTheNearestCommandOrOption(String args, String message, String help) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        RadarCommand.execute(
            args.split(" "), new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(code).isEqualTo(RadarCommand.USAGE_OR_IO);
    assertThat(err.toString().lines()).containsExactly(message, help);
    assertThat(out.toString()).isEmpty();
  }
}
