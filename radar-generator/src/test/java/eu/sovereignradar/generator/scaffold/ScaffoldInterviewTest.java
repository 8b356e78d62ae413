package eu.sovereignradar.generator.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.diagnostic.DiagnosticCollector;
import eu.sovereignradar.generator.scaffold.ScaffoldRequest.Field;
import eu.sovereignradar.generator.scaffold.ScaffoldRequest.Kind;
import eu.sovereignradar.generator.validation.RadarValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaffoldInterviewTest {
  @TempDir Path dir;
  private Scaffolder scaffolder;
  private final Script script = new Script();

  /** A person who answers from a list and whose screen is a list of lines. */
  static final class Script implements Prompter {
    final Deque<String> answers = new ArrayDeque<>();
    final List<String> screen = new ArrayList<>();

    Script answer(String... lines) {
      answers.addAll(List.of(lines));
      return this;
    }

    @Override
    public Optional<String> ask(String question) {
      screen.add("? " + question);
      return Optional.ofNullable(answers.poll());
    }

    @Override
    public void tell(String line) {
      screen.add(line);
    }
  }

  @BeforeEach
  void writeRadar() throws IOException {
    Files.writeString(
        dir.resolve("radar.yaml"),
        """
        title: T
        quadrants: [{id: tools, title: Tools}, {id: platforms, title: Platforms}]
        rings: [{id: adopt, title: Adopt}, {id: trial, title: Trial}, {id: hold, title: Hold}]
        """);
    scaffolder =
        new Scaffolder(
            dir,
            RadarValidator.readSettings(dir, new DiagnosticCollector()).orElseThrow(),
            Clock.systemUTC());
  }

  @Test
  void asksForEveryMissingValueWithTheChoices() {
    script.answer("Nextcloud Hub", "trial", "tools");

    ScaffoldRequest done =
        ScaffoldInterview.complete(ScaffoldRequest.of(Kind.BLIP), scaffolder, script).orElseThrow();

    assertThat(script.screen)
        .containsExactly(
            "? Title: ", "? Ring [adopt, trial, hold]: ", "? Quadrant [tools, platforms]: ");
    assertThat(scaffolder.check(done)).isEmpty();
    assertThat(done.value(Field.TITLE)).contains("Nextcloud Hub");
  }

  @Test
  void asksOnlyForWhatIsMissing() {
    script.answer("platforms");
    ScaffoldRequest draft =
        ScaffoldRequest.of(Kind.BLIP).with(Field.TITLE, "Proxmox").with(Field.RING, "adopt");

    ScaffoldRequest done = ScaffoldInterview.complete(draft, scaffolder, script).orElseThrow();

    assertThat(script.screen).containsExactly("? Quadrant [tools, platforms]: ");
    assertThat(done.value(Field.QUADRANT)).contains("platforms");
  }

  @Test
  void wrongAnswersAreExplainedAndAskedAgain() {
    script.answer("X", "trail", "trial", "", "tools");

    ScaffoldRequest done =
        ScaffoldInterview.complete(ScaffoldRequest.of(Kind.BLIP), scaffolder, script).orElseThrow();

    assertThat(script.screen)
        .containsExactly(
            "? Title: ",
            "? Ring [adopt, trial, hold]: ",
            "ring 'trail' is not defined in radar.yaml; use one of adopt, trial, hold (did you mean 'trial'?)",
            "? Ring [adopt, trial, hold]: ",
            "? Quadrant [tools, platforms]: ",
            "a blip needs a quadrant; one of tools, platforms",
            "? Quadrant [tools, platforms]: ");
    assertThat(done.value(Field.RING)).contains("trial");
  }

  @Test
  void wrongOptionIsExplainedBeforeAskingForIt() {
    script.answer("hold", "tools");
    ScaffoldRequest draft =
        ScaffoldRequest.of(Kind.BLIP).with(Field.TITLE, "X").with(Field.RING, "hodl");

    ScaffoldInterview.complete(draft, scaffolder, script).orElseThrow();

    assertThat(script.screen.get(0)).startsWith("ring 'hodl' is not defined in radar.yaml");
    assertThat(script.screen.get(1)).isEqualTo("? Ring [adopt, trial, hold]: ");
  }

  @Test
  void existingFileLeadsToAQuestionForAnotherId() throws IOException {
    Files.createDirectories(dir.resolve("blips"));
    Files.writeString(dir.resolve("blips/nextcloud.md"), "x");
    script.answer("Nextcloud", "nextcloud", "nextcloud-hub", "adopt", "tools");

    ScaffoldRequest done =
        ScaffoldInterview.complete(ScaffoldRequest.of(Kind.BLIP), scaffolder, script).orElseThrow();

    assertThat(script.screen)
        .containsSubsequence(
            "? Title: ",
            "blips/nextcloud.md already exists; radar new never overwrites a file; choose another id, or edit the existing file",
            "? Id (the file name without .md): ",
            "blips/nextcloud.md already exists; radar new never overwrites a file; choose another id, or edit the existing file",
            "? Id (the file name without .md): ",
            "? Ring [adopt, trial, hold]: ");
    assertThat(scaffolder.id(done)).contains("nextcloud-hub");
  }

  @Test
  void productInterviewAsksVendorOriginAndCategory() {
    script.answer("Zoom", "Zoom Communications", "us", "tools");

    ScaffoldRequest done =
        ScaffoldInterview.complete(ScaffoldRequest.of(Kind.PRODUCT), scaffolder, script)
            .orElseThrow();

    assertThat(script.screen)
        .containsExactly(
            "? Title: ",
            "? Vendor (the company that controls it): ",
            "? Origin (country code of the vendor's headquarters, e.g. US): ",
            "? Category (the quadrant its alternatives are compared in) [tools, platforms]: ");
    assertThat(scaffolder.check(done)).isEmpty();
  }

  @Test
  void endOfInputCancels() {
    script.answer("X");

    assertThat(ScaffoldInterview.complete(ScaffoldRequest.of(Kind.BLIP), scaffolder, script))
        .isEmpty();
  }
}
