package eu.sovereignradar.generator.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.sovereignradar.generator.model.Movement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlipSizeTest {

  @Test
  void numbersRenderAtLeastElevenCssPixelsAtTheNaturalWidth() {
    assertThat(BlipSize.NUMBER_PX).isGreaterThanOrEqualTo(11);
    assertThat(BlipSize.NUMBER_FONT * BlipSize.PX_PER_UNIT).isEqualTo(BlipSize.NUMBER_PX);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void theBodyHoldsTheCornersOfItsDigits(int digits) {
    double halfWidth = BlipSize.numberWidth(digits) / 2;
    double halfHeight = BlipSize.FIGURE_HEIGHT * BlipSize.NUMBER_FONT / 2;

    assertThat(Math.hypot(halfWidth, halfHeight)).isLessThan(BlipSize.bodyFor(digits));
    assertThat(BlipSize.footprintFor(digits) - BlipSize.bodyFor(digits))
        .isCloseTo(BlipSize.MARK_EXTRA, within(1e-9));
  }

  @Test
  void moreDigitsNeedLargerMarksAndTheDefaultHoldsThree() {
    assertThat(BlipSize.footprintFor(1)).isLessThan(BlipSize.footprintFor(2));
    assertThat(BlipSize.footprintFor(2)).isLessThan(BlipSize.footprintFor(3));
    assertThat(BlipSize.DEFAULT_RADIUS).isGreaterThanOrEqualTo(BlipSize.footprintFor(3));
    assertThat(BlipSize.DEFAULT_RADIUS * 2).isEqualTo(Math.rint(BlipSize.DEFAULT_RADIUS * 2));
    assertThat(BlipSize.digits(7)).isEqualTo(1);
    assertThat(BlipSize.digits(99)).isEqualTo(2);
    assertThat(BlipSize.digits(100)).isEqualTo(3);
    assertThat(BlipSize.digits(1000)).isEqualTo(4);
  }

  @Test
  void aCrowdedCellNeverShrinksItsMarksBelowItsLongestNumber() {
    List<PlaceableBlip> blips = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      blips.add(new PlaceableBlip("b" + i, 0, 0, 100 + i));
    }

    ChartLayout layout = BlipPlacer.place(6, 4, blips);

    assertThat(layout.enlarged()).isTrue();
    assertThat(layout.positions().values())
        .allSatisfy(p -> assertThat(p.radius()).isGreaterThanOrEqualTo(BlipSize.footprintFor(3)));
    LayoutChecks.assertNoOverlaps(layout);
    LayoutChecks.assertInsideCells(layout);
  }

  /** Every mark's round body has the same radius, so a moved mark is as large as a circle. */
  @Test
  void everyMarkHasTheSameBodyAndItsNumberFitsInIt() {
    List<ChartBlip> blips = new ArrayList<>();
    Movement[] movements = Movement.values();
    for (int i = 0; i < 12; i++) {
      blips.add(ChartFixtures.blip("m" + i, 95 + i, 0, 1, movements[i % movements.length]));
    }
    String svg = RadarChartWriter.svg(ChartFixtures.spec(4, 4, blips));
    Document doc = Jsoup.parse(svg, "", Parser.xmlParser());

    for (Element a : doc.select("a.blip")) {
      Element text = a.selectFirst("text.blip-number");
      double body = bodyRadius(a.selectFirst(".blip-shape"));
      double width = Double.parseDouble(text.attr("textLength"));
      assertThat(text.attr("lengthAdjust")).isEqualTo("spacingAndGlyphs");
      assertThat(body).as(a.attr("data-blip")).isCloseTo(BlipSize.bodyFor(3) - 0.5, within(0.3));
      assertThat(Math.hypot(width / 2, BlipSize.FIGURE_HEIGHT * BlipSize.NUMBER_FONT / 2))
          .as("the number of %s inside its body", a.attr("data-blip"))
          .isLessThan(body);
    }
    assertThat(doc.selectFirst("g.radar-blips").attr("font-size")).isEqualTo("14");
  }

  @Test
  void theSvgDeclaresItsNaturalSizeFromTheViewBox() {
    Document doc =
        Jsoup.parse(
            RadarChartWriter.svg(ChartFixtures.spec(4, 4, ChartFixtures.randomBlips(5, 30, 4, 4))),
            "",
            Parser.xmlParser());
    Element svg = doc.selectFirst("svg");
    String[] box = svg.attr("viewBox").split(" ");

    assertThat(Double.parseDouble(svg.attr("width")))
        .isCloseTo(Double.parseDouble(box[2]) * BlipSize.PX_PER_UNIT, within(1.0));
    assertThat(Double.parseDouble(svg.attr("height")))
        .isCloseTo(Double.parseDouble(box[3]) * BlipSize.PX_PER_UNIT, within(1.0));
  }

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

  /** A circle's radius, or for a moved mark's path its arc's radius. */
  private static double bodyRadius(Element shape) {
    if (shape.tagName().equals("circle")) {
      return Double.parseDouble(shape.attr("r"));
    }
    String d = shape.attr("d");
    Matcher arc = NUMBER.matcher(d.substring(d.indexOf('A') + 1));
    assertThat(arc.find()).isTrue();
    return Double.parseDouble(arc.group());
  }
}
