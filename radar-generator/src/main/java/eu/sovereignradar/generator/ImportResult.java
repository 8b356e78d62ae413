package eu.sovereignradar.generator;

import java.util.ArrayList;
import java.util.List;

/** The outcome of {@link RadarGenerator#importFrom}: exactly one of the records below. */
public sealed interface ImportResult {

  /**
   * The source was read; what could be mapped was written.
   *
   * @param written the files written, as the user named the content folder
   * @param kept the files that existed and were left as they were (no {@code --force})
   * @param notes what was adjusted on the way, each with its source place
   * @param problems what could not be imported, each {@code file:line: message}
   */
  record Done(List<String> written, List<String> kept, List<String> notes, List<String> problems)
      implements ImportResult {
    public Done {
      written = List.copyOf(written);
      kept = List.copyOf(kept);
      notes = List.copyOf(notes);
      problems = List.copyOf(problems);
    }

    /** The report the command line prints: one line per file, note and problem. */
    public List<String> lines() {
      return lines("--force");
    }

    /**
     * The report, naming the front end's way to overwrite.
     *
     * @param force how to ask for overwriting, e.g. {@code --force} or {@code -Dradar.force=true}
     */
    public List<String> lines(String force) {
      List<String> lines = new ArrayList<>();
      written.forEach(w -> lines.add("Wrote " + w));
      kept.forEach(
          k -> lines.add("Left " + k + " as it was: the file exists (" + force + " overwrites)"));
      notes.forEach(n -> lines.add("Note: " + n));
      problems.forEach(p -> lines.add("Not imported: " + p));
      lines.add(
          written.size()
              + " file(s) written, "
              + kept.size()
              + " left as they were, "
              + problems.size()
              + " entr"
              + (problems.size() == 1 ? "y" : "ies")
              + " not imported.");
      return lines;
    }
  }

  /**
   * The source cannot be read as that format at all; nothing was written.
   *
   * @param message {@code file:line: what is wrong}
   */
  record Unreadable(String message) implements ImportResult {}

  /** A {@code --map} names a field that does not exist: a usage mistake; nothing was written. */
  record BadMapping(String message) implements ImportResult {}

  /**
   * radar.yaml is missing (inventory-csv needs it) or broken, so the entries cannot be matched; the
   * report says why.
   */
  record NoRadar(DiagnosticReport report) implements ImportResult {}
}
