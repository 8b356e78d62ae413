package eu.sovereignradar.generator.bench;

import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.layout.BlipNumbering;
import eu.sovereignradar.generator.layout.BlipPlacer;
import eu.sovereignradar.generator.layout.ChartBlip;
import eu.sovereignradar.generator.layout.ChartSpec;
import eu.sovereignradar.generator.layout.PlaceableBlip;
import eu.sovereignradar.generator.layout.RadarChartWriter;
import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.Quadrant;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.model.Replacement;
import eu.sovereignradar.generator.model.Ring;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times the radar charts of a content folder in one process: the home chart and one chart per
 * quadrant, as the site draws them. Prints the first (cold JVM) run and the fastest of ten warm
 * runs. Usage: {@code ChartTiming <content folder>}.
 */
public final class ChartTiming {
  private ChartTiming() {}

  /** Entry point: {@code <content folder>}. */
  public static void main(String[] args) throws IOException {
    Radar radar =
        new RadarGenerator(GeneratorOptions.builder(Path.of(args[0])).build())
            .validate()
            .radar()
            .orElseThrow(() -> new IllegalStateException("the content has errors"));
    List<ChartSpec> specs = specs(radar);
    long bytes = 0;
    long cold = System.nanoTime();
    for (ChartSpec spec : specs) {
      bytes += RadarChartWriter.svg(spec).length();
    }
    cold = System.nanoTime() - cold;
    long warm = Long.MAX_VALUE;
    for (int run = 0; run < 10; run++) {
      long t = System.nanoTime();
      for (ChartSpec spec : specs) {
        RadarChartWriter.svg(spec);
      }
      warm = Math.min(warm, System.nanoTime() - t);
    }
    List<PlaceableBlip> placeable = new ArrayList<>();
    for (ChartBlip b : specs.get(0).blips()) {
      placeable.add(
          new PlaceableBlip(
              b.id(),
              indexOf(radar.quadrants().stream().map(Quadrant::id).toList(), b.quadrantId()),
              indexOf(radar.rings().stream().map(Ring::id).toList(), b.ringId()),
              b.number()));
    }
    long placement = Long.MAX_VALUE;
    for (int run = 0; run < 10; run++) {
      long t = System.nanoTime();
      BlipPlacer.place(radar.quadrants().size(), radar.rings().size(), placeable);
      placement = Math.min(placement, System.nanoTime() - t);
    }
    System.out.printf(
        Locale.ROOT,
        "%d blips, %d charts, %.1f MB of SVG: first run %.0f ms, warm %.1f ms;"
            + " placement of the home chart alone, warm: %.1f ms%n",
        radar.blips().size(),
        specs.size(),
        bytes / 1e6,
        cold / 1e6,
        warm / 1e6,
        placement / 1e6);
  }

  private static int indexOf(List<String> ids, String id) {
    return ids.indexOf(id);
  }

  static List<ChartSpec> specs(Radar radar) {
    Map<String, Integer> numbers = BlipNumbering.number(radar.blips());
    List<ChartBlip> all = new ArrayList<>();
    for (Blip b : radar.blips()) {
      all.add(
          new ChartBlip(
              b.id(),
              numbers.get(b.id()),
              b.ring().id(),
              b.quadrant().id(),
              b.title(),
              b.title() + ", " + b.ring().title() + ", " + b.quadrant().title(),
              "blips/" + b.id() + ".html",
              b.movement(),
              b.tags(),
              b.replaces().stream().map(Replacement::productId).toList()));
    }
    List<ChartSpec> specs = new ArrayList<>();
    specs.add(
        new ChartSpec(
            radar.quadrants(), radar.quadrants(), radar.rings(), all, radar.title(), "", "home-"));
    for (Quadrant q : radar.quadrants()) {
      List<ChartBlip> mine = all.stream().filter(b -> b.quadrantId().equals(q.id())).toList();
      specs.add(
          new ChartSpec(
              List.of(q), radar.quadrants(), radar.rings(), mine, q.title(), "", q.id() + "-"));
    }
    return specs;
  }
}
