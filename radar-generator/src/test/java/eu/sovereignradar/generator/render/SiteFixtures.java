package eu.sovereignradar.generator.render;

import eu.sovereignradar.generator.GenerationResult;
import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.InlineFiles;
import eu.sovereignradar.generator.RadarGenerator;
import java.io.IOException;
import java.nio.file.Path;

/** The small radars the site tests build, and a one-call build. */
final class SiteFixtures {
  private SiteFixtures() {}

  /**
   * Two quadrants, three rings, four blips (new, moved in, moved out, unchanged), a product they
   * replace, tags shared between blips, an about page, a base URL, an edit URL and a previous
   * edition: every part of every page shows up once.
   */
  static final String SMALL_RADAR =
      """
      === radar.yaml
      title: Small Radar
      description: A radar with four blips, for tests.
      language: en
      baseUrl: https://radar.example.org/sub
      editUrl: https://git.example.org/radar/-/edit/main/content/{path}
      repositoryUrl: https://git.example.org/radar
      editions:
        - id: "2026-05"
          date: 2026-05-15
          title: May 2026
        - id: "2026-11"
          date: 2026-11-28
          title: November 2026
          summary: Nextcloud moves *in*; Old Wiki is retired.
      quadrants:
        - id: collaboration
          title: Collaboration & office
          description: Documents, files and wikis.
        - id: communication
          title: Communication
          description: Mail, chat and meetings.
      rings:
        - id: adopt
          title: Adopt
          description: Use it by default.
          color: "#1b7f3b"
        - id: trial
          title: Trial
          description: Pilot it with a team.
          color: "#1f5fa8"
        - id: hold
          title: Hold
          description: Do not start new work with it.
          color: "#b3261e"
      === about.md
      ---
      title: About the small radar
      ---
      This radar exists for **tests**.
      === products/google-drive.md
      ---
      title: Google Drive
      vendor: Google LLC
      origin: US
      category: collaboration
      summary: Cloud file storage.
      ---
      Files in a US cloud.
      === blips/nextcloud.md
      ---
      title: Nextcloud Hub
      ring: adopt
      quadrant: collaboration
      summary: Self-hostable file sync and sharing.
      tags: [files, groupware]
      licence: AGPL-3.0-or-later
      licenceNote: Enterprise support by subscription.
      vendor: Nextcloud GmbH
      origin: DE
      hosting: [self-hosted, saas-eu]
      website: https://nextcloud.com
      source: https://github.com/nextcloud/server
      links:
        - title: Admin manual
          url: https://docs.nextcloud.com/
      replaces:
        - product: google-drive
          coverage: full
          notes: Co-editing needs an office server.
      history:
        - date: 2024-05-01
          ring: trial
        - date: 2026-06-10
          ring: adopt
          note: Two ministries in production.
      reviewed: 2026-11-01
      ---
      ## Assessment

      Mature, with a *large* community.

      | Feature | State |
      | --- | --- |
      | Files | stable |

      See the manual[^1].

      [^1]: https://docs.nextcloud.com/
      === blips/cryptpad.md
      ---
      title: CryptPad
      ring: trial
      quadrant: collaboration
      summary: End-to-end encrypted office suite.
      tags: [files]
      licence: AGPL-3.0-or-later
      origin: FR
      replaces:
        - google-drive
      history:
        - date: 2026-09-01
          ring: trial
      ---
      Encrypted documents.
      === blips/matrix.md
      ---
      title: Matrix
      ring: trial
      quadrant: communication
      summary: Federated, encrypted chat.
      tags: [chat]
      history:
        - date: 2025-01-10
          ring: adopt
        - date: 2026-07-01
          ring: trial
      ---
      An open protocol.
      === blips/legacy-mail.md
      ---
      title: Legacy Mail
      ring: hold
      quadrant: communication
      history:
        - date: 2024-01-10
          ring: hold
      ---
      Old.
      === blips/old-wiki.md
      ---
      title: Old Wiki
      ring: trial
      quadrant: collaboration
      history:
        - date: 2024-02-01
          ring: trial
          note: Tried by the **web team**.
      retired:
        date: 2026-10-01
        reason: Superseded by [CryptPad](../blips/cryptpad.html).
      ---
      A wiki that nobody maintains any more.
      """;

