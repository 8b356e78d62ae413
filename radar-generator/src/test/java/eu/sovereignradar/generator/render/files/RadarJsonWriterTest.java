package eu.sovereignradar.generator.render.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.sovereignradar.generator.GenerationResult;
import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.model.InventoryItem;
import eu.sovereignradar.generator.model.Organisation;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.model.RoadmapStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * radar.json of the sample radar, which has an inventory, an organisation and a private roadmap:
 * the internal build's file is the public build's, byte for byte, and names none of them.
 */
class RadarJsonWriterTest {
  private static final Path SAMPLE = Path.of("../content");
  @TempDir Path dir;

  private String build(boolean isPublic) throws IOException {
    Path out = dir.resolve(isPublic ? "public" : "internal");
    GenerationResult r =
        new RadarGenerator(
                GeneratorOptions.builder(SAMPLE).outputDirectory(out).publicBuild(isPublic).build())
            .generate();
    assertThat(r.errorCount()).isZero();
    assertThat(r.files()).contains("radar.json");
    return Files.readString(out.resolve("radar.json"));
  }

  @Test
  void holdsThePublicRadarAndNothingInternal() throws IOException {
    String internal = build(false);
    assertThat(internal).isEqualTo(build(true));
    Radar radar =
        new RadarGenerator(GeneratorOptions.builder(SAMPLE).build())
            .validate()
            .radar()
            .orElseThrow();
    assertThat(radar.inventory()).isNotEmpty();
    assertThat(radar.roadmap()).isNotEmpty();
    for (InventoryItem item : radar.inventory()) {
      assertThat(internal).as(item.id()).doesNotContain("\"" + item.title() + "\"");
    }
    for (RoadmapStep step : radar.roadmap()) {
      assertThat(internal).as(step.id()).doesNotContain("\"" + step.title() + "\"");
    }
    Organisation org = radar.settings().organisation();
    assertThat(org).isNotNull();
    assertThat(internal).doesNotContain(org.name());
    // As values: a unit title such as "Communications" is also a word of public text.
    org.units().forEach(u -> assertThat(internal).doesNotContain("\"" + u.title() + "\""));

    JsonNode json = new ObjectMapper().readTree(internal);
    assertThat(json.path("format").asText()).isEqualTo("sovereign-radar/1");
    assertThat(json.path("blips")).hasSize(radar.blips().size());
    assertThat(json.path("products")).hasSize(radar.products().size());
    assertThat(json.path("rings").get(0).path("id").asText()).isEqualTo("adopt");
    JsonNode nextcloud = null;
    for (JsonNode b : json.path("blips")) {
      if (b.path("id").asText().equals("nextcloud")) {
        nextcloud = b;
      }
    }
    assertThat(nextcloud).isNotNull();
    assertThat(nextcloud.path("licence").asText()).isEqualTo("AGPL-3.0-or-later");
    assertThat(nextcloud.path("replaces").get(0).path("product").asText())
        .isEqualTo("microsoft-onedrive");
    assertThat(nextcloud.path("capabilities").path("offline").path("value").asText())
        .isEqualTo("yes");
  }
}
