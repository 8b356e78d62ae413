package eu.sovereignradar.generator.validation;

import eu.sovereignradar.generator.diagnostic.DiagnosticCollector;
import eu.sovereignradar.generator.diagnostic.SourcePosition;
import java.util.List;

/**
 * The guidance sentences {@code radar new} writes into a new file's body. One left in place means
 * the file was published unedited: a warning, which {@code --strict} makes an error. The scaffold
 * takes its sentences from here, so the two cannot drift apart.
 */
public final class Placeholders {
  public static final String BLIP_WHAT =
      "Two or three sentences: what it does, who makes it and who uses it.";
  public static final String BLIP_WHY_SUFFIX =
      ": maturity, adoption, support, and what keeps it from the next ring inwards.";
  public static final String BLIP_SOVEREIGNTY =
      "Licence, control and jurisdiction, and where it can be hosted: what stays in your own hands.";
  public static final String BLIP_MIGRATION =
      "What moving to it takes: importing data, working with the existing tools, training, pitfalls.";
  public static final String PRODUCT_WHAT =
      "Two or three sentences: what organisations use it for, and how widely.";
  public static final String PRODUCT_LEAVING =
      "What makes leaving hard (formats, integrations, habits) and where to start.";

  private static final List<String> SENTENCES =
      List.of(BLIP_WHAT, BLIP_SOVEREIGNTY, BLIP_MIGRATION, PRODUCT_WHAT, PRODUCT_LEAVING);

  private Placeholders() {}

  /** Warns at the first line of {@code body} that is still a scaffold sentence. */
  static void check(String code, String path, String body, int bodyLine, DiagnosticCollector out) {
    String[] lines = body.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (SENTENCES.contains(line) || (line.startsWith("Why ") && line.endsWith(BLIP_WHY_SUFFIX))) {
        out.warning(
            code,
            SourcePosition.line(path, bodyLine + i),
            "the text still holds the guidance 'radar new' wrote: \"" + line + "\"",
            "replace each guidance sentence with the assessment itself");
        return;
      }
    }
  }
}