  /** Writes {@code declared} to {@code content} and builds it into {@code out}. */
  /**
   * The small radar with an organisation and two applications, one of them critical, under US law
   * and assessed in part, that depends on the other: every part of the matrix and of the inventory
   * pages shows up once.
   */
  static final String INVENTORY_RADAR =
      SMALL_RADAR.replace(
              "quadrants:\n",
              """
              organisation:
                name: Example Region
                units:
                  - id: finance
                    title: Finance
              assessment:
                rules:
                  - dataClass: secret
                    dimension: data-location
                    min: 3
              roadmap:
                phases:
                  - id: pilot
                    title: Pilot with rollback
                    start: 2026-09-01
                    end: 2027-06-30
                  - id: rollout
                    title: Rollout
                    start: 2027-07-01
                    end: 2027-12-31
              quadrants:
              """)
          + """
          === inventory/files.md
          ---
          title: Shared files (Google Drive)
          product: google-drive
          area: collaboration
          provider: {name: Google Ireland Limited, country: IE, parent: Alphabet Inc., parentCountry: US}
          serviceModel: saas
          data: {class: internal, personalData: true, storedIn: [IE, BE], processedIn: [IE, US], keys: provider}
          users: 640
          units: [finance]
          processes: [Budget preparation]
          criticality: critical
          dependsOn: [directory]
          contract: {end: 2027-09-30, notice: P3M, autoRenewal: true, governingLaw: IE, exitClause: false}
          assessment:
            jurisdiction: {level: 0, evidence: The parent is a US company., assessed: 2026-10-01}
            data-location: {level: 2, evidence: EU storage; support from outside the EU., assessed: 2026-10-01}
            exit: unknown
          target: nextcloud
          disposition: replace
          ---
          The finance unit's shared drive.
          === inventory/directory.md
          ---
          title: Directory
          vendor: Example GmbH
          origin: DE
          area: business-application
          serviceModel: on-premises
          criticality: high
          users: 700
          data: {class: sensitive, storedIn: [DE], processedIn: [DE], keys: customer-held}
          assessment: {jurisdiction: 4, data-location: 4, operations: 3, supply-chain: 3, openness: 4, exit: 3, contract: 3, assurance: 2}
          ---
          The keystone of every login.
          === roadmap/competence-centre.md
          ---
          title: Competence centre
          phase: pilot
          start: 2026-09-01
          end: 2026-10-31
          status: migrated
          effort: S
          risk: low
          owner: IT services
          actions:
            - lane: governance
              title: Steering board set up
              date: 2026-09-15
          ---
          Two administrators and a trainer.
          === roadmap/files-nextcloud.md
          ---
          title: Shared files on Nextcloud
          moves: [files]
          to: nextcloud
          phase: pilot
          start: 2026-11-15
          end: 2027-06-15
          status: pilot
          effort: M
          risk: medium
          owner: Finance
          users: 35
          dependsOn: [competence-centre]
          rollback: Back to the shared drive if the budget files cannot be opened for two days.
          actions:
            - lane: training
              title: Finance staff trained
              date: 2026-11-20
            - lane: awareness
              title: Newsletter on the move
          ---
          The finance unit moves first.
          === roadmap/directory-review.md
          ---
          title: Directory review
          phase: rollout
          start: 2027-07-01
          end: 2027-09-30
          status: planned
          effort: L
          risk: high
          dependsOn: [files-nextcloud]
          ---
          Which applications still log in against the directory.
          """;

  static GenerationResult build(Path content, String declared, Path out) throws IOException {
    InlineFiles.write(content, declared);
    return generate(content, out);
  }

  /** Builds {@code content} into {@code out}. */
  static GenerationResult generate(Path content, Path out) throws IOException {
    return new RadarGenerator(GeneratorOptions.builder(content).outputDirectory(out).build())
        .generate();
  }
}
