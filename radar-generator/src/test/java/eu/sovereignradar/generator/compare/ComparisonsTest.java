package eu.sovereignradar.generator.compare;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.model.Coverage;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.model.Ring;
import eu.sovereignradar.generator.model.Support;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Products and their alternatives on a small radar: order, recommendations, matrix, links both
 * ways.
 */
class ComparisonsTest {
  static final String RADAR =
      """
      === radar.yaml
      title: Test radar
      quadrants:
        - id: communication
          title: Communication
          capabilities:
            - id: chat
              title: Group chat
            - id: e2ee
              title: End-to-end encryption
        - id: collaboration
          title: Collaboration
          capabilities:
            - id: e2ee
              title: End-to-end encryption
        - id: infrastructure
          title: Infrastructure
        - id: business
          title: Business
      rings:
        - id: adopt
          title: Adopt
        - id: trial
          title: Trial
        - id: assess
          title: Assess
        - id: hold
          title: Hold
      === products/teams.md
      ---
      title: Teams
      vendor: Microsoft Corporation
      origin: US
      category: communication
      ---
      Lock-in.
      === products/drive.md
      ---
      title: Drive
      vendor: Google LLC
      origin: US
      category: collaboration
      ---
      Lock-in.
      === products/slack.md
      ---
      title: Slack
      vendor: Salesforce, Inc.
      origin: US
      category: communication
      ---
      Lock-in.
      === products/aws.md
      ---
      title: AWS
      vendor: Amazon.com, Inc.
      origin: US
      category: infrastructure
      ---
      Lock-in.
      === blips/openstack.md
      ---
      title: OpenStack
      ring: assess
      quadrant: infrastructure
      licence: Apache-2.0
      origin: US
      hosting: [self-hosted]
      replaces: [aws]
      ---
      Text.
      === blips/matrix.md
      ---
      title: Matrix
      ring: trial
      quadrant: communication
      licence: Apache-2.0
      origin: GB
      hosting: [self-hosted, saas-eu]
      replaces:
        - product: teams
          coverage: partial
          notes: No meetings of its own.
        - slack
      capabilities:
        chat: yes
        e2ee:
          value: yes
          note: On by default in private rooms.
      ---
      Text.
      === blips/mattermost.md
      ---
      title: Mattermost
      ring: trial
      quadrant: communication
      licence: MIT AND proprietary
      origin: US
      hosting: [self-hosted]
      replaces: [teams, slack]
      capabilities:
        chat: yes
        e2ee: no
      ---
      Text.
      === blips/element.md
      ---
      title: Element
      ring: adopt
      quadrant: communication
      licence: AGPL-3.0-only
      origin: GB
      hosting: [saas-eu]
      replaces: [teams]
      ---
      Text.
      === blips/nextcloud.md
      ---
      title: Nextcloud
      ring: adopt
      quadrant: collaboration
      licence: AGPL-3.0-or-later
      origin: DE
      hosting: [self-hosted, saas-eu]
      source: https://github.com/nextcloud/server
      replaces: [drive, teams]
      capabilities:
        e2ee: partial
      ---
      Text.
      === blips/rocket.md
      ---
      title: Rocket.Chat
      ring: hold
      quadrant: communication
      licence: MIT AND proprietary
      origin: BR
      hosting: [self-hosted]
      replaces: [slack]
      ---
      Text.
      """;

  @TempDir Path dir;
  Radar radar;
  Comparisons comparisons;

  @BeforeEach
  void load() throws IOException {
    radar = InlineRadar.load(dir, RADAR);
    comparisons = Comparisons.of(radar);
  }

  private List<String> ids(List<Alternative> alternatives) {
    return alternatives.stream().map(a -> a.blip().id()).toList();
  }

  @Test
  void listsExactlyTheBlipsReplacingEachProduct() {
    assertThat(ids(comparisons.find("teams").orElseThrow().alternatives()))
        .containsExactlyInAnyOrder("matrix", "mattermost", "element", "nextcloud");
    assertThat(ids(comparisons.find("slack").orElseThrow().alternatives()))
        .containsExactlyInAnyOrder("matrix", "mattermost", "rocket");
    assertThat(ids(comparisons.find("drive").orElseThrow().alternatives()))
        .containsExactly("nextcloud");
  }

  @Test
  void sortsAlternativesByRingThenScoreThenTitle() {
    // adopt: Nextcloud 100 before Element 58 (GB, no self-hosting, no source); trial: Matrix 78
    // before Mattermost 60
    assertThat(ids(comparisons.find("teams").orElseThrow().alternatives()))
        .containsExactly("nextcloud", "element", "matrix", "mattermost");
  }

