package eu.sovereignradar.generator.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.sovereignradar.generator.model.Movement;
import eu.sovereignradar.generator.model.Quadrant;
import eu.sovereignradar.generator.model.Ring;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class RadarChartWriterTest {

  private static Document parse(ChartSpec spec) {
    return Jsoup.parse(RadarChartWriter.svg(spec), "", Parser.xmlParser());
  }

  @Test
  void writesOneLabelledLinkPerBlip() {
    List<ChartBlip> blips = ChartFixtures.randomBlips(1, 40, 4, 4);

    Document svg = parse(ChartFixtures.spec(4, 4, blips));

    assertThat(svg.select("a")).hasSize(40);
    for (ChartBlip b : blips) {
      Element a = svg.selectFirst("a[data-blip=" + b.id() + "]");
      assertThat(a).as(b.id()).isNotNull();
      assertThat(a.attr("href")).isEqualTo(b.href());
      assertThat(a.attr("aria-label")).isEqualTo(b.accessibleName());
      assertThat(a.attr("data-ring")).isEqualTo(b.ringId());
      assertThat(a.attr("data-quadrant")).isEqualTo(b.quadrantId());
      assertThat(a.attr("data-tags")).isEqualTo(String.join(" ", b.tags()));
      assertThat(a.select("text.blip-number").text()).isEqualTo(Integer.toString(b.number()));
    }
  }

  @Test
  void isAGroupLabelledByItsTitleAndDescribedByItsDescription() {
    Document doc = parse(ChartFixtures.spec(3, 2, ChartFixtures.randomBlips(2, 5, 3, 2)));
    Element svg = doc.selectFirst("svg");

    assertThat(svg.attr("role")).isEqualTo("group");
    assertThat(doc.getElementById(svg.attr("aria-labelledby")).tagName()).isEqualTo("title");
    assertThat(doc.getElementById(svg.attr("aria-describedby")).tagName()).isEqualTo("desc");
    assertThat(svg.child(0).tagName()).isEqualTo("title");
    assertThat(svg.child(0).text()).isEqualTo("A radar");
    assertThat(svg.child(0).id()).isEqualTo("t-chart-title");
    assertThat(svg.child(1).text()).isEqualTo("Blips by ring");
  }

  @Test
  void listsBlipsInReadingOrder() {
    List<ChartBlip> blips = ChartFixtures.randomBlips(3, 80, 4, 3);
    List<ChartBlip> scrambled = new ArrayList<>(blips);
    Collections.shuffle(scrambled, new Random(1));

    Document svg = parse(ChartFixtures.spec(4, 3, scrambled));

    List<String> order = svg.select("a.blip").eachAttr("data-blip");
    assertThat(order).containsExactlyElementsOf(blips.stream().map(ChartBlip::id).toList());
  }

  @Test
  void usesNoStyleAttributesAndNoScripts() {
    String svg =
        RadarChartWriter.svg(ChartFixtures.spec(6, 5, ChartFixtures.randomBlips(4, 200, 6, 5)));
    Document doc = Jsoup.parse(svg, "", Parser.xmlParser());

    assertThat(doc.select("[style]")).isEmpty();
    assertThat(doc.select("script, style")).isEmpty();
    assertThat(doc.getAllElements().stream().flatMap(e -> e.attributes().asList().stream()))
        .noneMatch(a -> a.getKey().startsWith("on"));
  }

  @Test
  void escapesTextForXml() {
    String nasty = "A <b> & \"C\" 'D' </script><script>alert(1)</script>";
    ChartBlip blip =
        new ChartBlip(
            "x",
            1,
            "r0",
            "q0",
            nasty,
            nasty,
            "blips/x.html?a=1&b=\"2\"",
            Movement.NEW,
            List.of("t"),
            List.of("p"));
    List<Quadrant> quadrants = List.of(new Quadrant("q0", nasty, "", List.of(), 0));
    List<Ring> rings = List.of(new Ring("r0", "R & <D>", "", "#1b7f3b", 0));
    ChartSpec spec =
        new ChartSpec(quadrants, quadrants, rings, List.of(blip), nasty, nasty + "\u0001", "p-");

    String svg = RadarChartWriter.svg(spec);
    Document doc = Jsoup.parse(svg, "", Parser.xmlParser());

    assertThat(svg).doesNotContain("</script>").doesNotContain("<b>").doesNotContain("\u0001");
    assertThat(doc.select("script, b")).isEmpty();
    assertThat(doc.selectFirst("svg > title").text()).isEqualTo(nasty);
    assertThat(doc.selectFirst("svg > desc").text()).isEqualTo(nasty + "\uFFFD");
    assertThat(doc.selectFirst("a").attr("aria-label")).isEqualTo(nasty);
    assertThat(doc.selectFirst("a").attr("href")).isEqualTo("blips/x.html?a=1&b=\"2\"");
    assertThat(doc.selectFirst("a > title").text()).isEqualTo(nasty);
    assertThat(doc.selectFirst("text.ring-label").text()).isEqualTo("R & <D>");
    assertThat(String.join(" ", doc.select("text.quadrant-label tspan").eachText()))
        .isEqualTo(nasty);
  }

  @Test
  void formatsNumbersWithoutTheDefaultLocale() {
    ChartSpec spec = ChartFixtures.spec(5, 4, ChartFixtures.randomBlips(5, 120, 5, 4));
    Locale original = Locale.getDefault();
    String french;
    try {
      Locale.setDefault(Locale.FRANCE);
      french = RadarChartWriter.svg(spec);
    } finally {
      Locale.setDefault(original);
    }
    Locale.setDefault(Locale.ROOT);
    String root;
    try {
      root = RadarChartWriter.svg(spec);
    } finally {
      Locale.setDefault(original);
    }

    assertThat(french).isEqualTo(root);
    Document doc = Jsoup.parse(french, "", Parser.xmlParser());
    List<String> numeric = new ArrayList<>();
    doc.getAllElements()
        .forEach(
            e ->
                e.attributes()
                    .forEach(
                        a -> {
                          if (List.of(
                                  "viewBox",
                                  "cx",
                                  "cy",
                                  "r",
                                  "x",
                                  "y",
                                  "x2",
                                  "y2",
                                  "d",
                                  "font-size",
                                  "transform")
                              .contains(a.getKey())) {
                            numeric.add(a.getValue());
                          }
                        }));
    assertThat(numeric).isNotEmpty().allSatisfy(v -> assertThat(v).doesNotContain(","));
    assertThat(doc.selectFirst("svg").attr("viewBox"))
        .matches("-?[0-9.]+ -?[0-9.]+ [0-9.]+ [0-9.]+");
  }

  @Test
  void sameSpecGivesSameBytesWhateverTheBlipOrder() {
    List<ChartBlip> blips = ChartFixtures.randomBlips(2, 300, 5, 3);
    List<ChartBlip> shuffled = new ArrayList<>(blips);
    Collections.shuffle(shuffled, new Random(3));

    String first = RadarChartWriter.svg(ChartFixtures.spec(5, 3, blips));

    assertThat(RadarChartWriter.svg(ChartFixtures.spec(5, 3, blips))).isEqualTo(first);
    assertThat(RadarChartWriter.svg(ChartFixtures.spec(5, 3, shuffled))).isEqualTo(first);
  }

  @Test
  void marksEachMovement() {
    List<ChartBlip> blips =
        List.of(
            ChartFixtures.blip("a", 1, 0, 0, Movement.NEW),
            ChartFixtures.blip("b", 2, 0, 0, Movement.MOVED_IN),
            ChartFixtures.blip("c", 3, 0, 1, Movement.MOVED_OUT),
            ChartFixtures.blip("d", 4, 1, 1, Movement.UNCHANGED));

    Document svg = parse(ChartFixtures.spec(2, 2, blips));

    assertThat(svg.select("a.blip-new .blip-new-ring")).hasSize(1);
    assertThat(svg.select("a.blip-moved-in path.blip-shape")).hasSize(1);
    assertThat(svg.select("a.blip-moved-out path.blip-shape")).hasSize(1);
    assertThat(svg.select("a.blip-unchanged circle.blip-shape")).hasSize(1);
    assertThat(svg.select("a.blip-unchanged .blip-new-ring, a.blip-unchanged path")).isEmpty();
  }

  @Test
  void pointsMovedInMarksAtTheCentreAndMovedOutMarksAway() {
    for (Movement movement : List.of(Movement.MOVED_IN, Movement.MOVED_OUT)) {
      ChartBlip blip = ChartFixtures.blip("m", 1, 0, 1, movement);
      ChartSpec spec = ChartFixtures.spec(4, 2, List.of(blip));
      BlipPosition p =
          BlipPlacer.place(4, 2, List.of(new PlaceableBlip("m", 0, 1, 1))).requirePosition("m");
      String d = parse(spec).selectFirst("path.blip-shape").attr("d");
      String[] tip = d.split("L")[1].trim().split(" ");
      double tipDistance = Math.hypot(Double.parseDouble(tip[0]), Double.parseDouble(tip[1]));
      double centreDistance = Math.hypot(p.x(), p.y());

      if (movement == Movement.MOVED_IN) {
        assertThat(tipDistance).isLessThan(centreDistance - p.radius() / 2);
      } else {
        assertThat(tipDistance).isGreaterThan(centreDistance + p.radius() / 2);
      }
    }
  }

  @Test
  void drawsRingsSeparatorsAndLabelsInTheConfiguredColours() {
    Document svg = parse(ChartFixtures.spec(4, 3, List.of()));

    assertThat(svg.select("path.ring").eachAttr("fill"))
        .containsExactly("#1b7f3b", "#1f5fa8", "#8a5a00");
    assertThat(svg.select("line.sector-separator")).hasSize(4);
    assertThat(svg.select("text.ring-label").eachText())
        .containsExactly("Ring 0", "Ring 1", "Ring 2");
    assertThat(svg.select("text.quadrant-label").eachText())
        .containsExactly("Quadrant 0", "Quadrant 1", "Quadrant 2", "Quadrant 3");
  }

  @Test
  void keepsNumbersReadableOnLightRingColours() {
    ChartBlip onLight = ChartFixtures.blip("light", 1, 0, 4, Movement.UNCHANGED);
    ChartBlip onDark = ChartFixtures.blip("dark", 2, 0, 0, Movement.UNCHANGED);

    Document svg = parse(ChartFixtures.spec(1, 5, List.of(onLight, onDark)));

    assertThat(svg.selectFirst("a[data-blip=light] text").attr("fill")).isEqualTo(Colors.DARK_TEXT);
    assertThat(svg.selectFirst("a[data-blip=dark] text").attr("fill")).isEqualTo(Colors.LIGHT_TEXT);
    String labelColour = svg.select("text.ring-label").get(4).attr("fill");
    assertThat(Colors.contrast(Colors.luminance(labelColour), 1.0)).isGreaterThanOrEqualTo(4.5);
  }

  @Test
  void drawsOnlyTheQuadrantOfAQuadrantPage() {
    List<Quadrant> all = ChartFixtures.quadrants(4);
    List<ChartBlip> blips =
        ChartFixtures.randomBlips(6, 60, 4, 4).stream()
            .filter(b -> b.quadrantId().equals("q1"))
            .toList();
    ChartSpec spec =
        new ChartSpec(
            List.of(all.get(1)), all, ChartFixtures.rings(4), blips, "Q1", "Only q1", "q1-");

    Document svg = parse(spec);
    String[] viewBox = svg.selectFirst("svg").attr("viewBox").split(" ");

    assertThat(svg.select("a.blip")).hasSize(blips.size());
    assertThat(svg.select("text.quadrant-label").eachText()).containsExactly("Quadrant 1");
    assertThat(svg.select("line.sector-separator")).hasSize(2);
    assertThat(svg.select("text.ring-label")).hasSize(4);
    // Quadrant 1 is the lower right quarter: the crop starts near the centre.
    assertThat(Double.parseDouble(viewBox[0])).isGreaterThan(-50);
    assertThat(Double.parseDouble(viewBox[1])).isGreaterThan(-50);
  }

  @Test
  void drawsABlipTheSameOnTheHomeChartAndOnItsQuadrantPage() {
    List<Quadrant> all = ChartFixtures.quadrants(5);
    List<ChartBlip> blips = ChartFixtures.randomBlips(8, 150, 5, 4);
    List<ChartBlip> inQ2 = blips.stream().filter(b -> b.quadrantId().equals("q2")).toList();
    Document home = parse(ChartFixtures.spec(5, 4, blips));
    Document page =
        parse(
            new ChartSpec(List.of(all.get(2)), all, ChartFixtures.rings(4), inQ2, "Q2", "", "q-"));

    assertThat(inQ2).isNotEmpty();
    for (ChartBlip b : inQ2) {
      String selector = "a[data-blip=" + b.id() + "]";
      assertThat(page.selectFirst(selector).outerHtml())
          .isEqualTo(home.selectFirst(selector).outerHtml());
    }
  }

  @Test
  void marksAnEnlargedChart() {
    List<ChartBlip> crowded = new ArrayList<>();
    for (int i = 1; i <= 150; i++) {
      crowded.add(ChartFixtures.blip("b" + i, i, 0, 0, Movement.UNCHANGED));
    }

    Element svg = parse(ChartFixtures.spec(8, 8, crowded)).selectFirst("svg");

    assertThat(svg.classNames()).contains("radar-chart", "radar-chart-enlarged");
  }

  @Test
  void drawsALegendSymbolPerMovement() {
    for (Movement movement : Movement.values()) {
      Document symbol =
          Jsoup.parse(RadarChartWriter.legendSymbol(movement), "", Parser.xmlParser());

      assertThat(symbol.selectFirst("svg").attr("aria-hidden")).isEqualTo("true");
      assertThat(symbol.select(".blip-shape")).hasSize(1);
      assertThat(symbol.select(".blip-new-ring")).hasSize(movement == Movement.NEW ? 1 : 0);
    }
    assertThat(RadarChartWriter.legendSymbol(Movement.MOVED_IN))
        .as("moved in and moved out point different ways")
        .isNotEqualTo(RadarChartWriter.legendSymbol(Movement.MOVED_OUT));
    String tip =
        Jsoup.parse(RadarChartWriter.legendSymbol(Movement.MOVED_IN), "", Parser.xmlParser())
            .selectFirst("path")
            .attr("d")
            .split("L")[1]
            .trim()
            .split(" ")[0];
    assertThat(Double.parseDouble(tip))
        .as("moved in points left, towards the imagined centre")
        .isNegative();
  }

  @Test
  void rejectsInconsistentSpecs() {
    List<Quadrant> all = ChartFixtures.quadrants(2);
    List<Ring> rings = ChartFixtures.rings(2);
    ChartBlip inQ1 = ChartFixtures.blip("a", 1, 1, 0, Movement.NEW);
    ChartBlip unknownRing = ChartFixtures.blip("b", 1, 0, 5, Movement.NEW);

    assertThatThrownBy(
            () -> new ChartSpec(List.of(all.get(0)), all, rings, List.of(inQ1), "t", "d", ""))
        .hasMessageContaining("'a' is in quadrant 'q1', which is not drawn");
    assertThatThrownBy(() -> new ChartSpec(all, all, rings, List.of(unknownRing), "t", "d", ""))
        .hasMessageContaining("unknown ring 'r5'");
    assertThatThrownBy(() -> new ChartSpec(all, all, rings, List.of(inQ1, inQ1), "t", "d", ""))
        .hasMessageContaining("'a' appears twice");
    assertThatThrownBy(() -> new ChartSpec(all, all, rings, List.of(), "t", "d", "a b"))
        .hasMessageContaining("idPrefix");
    assertThatThrownBy(
            () -> new ChartSpec(all, all, ChartFixtures.rings(0), List.of(), "t", "d", ""))
        .hasMessageContaining("1 to 8 rings");
  }
}
