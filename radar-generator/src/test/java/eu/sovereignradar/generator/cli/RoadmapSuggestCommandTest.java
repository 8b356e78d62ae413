package eu.sovereignradar.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.InlineFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code radar roadmap suggest} as a user runs it: which items get a draft, in which order, with
 * which dependencies and dates, that the drafts validate, and that it never overwrites a file.
 */
class RoadmapSuggestCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /**
   * Identity (critical, 900 users) is what mail depends on; a small survey tool is a quick win; the
   * archive is retained; chat is already moved by a step.
   */
  private static final String CONTENT =
      """
      === radar.yaml
      title: T
      edition: {id: "2026-12", date: 2026-12-03}
      quadrants: [{id: tools, title: Tools}]
      rings: [{id: adopt, title: Adopt}, {id: trial, title: Trial}, {id: hold, title: Hold}]
      roadmap:
        phases:
          - {id: now, title: Now, start: 2026-09-01, end: 2027-06-30}
          - {id: later, title: Later, start: 2027-07-01, end: 2028-12-31}
      === blips/keycloak.md
      ---
      title: Keycloak
      ring: adopt
      quadrant: tools
      licence: Apache-2.0
      origin: DE
      hosting: [self-hosted]
      ---
      Identity.
      === blips/open-xchange.md
      ---
      title: Open-Xchange
      ring: adopt
      quadrant: tools
      licence: GPL-2.0-only
      origin: DE
      hosting: [self-hosted]
      ---
      Mail.
      === blips/limesurvey.md
      ---
      title: LimeSurvey
      ring: trial
      quadrant: tools
      licence: GPL-2.0-or-later
      origin: DE
      hosting: [self-hosted]
      ---
      Surveys.
      === inventory/identity.md
      ---
      title: Identity (Entra ID)
      vendor: Microsoft
      origin: US
      area: collaboration
      serviceModel: saas
      users: 900
      criticality: critical
      assessment: {jurisdiction: 0, data-location: 1, operations: 1, supply-chain: 1, openness: 1, exit: 1, contract: 1, assurance: 1}
      target: keycloak
      disposition: replace
      ---
      Logins.
      === inventory/mail.md
      ---
      title: "Mail: Exchange Online"
      vendor: Microsoft
      origin: US
      area: collaboration
      serviceModel: saas
      users: 900
      criticality: high
      dependsOn: [identity]
      assessment: {jurisdiction: 0, data-location: 1, operations: 1, supply-chain: 1, openness: 1, exit: 1, contract: 1, assurance: 1}
      target: open-xchange
      disposition: replace
      ---
      Mail.
      === inventory/surveys.md
      ---
      title: Surveys
      vendor: Google
      origin: US
      area: collaboration
      serviceModel: saas
      users: 20
      criticality: medium
      assessment: {jurisdiction: 0, data-location: 0, operations: 0, supply-chain: 1, openness: 1, exit: 1, contract: 1, assurance: 1}
      target: limesurvey
      disposition: replace
      ---
      Forms.
      === inventory/archive.md
      ---
      title: Archive
      vendor: Example AG
      origin: DE
      area: business-application
      serviceModel: on-premises
      criticality: high
      disposition: retain
      ---
      Kept.
      """;

  private int run(String... args) {
    return RadarCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path content() throws IOException {
    return InlineFiles.write(dir.resolve("content"), CONTENT);
  }

  @Test
  void draftsQuickWinsFirstAndEachItemAfterTheItemsItDependsOn() throws IOException {
    Path content = content();
    int code = run("roadmap", "suggest", content.toString());
    assertThat(code).as(err.toString()).isZero();
    List<String> drafted = out.toString().lines().filter(l -> l.startsWith("Drafted ")).toList();
    assertThat(drafted).hasSize(3);
    // Surveys: effort S, a small reduction; identity: XL; mail, L, must wait for identity.
    assertThat(drafted.get(0)).contains("roadmap/surveys.md");
    assertThat(drafted.get(1)).contains("roadmap/identity.md");
    assertThat(drafted.get(2)).contains("roadmap/mail.md").contains("after identity");
    assertThat(Files.exists(content.resolve("roadmap/archive.md"))).isFalse();

    String mail = Files.readString(content.resolve("roadmap/mail.md"));
    String identity = Files.readString(content.resolve("roadmap/identity.md"));
    assertThat(identity)
        .contains("effort: XL", "risk: high", "start: 2026-12-03", "end: 2027-09-02");
    assertThat(mail)
        .contains("title: \"Move Mail: Exchange Online to Open-Xchange\"")
        .contains("dependsOn: [identity]", "start: 2027-09-03", "phase: later", "effort: L");

    // The drafts are valid content; dates running past a phase are warnings to review.
    out.getBuffer().setLength(0);
    assertThat(run("validate", content.toString())).as(out.toString()).isZero();
    assertThat(out.toString()).contains("0 errors").doesNotContain("replace-without-step");
  }

  @Test
  void neverOverwritesAFileAndDraftsNothingTwice() throws IOException {
    Path content = content();
    Path mine = content.resolve("roadmap/mail.md");
    Files.createDirectories(mine.getParent());
    String own =
        """
        ---
        title: Our own mail plan
        moves: [mail]
        to: open-xchange
        phase: later
        start: 2027-10-01
        end: 2028-03-31
        status: planned
        effort: L
        risk: medium
        ---
        Ours.
        """;
    Files.writeString(mine, own);
    assertThat(run("roadmap", "suggest", content.toString())).as(err.toString()).isZero();
    assertThat(Files.readString(mine)).isEqualTo(own);
    // The item moved by our own step needs no draft; the two others get one.
    assertThat(out.toString()).contains("2 of 2 drafts written.");

    Path surveys = content.resolve("roadmap/surveys.md");
    String drafted = Files.readString(surveys);
    Files.writeString(surveys, drafted + "Edited by hand.\n");
    out.getBuffer().setLength(0);
    assertThat(run("roadmap", "suggest", content.toString())).isZero();
    assertThat(out.toString()).contains("Nothing to draft");
    assertThat(Files.readString(surveys)).endsWith("Edited by hand.\n");
  }

  @Test
  void aFileInTheWayIsLeftAloneAndSaidSo() throws IOException {
    Path content = content();
    // Not a step file the validator reads (a folder), but in the way of the draft's name.
    Files.createDirectories(content.resolve("roadmap/.keep"));
    Path inTheWay = content.resolve("roadmap/surveys.md");
    Files.writeString(
        inTheWay,
        """
        ---
        title: Surveys move
        moves: [identity]
        to: keycloak
        phase: now
        start: 2026-12-10
        end: 2027-03-31
        status: planned
        effort: M
        risk: high
        ---
        A step about something else, under the name a draft would take.
        """);
    String before = Files.readString(inTheWay);
    assertThat(run("roadmap", "suggest", content.toString())).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains(
            "Left " + content.toString().replace('\\', '/') + "/roadmap/surveys.md as it was");
    assertThat(Files.readString(inTheWay)).isEqualTo(before);
  }

  @Test
  void contentErrorsAndMissingPhasesWriteNothing() throws IOException {
    Path content = content();
    Files.writeString(
        content.resolve("radar.yaml"),
        Files.readString(content.resolve("radar.yaml")).replaceAll("(?s)roadmap:.*", ""));
    assertThat(run("roadmap", "suggest", content.toString()))
        .isEqualTo(RadarCommand.CONTENT_ERRORS);
    assertThat(err.toString()).contains("declares no roadmap phases");
    assertThat(Files.exists(content.resolve("roadmap"))).isFalse();

    Files.writeString(content.resolve("inventory/mail.md"), "---\ntitle: [broken\n---\n");
    err.getBuffer().setLength(0);
    assertThat(run("roadmap", "suggest", content.toString()))
        .isEqualTo(RadarCommand.CONTENT_ERRORS);
    assertThat(err.toString()).contains("inventory/mail.md").contains("nothing was written");
    assertThat(Files.exists(content.resolve("roadmap"))).isFalse();
  }

  @Test
  void withoutASubcommandItNamesTheSubcommand() {
    assertThat(run("roadmap")).isEqualTo(RadarCommand.USAGE_OR_IO);
    assertThat(err.toString()).contains("radar roadmap suggest");
  }
}
