package eu.sovereignradar.generator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a JSON document against a JSON Schema using only the keywords our published schemas use
 * (type, const, enum, pattern, required, properties, additionalProperties, items, $ref), so tests
 * need no validator library; a keyword it does not know is ignored, never passed silently as a
 * failure of the document.
 */
public final class JsonSchemaCheck {
  private JsonSchemaCheck() {}

  /** Adds one message per mismatch to {@code errors}, each starting with its JSON path. */
  public static void check(
      JsonNode value, JsonNode schema, JsonNode root, String at, java.util.List<String> errors) {
    if (schema.has("$ref")) {
      check(value, root.at(schema.get("$ref").asText().substring(1)), root, at, errors);
      return;
    }
    if (schema.has("const") && !schema.get("const").equals(value)) {
      errors.add(at + ": not " + schema.get("const"));
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode e : schema.get("enum")) {
        found |= e.equals(value);
      }
      if (!found) {
        errors.add(at + ": " + value + " is not in " + schema.get("enum"));
      }
    }
    if (schema.has("type")) {
      java.util.Set<String> types = new java.util.HashSet<>();
      schema.get("type").forEach(t -> types.add(t.asText()));
      if (schema.get("type").isTextual()) {
        types.add(schema.get("type").asText());
      }
      String actual =
          value.isNull()
              ? "null"
              : value.isTextual()
                  ? "string"
                  : value.isArray()
                      ? "array"
                      : value.isObject()
                          ? "object"
                          : value.isBoolean()
                              ? "boolean"
                              : value.isIntegralNumber() ? "integer" : "number";
      if (actual.equals("integer") && types.contains("number")) {
        actual = "number";
      }
      if (!types.contains(actual)) {
        errors.add(at + ": " + actual + " is not " + types);
        return;
      }
    }
    if (schema.has("pattern")
        && value.isTextual()
        && !java.util.regex.Pattern.compile(schema.get("pattern").asText())
            .matcher(value.asText())
            .find()) {
      errors.add(at + ": '" + value.asText() + "' does not match " + schema.get("pattern"));
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(value.get(i), schema.get("items"), root, at + "[" + i + "]", errors);
      }
    }
    if (value.isObject()) {
      for (JsonNode r : schema.path("required")) {
        if (!value.has(r.asText())) {
          errors.add(at + ": required '" + r.asText() + "' missing");
        }
      }
      value
          .fieldNames()
          .forEachRemaining(
              key -> {
                JsonNode property = schema.path("properties").path(key);
                JsonNode additional = schema.path("additionalProperties");
                if (!property.isMissingNode()) {
                  check(value.get(key), property, root, at + "." + key, errors);
                } else if (additional.isObject()) {
                  check(value.get(key), additional, root, at + "." + key, errors);
                } else if (additional.isBoolean() && !additional.asBoolean()) {
                  errors.add(at + ": '" + key + "' is not in the schema");
                }
              });
    }
  }
}