  @Test
  void recommendsTheAlternativesInTheInnerHalfOfTheRings() {
    assertThat(comparisons.recommendedRings())
        .extracting(Ring::id)
        .containsExactly("adopt", "trial");
    assertThat(ids(comparisons.find("slack").orElseThrow().recommended()))
        .containsExactly("matrix", "mattermost");
  }

  @Test
  void recommendsTheOnlyRingOfASingleRingRadarAndTheInnerTwoOfThree() {
    Ring a = new Ring("a", "A", "", "#000000", 0);
    Ring b = new Ring("b", "B", "", "#000000", 1);
    Ring c = new Ring("c", "C", "", "#000000", 2);

    assertThat(Comparisons.recommendedRings(List.of(a))).containsExactly(a);
    assertThat(Comparisons.recommendedRings(List.of(a, b, c))).containsExactly(a, b);
  }

  @Test
  void keepsCoverageAndNotesOfEachReplacement() {
    Alternative matrix = comparisons.find("teams").orElseThrow().alternatives().get(2);

    assertThat(matrix.replacement().coverage()).isEqualTo(Coverage.PARTIAL);
    assertThat(matrix.replacement().notes()).isEqualTo("No meetings of its own.");
  }

  @Test
  void buildsTheCapabilityMatrixOfTheProductsCategory() {
    List<CapabilityRow> rows = comparisons.find("teams").orElseThrow().capabilities();

    assertThat(rows).extracting(r -> r.capability().id()).containsExactly("chat", "e2ee");
    assertThat(rows.get(0).cells())
        .extracting(CapabilityCell::blipId)
        .containsExactly("nextcloud", "element", "matrix", "mattermost");
    assertThat(rows.get(0).cells())
        .extracting(CapabilityCell::support)
        .containsExactly(null, null, Support.YES, Support.YES);
    // Nextcloud is in another quadrant, but states the shared capability id e2ee.
    assertThat(rows.get(1).cells())
        .extracting(CapabilityCell::support)
        .containsExactly(Support.PARTIAL, null, Support.YES, Support.NO);
    assertThat(rows.get(1).cells().get(2).note()).isEqualTo("On by default in private rooms.");
  }

  @Test
  void leavesTheMatrixEmptyForACategoryWithoutCapabilities() {
    ProductComparison aws = comparisons.find("aws").orElseThrow();

    assertThat(aws.alternatives()).hasSize(1);
    assertThat(aws.capabilities()).isEmpty();
  }

  @Test
  void recommendsNothingWhenEveryAlternativeIsInAnOuterRing() {
    assertThat(comparisons.find("aws").orElseThrow().recommended()).isEmpty();
  }

  @Test
  void groupsProductsByCategoryInQuadrantOrderLeavingOutEmptyCategories() {
    assertThat(comparisons.byCategory())
        .extracting(c -> c.category().id())
        .containsExactly("communication", "collaboration", "infrastructure");
    assertThat(comparisons.byCategory().get(0).products())
        .extracting(p -> p.product().id())
        .containsExactly("slack", "teams");
  }

  @Test
  void linksBlipsToTheProductsTheyReplaceInTheirOrder() {
    assertThat(comparisons.replacedBy("nextcloud"))
        .extracting(r -> r.product().id())
        .containsExactly("drive", "teams");
    assertThat(comparisons.replacedBy("matrix"))
        .extracting(r -> r.product().id())
        .containsExactly("teams", "slack");
  }

  @Test
  void linksResolveBothWays() {
    for (ProductComparison c : comparisons.products()) {
      for (Alternative a : c.alternatives()) {
        assertThat(comparisons.replacedBy(a.blip().id()))
            .extracting(r -> r.product().id())
            .contains(c.product().id());
      }
    }
    radar
        .blips()
        .forEach(
            b ->
                comparisons
                    .replacedBy(b.id())
                    .forEach(
                        r ->
                            assertThat(
                                    ids(
                                        comparisons
                                            .find(r.product().id())
                                            .orElseThrow()
                                            .alternatives()))
                                .contains(b.id())));
  }

  @Test
  void scoresEveryBlipOnceAndAlternativesCarryThoseScores() {
    var scores =
        Comparisons.scoreAll(
            radar, eu.sovereignradar.generator.score.SovereigntyScorer.forRadar(radar));
    assertThat(scores).hasSize(radar.blips().size());
    assertThat(scores.get("nextcloud").value()).isEqualTo(100);
    assertThat(scores.get("element").value()).isEqualTo(58);
    assertThat(scores.get("matrix").value()).isEqualTo(78);
    comparisons
        .products()
        .forEach(
            c ->
                c.alternatives()
                    .forEach(a -> assertThat(a.score()).isEqualTo(scores.get(a.blip().id()))));
  }
}
