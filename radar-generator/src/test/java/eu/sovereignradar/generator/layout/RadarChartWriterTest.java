package eu.sovereignradar.generator.layout;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.model.Movement;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class RadarChartWriterTest {

  @Test
  void writesOneLabelledLinkPerBlip() {
    List<ChartBlip> blips = ChartFixtures.randomBlips(1, 40, 4, 4);
    Document svg = Jsoup.parse(RadarChartWriter.svg(ChartFixtures.spec(4, 4, blips)), "", Parser.xmlParser());

    assertThat(svg.select("svg > title").text()).isEqualTo("A radar");
    assertThat(svg.select("svg > desc").text()).isEqualTo("Blips by ring");
    assertThat(svg.select("a.blip")).hasSize(40);
    for (Element a : svg.select("a.blip")) {
      assertThat(a.attr("href")).startsWith("blips/");
      assertThat(a.attr("aria-label")).startsWith("Blip ");
    }
  }

  @Test
  void sameSpecGivesSameBytes() {
    ChartSpec spec = ChartFixtures.spec(5, 3, ChartFixtures.randomBlips(2, 60, 5, 3));
    assertThat(RadarChartWriter.svg(spec)).isEqualTo(RadarChartWriter.svg(spec));
  }

  @Test
  void marksEachMovement() {
    List<ChartBlip> blips =
        List.of(
            ChartFixtures.blip("a", 1, 0, 0, Movement.NEW),
            ChartFixtures.blip("b", 2, 0, 0, Movement.MOVED_IN),
            ChartFixtures.blip("c", 3, 0, 1, Movement.MOVED_OUT),
            ChartFixtures.blip("d", 4, 1, 1, Movement.UNCHANGED));
    Document svg = Jsoup.parse(RadarChartWriter.svg(ChartFixtures.spec(2, 2, blips)), "", Parser.xmlParser());

    assertThat(svg.select("a.blip-new .blip-new-ring")).hasSize(1);
    assertThat(svg.select("a.blip-moved-in path.blip-shape")).hasSize(1);
    assertThat(svg.select("a.blip-moved-out path.blip-shape")).hasSize(1);
    assertThat(svg.select("a.blip-unchanged circle.blip-shape")).hasSize(1);
  }
}
