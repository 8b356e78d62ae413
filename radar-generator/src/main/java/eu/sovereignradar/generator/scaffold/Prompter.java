package eu.sovereignradar.generator.scaffold;

import java.io.Console;
import java.util.Optional;

/** Asks a person for a value. Implementations talk to a terminal; tests script the answers. */
public interface Prompter {

  /**
   * Shows {@code question} and waits for one line.
   *
   * @return the answer (possibly blank), or empty when input has ended (Ctrl-D) and asking again is
   *     pointless
   */
  Optional<String> ask(String question);

  /** Shows one line of information, such as why an answer was not accepted. */
  void tell(String line);

  /** A prompter on the process's terminal. */
  static Prompter of(Console console) {
    return new Prompter() {
      @Override
      public Optional<String> ask(String question) {
        return Optional.ofNullable(console.readLine("%s", question));
      }

      @Override
      public void tell(String line) {
        console.printf("%s%n", line);
        console.flush();
      }
    };
  }
}
