package eu.sovereignradar.generator;

import java.util.List;

/**
 * One build of a live preview, as a terminal or Maven's log shows it.
 *
 * @param published true when this build is now served
 * @param headline one line, e.g. {@code Rebuilt in 143 ms after a change to blips/x.md (0 errors, 1
 *     warning in 210 files).}
 * @param lines the build's diagnostics, printed before the headline
 */
public record PreviewReport(boolean published, String headline, List<ReportLine> lines) {
  public PreviewReport {
    lines = List.copyOf(lines);
  }
}
