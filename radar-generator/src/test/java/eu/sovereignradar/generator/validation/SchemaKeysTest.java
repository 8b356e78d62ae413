package eu.sovereignradar.generator.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.ValidationResult;
import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.diagnostic.DiagnosticFormatter;
import eu.sovereignradar.generator.model.Hosting;
import eu.sovereignradar.generator.schema.Schemas;
import eu.sovereignradar.generator.score.Criterion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the JSON Schemas and the validator in step: the same keys at every level, the same
 * vocabularies, and the same required keys (checked by running the validator with each key left
 * out). A field added to a reader without the schema, or the other way round, fails here.
 */
class SchemaKeysTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode schema(String name) throws IOException {
    return JSON.readTree(Schemas.read(name));
  }

  private static List<String> keys(JsonNode objectSchema) {
    List<String> keys = new ArrayList<>();
    objectSchema.path("properties").fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /** The validator's key list for the root and for every {@code $defs} entry that is an object. */
  static Stream<Arguments> keyLists() {
    return Stream.of(
        Arguments.of("blip.schema.json", "", BlipReader.KEYS),
        Arguments.of("blip.schema.json", "link", BlipReader.LINK_KEYS),
        Arguments.of("blip.schema.json", "replacement", BlipReader.REPLACES_KEYS),
        Arguments.of("blip.schema.json", "capabilityStatement", BlipReader.CAPABILITY_KEYS),
        Arguments.of("blip.schema.json", "historyEntry", BlipReader.HISTORY_KEYS),
        Arguments.of("blip.schema.json", "retired", BlipReader.RETIRED_KEYS),
        Arguments.of("product.schema.json", "", ProductReader.KEYS),
        Arguments.of("radar.schema.json", "", RadarConfigReader.KEYS),
        Arguments.of("radar.schema.json", "edition", RadarConfigReader.EDITION_KEYS),
        Arguments.of("radar.schema.json", "editionEntry", RadarConfigReader.EDITIONS_KEYS),
        Arguments.of("radar.schema.json", "quadrant", RadarConfigReader.QUADRANT_KEYS),
        Arguments.of("radar.schema.json", "capability", RadarConfigReader.CAPABILITY_KEYS),
        Arguments.of("radar.schema.json", "ring", RadarConfigReader.RING_KEYS),
        Arguments.of("radar.schema.json", "scoring", Criterion.ids()),
        Arguments.of(
            "radar.schema.json", "organisation", AssessmentSettingsReader.ORGANISATION_KEYS),
        Arguments.of("radar.schema.json", "unit", AssessmentSettingsReader.UNIT_KEYS),
        Arguments.of("radar.schema.json", "assessment", AssessmentSettingsReader.ASSESSMENT_KEYS),
        Arguments.of("radar.schema.json", "dimension", AssessmentSettingsReader.DIMENSION_KEYS),
        Arguments.of("radar.schema.json", "dataClass", AssessmentSettingsReader.DATA_CLASS_KEYS),
        Arguments.of("radar.schema.json", "rule", AssessmentSettingsReader.RULE_KEYS),
        Arguments.of("inventory.schema.json", "", InventoryReader.KEYS),
        Arguments.of("inventory.schema.json", "provider", InventoryReader.PROVIDER_KEYS),
        Arguments.of("inventory.schema.json", "data", InventoryReader.DATA_KEYS),
        Arguments.of("inventory.schema.json", "contract", InventoryReader.CONTRACT_KEYS),
        Arguments.of("inventory.schema.json", "levelEntry", InventoryReader.LEVEL_KEYS),
        Arguments.of("radar.schema.json", "roadmap", RoadmapSettingsReader.KEYS),
        Arguments.of("radar.schema.json", "phase", RoadmapSettingsReader.PHASE_KEYS),
        Arguments.of("radar.schema.json", "lane", RoadmapSettingsReader.LANE_KEYS),
        Arguments.of("roadmap.schema.json", "", RoadmapReader.KEYS),
        Arguments.of("roadmap.schema.json", "action", RoadmapReader.ACTION_KEYS));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("keyLists")
  void schemaHasExactlyTheKeysTheValidatorKnows(String name, String def, List<String> validatorKeys)
      throws IOException {
    JsonNode node = def.isEmpty() ? schema(name) : schema(name).path("$defs").path(def);
    assertThat(node.isMissingNode()).as("%s has $defs/%s", name, def).isFalse();
    assertThat(keys(node))
        .as("keys of %s %s", name, def.isEmpty() ? "(root)" : def)
        .containsExactlyInAnyOrderElementsOf(validatorKeys);
    assertThat(node.path("additionalProperties").asBoolean(true))
        .as("unknown keys are flagged, as the validator warns about them")
        .isFalse();
  }

  @Test
  void everyObjectInTheSchemasIsComparedWithTheValidator() throws IOException {
    Set<String> compared =
        keyLists().map(a -> a.get()[0] + "#" + a.get()[1]).collect(Collectors.toSet());
    for (String name : Schemas.NAMES) {
      Iterator<Map.Entry<String, JsonNode>> defs = schema(name).path("$defs").fields();
      while (defs.hasNext()) {
        Map.Entry<String, JsonNode> def = defs.next();
        if (def.getValue().has("properties")) {
          assertThat(compared)
              .as("key list for %s $defs/%s", name, def.getKey())
              .contains(name + "#" + def.getKey());
        }
      }
      assertThat(compared).contains(name + "#");
    }
  }

  @Test
  void schemasAreDraft2020WithResolvableReferencesAndNoDeadDefinitions() throws IOException {
    for (String name : Schemas.NAMES) {
      JsonNode root = schema(name);
      assertThat(root.path("$schema").asText())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(root.path("title").asText()).isNotBlank();
      Set<String> refs = new HashSet<>();
      collectRefs(root, refs);
      Set<String> defs = new HashSet<>();
      root.path("$defs").fieldNames().forEachRemaining(d -> defs.add("#/$defs/" + d));
      assertThat(defs).as("definitions of %s", name).containsExactlyInAnyOrderElementsOf(refs);
    }
  }

  private static void collectRefs(JsonNode node, Set<String> refs) {
    if (node.has("$ref")) {
      refs.add(node.get("$ref").asText());
    }
    node.elements().forEachRemaining(child -> collectRefs(child, refs));
  }

  @Test
  void vocabulariesMatchTheValidator() throws IOException {
    JsonNode blip = schema("blip.schema.json");
    assertThat(texts(blip.at("/properties/hosting/items/enum")))
        .containsExactlyElementsOf(Arrays.stream(Hosting.values()).map(Hosting::id).toList());
    assertThat(texts(schema("radar.schema.json").at("/properties/language/enum")))
        .containsExactlyElementsOf(RadarConfigReader.LANGUAGES);
    for (String name : Schemas.NAMES) {
      assertThat(schema(name).at("/$defs/id/pattern").asText())
          .isEqualTo("^" + Ids.PATTERN.pattern() + "$");
      assertThat(schema(name).at("/$defs/id/maxLength").asInt()).isEqualTo(Ids.MAX_LENGTH);
    }
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false)
        .filter(JsonNode::isTextual)
        .map(JsonNode::asText)
        .toList();
  }

  @Test
  void allReturnsEveryNamedSchemaAsFreshCopies() {
    Map<String, byte[]> all = Schemas.all();
    assertThat(all.keySet()).containsExactlyElementsOf(Schemas.NAMES);
    all.get("blip.schema.json")[0] = 'x';
    assertThat(Schemas.all().get("blip.schema.json")[0]).isEqualTo((byte) '{');
  }

  // --- Required keys: leave each key out of a complete file and see whether the validator minds.

  @TempDir Path dir;

  private static final String RADAR =
      """
      title: Test radar
      description: A radar.
      language: en
      languages: [en, fr]
      baseUrl: https://radar.example.org/
      editUrl: https://git.example.org/radar/edit/main/content/{path}
      repositoryUrl: https://git.example.org/radar
      edition:
        id: "2026-11"
        date: 2026-11-28
        previousDate: 2026-05-01
      editions:
        - id: "2026-05"
          date: 2026-05-01
        - id: "2026-11"
          date: 2026-11-28
          title: November
          summary: What changed.
      staleAfter: 3
      quadrants:
        - id: tools
          title: Tools
          description: Tools.
          capabilities:
            - id: offline
              title: Offline use
      rings:
        - id: adopt
          title: Adopt
          description: Use it.
          color: "#1b7f3b"
        - id: trial
          title: Trial
      scoring:
        licence: 30
      organisation:
        name: Example Region
        units:
          - id: finance
            title: Finance
      assessment:
        dimensions:
          - id: jurisdiction
            weight: 30
            floor: true
        dataClasses:
          - id: internal
            title: Internal
            weight: 1
        rules:
          - dataClass: internal
            dimension: jurisdiction
            min: 2
      roadmap:
        public: false
        phases:
          - id: pilot
            title: Pilot
            start: 2027-01-01
            end: 2027-06-30
        lanes:
          - id: training
            title: Training
      """;

  private static final String BLIP =
      """
      title: Nextcloud
      kind: product
      ring: adopt
      quadrant: tools
      summary: Files.
      tags: [files]
      licence: AGPL-3.0-or-later
      licenceNote: Enterprise subscription available.
      vendor: Nextcloud GmbH
      origin: DE
      hosting: [self-hosted]
      website: https://nextcloud.com
      source: https://github.com/nextcloud/server
      links:
        - title: Docs
          url: https://docs.nextcloud.com/
      replaces:
        - product: teams
          coverage: partial
          notes: Chat only.
      capabilities:
        offline:
          value: yes
          note: Desktop client.
      history:
        - date: 2024-01-01
          ring: trial
          note: Pilot.
        - date: 2025-01-01
          ring: adopt
      reviewed: 2026-11-01
      retired:
        date: 2026-11-20
        reason: Superseded.
      """;

  private static final String PRODUCT =
      """
      title: Teams
      vendor: Microsoft
      origin: US
      category: tools
      summary: Chat and meetings.
      jurisdiction: CLOUD Act.
      website: https://www.microsoft.com/microsoft-teams
      tags: [chat]
      """;

  /** The YAML without the top-level key {@code key} and its indented lines. */
  private static String without(String yaml, String key) {
    StringBuilder sb = new StringBuilder();
    boolean skipping = false;
    for (String line : yaml.split("\n")) {
      boolean topLevel = !line.startsWith(" ");
      if (topLevel) {
        skipping = line.startsWith(key + ":");
      }
      if (!skipping) {
        sb.append(line).append('\n');
      }
    }
    return sb.toString();
  }

  private List<Diagnostic> errorsOf(String radar, String blip, String product) throws IOException {
    try (Stream<Path> old = Files.walk(dir)) {
      for (Path p :
          old.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(dir)).toList()) {
        Files.delete(p);
      }
    }
    Files.writeString(dir.resolve("radar.yaml"), radar);
    Files.createDirectories(dir.resolve("blips"));
    Files.createDirectories(dir.resolve("products"));
    Files.writeString(dir.resolve("blips/nextcloud.md"), "---\n" + blip + "---\nBody.\n");
    Files.writeString(dir.resolve("products/teams.md"), "---\n" + product + "---\nBody.\n");
    ValidationResult result = new RadarGenerator(GeneratorOptions.builder(dir).build()).validate();
    return result.diagnostics().stream().filter(Diagnostic::isError).toList();
  }

  @Test
  void requiredKeysAreExactlyTheKeysTheValidatorCannotDoWithout() throws IOException {
    assertThat(errorsOf(RADAR, BLIP, PRODUCT)).as("the complete files are valid").isEmpty();
    Map<String, String> files = new LinkedHashMap<>();
    files.put("radar.schema.json", RADAR);
    files.put("blip.schema.json", BLIP);
    files.put("product.schema.json", PRODUCT);
    DiagnosticFormatter f = new DiagnosticFormatter("");
    for (Map.Entry<String, String> file : files.entrySet()) {
      JsonNode schema = schema(file.getKey());
      List<String> required = texts(schema.path("required"));
      for (String key : keys(schema)) {
        assertThat(file.getValue())
            .as("the complete example of %s has '%s'", file.getKey(), key)
            .containsPattern("(?m)^" + key + ":");
        String reduced = without(file.getValue(), key);
        List<Diagnostic> errors =
            switch (file.getKey()) {
              case "radar.schema.json" -> errorsOf(reduced, BLIP, PRODUCT);
              case "blip.schema.json" -> errorsOf(RADAR, reduced, PRODUCT);
              default -> errorsOf(RADAR, BLIP, reduced);
            };
        String shown = errors.stream().map(f::text).collect(Collectors.joining("\n"));
        if (required.contains(key)) {
          assertThat(errors)
              .as("%s without required '%s': %s", file.getKey(), key, shown)
              .anySatisfy(
                  d -> {
                    assertThat(d.code()).isEqualTo("field.required");
                    assertThat(d.message()).contains("'" + key + "'");
                  });
        } else {
          assertThat(errors)
              .as("%s without optional '%s': %s", file.getKey(), key, shown)
              .isEmpty();
        }
      }
    }
  }
}
