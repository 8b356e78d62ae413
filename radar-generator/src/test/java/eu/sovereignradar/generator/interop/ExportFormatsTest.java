package eu.sovereignradar.generator.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.sovereignradar.generator.ExportResult;
import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.InlineFiles;
import eu.sovereignradar.generator.RadarGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each file format's export of a small radar, in the shape its tool reads (the sources are named in
 * each format's class and in docs/interop.md): BYOR's columns and status words, Zalando's indices
 * and moved values, Backstage's newest-first timeline.
 */
class ExportFormatsTest {
  @TempDir Path dir;
  private Path content;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void radar() throws IOException {
    content =
        InlineFiles.write(
            dir.resolve("content"),
            """
            === radar.yaml
            title: T
            edition: {id: "2026-12", date: 2026-12-03, previousDate: 2026-06-01}
            quadrants: [{id: tools, title: Tools}, {id: platforms, title: Platforms}]
            rings:
              - {id: adopt, title: Adopt, color: "#112233"}
              - {id: trial, title: Trial}
              - {id: hold, title: Hold, description: Stop.}
            === blips/forgejo.md
            ---
            title: Forgejo
            ring: adopt
            quadrant: tools
            summary: A forge.
            website: https://forgejo.org
            history:
              - {date: 2025-01-10, ring: trial}
              - {date: 2026-10-01, ring: adopt, note: Proven.}
            ---
            **Self-hosted** forge.
            === blips/k8s.md
            ---
            title: Kubernetes
            ring: hold
            quadrant: platforms
            history:
              - {date: 2026-09-01, ring: hold}
            ---
            Containers.
            === inventory/secret-app.md
            ---
            title: Secret app
            vendor: Acme
            origin: US
            area: collaboration
            serviceModel: saas
            criticality: low
            ---
            Internal.
            """);
  }

  private String export(String format) throws IOException {
    Path out = dir.resolve("out." + format);
    ExportResult r =
        new RadarGenerator(GeneratorOptions.builder(content).build()).exportTo(format, out);
    assertThat(r).isInstanceOf(ExportResult.Done.class);
    String text = Files.readString(out);
    assertThat(text).doesNotContain("Secret app");
    return text;
  }

  @Test
  void byorCsv() throws IOException {
    assertThat(export("byor-csv"))
        .isEqualTo(
            "name,ring,quadrant,isNew,status,description\r\n"
                + "Forgejo,Adopt,Tools,FALSE,Moved In,\"<p>A forge.</p>\n"
                + "<p><strong>Self-hosted</strong> forge.</p>\"\r\n"
                + "Kubernetes,Hold,Platforms,TRUE,New,<p>Containers.</p>\r\n");
  }

  @Test
  void byorJson() throws IOException {
    JsonNode rows = json.readTree(export("byor-json"));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).path("name").asText()).isEqualTo("Kubernetes");
    assertThat(rows.get(1).path("isNew").asText()).isEqualTo("TRUE");
    assertThat(rows.get(1).path("status").asText()).isEqualTo("New");
    assertThat(rows.get(1).path("description").asText()).isEqualTo("<p>Containers.</p>");
  }

  @Test
  void zalando() throws IOException {
    JsonNode root = json.readTree(export("zalando"));
    assertThat(root.path("date").asText()).isEqualTo("2026-12");
    assertThat(root.path("quadrants").toString())
        .isEqualTo("[{\"name\":\"Tools\"},{\"name\":\"Platforms\"}]");
    assertThat(root.path("rings").get(0).toString())
        .isEqualTo("{\"name\":\"Adopt\",\"color\":\"#112233\"}");
    assertThat(root.path("entries").get(0).toString())
        .isEqualTo(
            "{\"quadrant\":0,\"ring\":0,\"label\":\"Forgejo\",\"link\":\"https://forgejo.org\","
                + "\"active\":true,\"moved\":1}");
    assertThat(root.path("entries").get(1).path("moved").asInt()).isEqualTo(2);
    assertThat(root.path("entries").get(1).path("ring").asInt()).isEqualTo(2);
  }

  @Test
  void backstage() throws IOException {
    JsonNode root = json.readTree(export("backstage"));
    JsonNode hold = root.path("rings").get(2);
    assertThat(hold.path("id").asText()).isEqualTo("hold");
    assertThat(hold.path("name").asText()).isEqualTo("Hold");
    assertThat(hold.path("description").asText()).isEqualTo("Stop.");
    // A ring without a colour in radar.yaml gets the generator's default; Backstage needs one.
    assertThat(hold.path("color").asText()).matches("#[0-9a-f]{6}");
    JsonNode forgejo = root.path("entries").get(0);
    assertThat(forgejo.path("id").asText()).isEqualTo("forgejo");
    assertThat(forgejo.path("quadrant").asText()).isEqualTo("tools");
    assertThat(forgejo.path("url").asText()).isEqualTo("https://forgejo.org");
    assertThat(forgejo.path("description").asText()).isEqualTo("**Self-hosted** forge.");
    assertThat(forgejo.path("timeline").toString())
        .isEqualTo(
            "[{\"moved\":1,\"ringId\":\"adopt\",\"date\":\"2026-10-01\",\"description\":\"Proven.\"},"
                + "{\"moved\":0,\"ringId\":\"trial\",\"date\":\"2025-01-10\"}]");
  }

  @Test
  void jsonHasNoInventoryAndNoOrganisation() throws IOException {
    JsonNode root = json.readTree(export("json"));
    assertThat(root.has("inventory")).isFalse();
    assertThat(root.has("organisation")).isFalse();
    assertThat(root.path("blips").get(0).path("movement").asText()).isEqualTo("moved-in");
  }

  /** Only when asked: the sample's organisation and inventory, in the published schema's shape. */
  @Test
  void jsonInternalAddsTheInventoryOfTheSampleAndMatchesTheSchema() throws IOException {
    Path sample = Path.of("../content");
    Path out = dir.resolve("internal.json");
    RadarGenerator generator = new RadarGenerator(GeneratorOptions.builder(sample).build());
    assertThat(generator.exportTo("json", out, true)).isInstanceOf(ExportResult.Done.class);
    JsonNode root = json.readTree(out.toFile());
    eu.sovereignradar.generator.model.Radar radar = generator.validate().radar().orElseThrow();
    assertThat(root.path("inventory")).hasSize(radar.inventory().size());
    assertThat(root.path("organisation").path("name").asText()).isEqualTo("Example Region");
    assertThat(root.has("roadmap")).isFalse();
    JsonNode exchange = null;
    for (JsonNode i : root.path("inventory")) {
      if (i.path("id").asText().equals("exchange-online")) {
        exchange = i;
      }
    }
    assertThat(exchange).isNotNull();
    assertThat(exchange.path("criticality").asText()).isEqualTo("critical");
    java.util.List<String> errors = new java.util.ArrayList<>();
    JsonNode schema =
        json.readTree(eu.sovereignradar.generator.render.files.RadarJsonWriter.schema());
    eu.sovereignradar.generator.JsonSchemaCheck.check(root, schema, schema, "$", errors);
    assertThat(errors).isEmpty();
    assertThatThrownBy(() -> generator.exportTo("zalando", dir.resolve("z.json"), true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
