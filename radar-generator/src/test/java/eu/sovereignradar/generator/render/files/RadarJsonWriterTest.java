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
import java.util.List;
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
    // The site's document leaves the bodies to the pages; radar export json keeps them.
    assertThat(nextcloud.has("body")).isFalse();
    assertThat(
            new ObjectMapper()
                .readTree(RadarJsonWriter.json(radar))
                .path("blips")
                .get(0)
                .has("body"))
        .isTrue();
    assertThat(nextcloud.path("replaces").get(0).path("product").asText())
        .isEqualTo("microsoft-onedrive");
    assertThat(nextcloud.path("capabilities").path("offline").path("value").asText())
        .isEqualTo("yes");
    // Each product's comparison: the blips replacing it, inner rings first.
    assertThat(json.path("comparisons")).hasSize(radar.products().size());
    JsonNode onedrive = null;
    for (JsonNode c : json.path("comparisons")) {
      if (c.path("product").asText().equals("microsoft-onedrive")) {
        onedrive = c;
      }
    }
    assertThat(onedrive).isNotNull();
    List<String> alternatives = new java.util.ArrayList<>();
    List<String> rings = new java.util.ArrayList<>();
    onedrive.path("alternatives").forEach(a -> alternatives.add(a.path("blip").asText()));
    onedrive.path("alternatives").forEach(a -> rings.add(a.path("ring").asText()));
    assertThat(alternatives).contains("nextcloud");
    List<String> order = radar.rings().stream().map(r -> r.id()).toList();
    assertThat(rings).isSortedAccordingTo(java.util.Comparator.comparingInt(order::indexOf));
  }

  /**
   * The site's file is written one blip at a time; its bytes are those of the whole document made
   * text in one piece ({@code radar export json}'s way), without the bodies.
   */
  @Test
  void theStreamedFileIsTheDocumentsTextWithoutBodies() throws IOException {
    Radar radar =
        new RadarGenerator(GeneratorOptions.builder(SAMPLE).build())
            .validate()
            .radar()
            .orElseThrow();
    com.fasterxml.jackson.databind.node.ObjectNode tree = RadarJsonWriter.tree(radar);
    for (String key : List.of("blips", "products")) {
      tree.path(key)
          .forEach(n -> ((com.fasterxml.jackson.databind.node.ObjectNode) n).remove("body"));
    }
    Path file = dir.resolve("radar.json");
    RadarJsonWriter.write(file, radar);
    assertThat(Files.readAllBytes(file))
        .isEqualTo(RadarJsonWriter.text(tree).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(Files.readString(file)).contains("\u00e9").endsWith("}\n");
  }

  /**
   * The sample's radar.json against its published schema, by a checker of the few keywords the
   * schema uses (type, const, enum, pattern, required, properties, additionalProperties, items,
   * $ref): a key the writer adds without the schema, or a required one it drops, fails here.
   */
  @Test
  void theDocumentMatchesItsPublishedSchema() throws IOException {
    build(false);
    Path site = dir.resolve("internal");
    ObjectMapper mapper = new ObjectMapper();
    JsonNode schema = mapper.readTree(site.resolve(RadarJsonWriter.SCHEMA).toFile());
    assertThat(schema).isEqualTo(mapper.readTree(RadarJsonWriter.schema()));
    JsonNode doc = mapper.readTree(site.resolve("radar.json").toFile());
    java.util.List<String> errors = new java.util.ArrayList<>();
    eu.sovereignradar.generator.JsonSchemaCheck.check(doc, schema, schema, "$", errors);
    assertThat(errors).isEmpty();

    ((com.fasterxml.jackson.databind.node.ObjectNode) doc.path("blips").get(0)).put("extra", 1);
    ((com.fasterxml.jackson.databind.node.ObjectNode) doc.path("rings").get(0)).remove("color");
    eu.sovereignradar.generator.JsonSchemaCheck.check(doc, schema, schema, "$", errors);
    assertThat(errors)
        .containsExactly(
            "$.rings[0]: required 'color' missing", "$.blips[0]: 'extra' is not in the schema");
  }
}
