package eu.sovereignradar.generator.validation;

import eu.sovereignradar.generator.content.YamlNode;
import eu.sovereignradar.generator.model.AssessmentSettings;
import eu.sovereignradar.generator.model.AssessmentSettings.DataClass;
import eu.sovereignradar.generator.model.AssessmentSettings.Dimension;
import eu.sovereignradar.generator.model.AssessmentSettings.Rule;
import eu.sovereignradar.generator.model.Organisation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads radar.yaml's {@code organisation} and {@code assessment}: the organisation's units, and the
 * dimensions, data classes and rules the inventory is assessed by (defaults where not given).
 */
final class AssessmentSettingsReader {
  static final List<String> ORGANISATION_KEYS = List.of("name", "units");
  static final List<String> UNIT_KEYS = List.of("id", "title");
  static final List<String> ASSESSMENT_KEYS = List.of("dimensions", "dataClasses", "rules");
  static final List<String> DIMENSION_KEYS = List.of("id", "title", "weight", "floor");
  static final List<String> DATA_CLASS_KEYS = List.of("id", "title", "weight");
  static final List<String> RULE_KEYS = List.of("dataClass", "dimension", "min");

  private AssessmentSettingsReader() {}

  static @Nullable Organisation organisation(Fields f) {
    Optional<YamlNode.Map> map =
        f.node("organisation")
            .flatMap(
                n -> f.asMap("organisation", n, "write organisation: {name: ..., units: [...]}"));
    if (map.isEmpty()) {
      return null;
    }
    Fields o = f.nested(map.get(), "organisation ");
    o.warnUnknownKeys(ORGANISATION_KEYS, "organisation");
    Optional<String> name = o.text("name", true);
    List<Organisation.Unit> units = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (YamlNode item : o.list("units")) {
      Optional<YamlNode.Map> m = o.asMap("units item", item, "each unit needs an id and a title");
      if (m.isEmpty()) {
        continue;
      }
      Fields u = o.nested(m.get(), "unit ");
      u.warnUnknownKeys(UNIT_KEYS, "a unit");
      Optional<String> id = u.id("id", true, "finance");
      Optional<String> title = u.text("title", true);
      if (id.isPresent() && !seen.add(id.get())) {
        duplicate(u, "unit", id.get());
      } else if (id.isPresent() && title.isPresent()) {
        units.add(new Organisation.Unit(id.get(), title.get()));
      }
    }
    return name.map(n -> new Organisation(n, units)).orElse(null);
  }

  static AssessmentSettings assessment(Fields f) {
    Optional<YamlNode.Map> map =
        f.node("assessment")
            .flatMap(
                n ->
                    f.asMap(
                        "assessment", n, "write assessment: {dimensions: [...], rules: [...]}"));
    if (map.isEmpty()) {
      return AssessmentSettings.defaults();
    }
    Fields a = f.nested(map.get(), "assessment ");
    a.warnUnknownKeys(ASSESSMENT_KEYS, "assessment");
    List<Dimension> dimensions =
        a.has("dimensions") ? dimensions(a) : AssessmentSettings.DEFAULT_DIMENSIONS;
    List<DataClass> classes =
        a.has("dataClasses") ? dataClasses(a) : AssessmentSettings.DEFAULT_DATA_CLASSES;
    AssessmentSettings partial = new AssessmentSettings(dimensions, classes, List.of());
    return new AssessmentSettings(dimensions, classes, rules(a, partial));
  }

  private static List<Dimension> dimensions(Fields a) {
    List<Dimension> result = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (YamlNode item : a.list("dimensions")) {
      Optional<YamlNode.Map> m =
          a.asMap(
              "dimensions item", item, "each dimension needs an id, and a title when it is new");
      if (m.isEmpty()) {
        continue;
      }
      Fields d = a.nested(m.get(), "dimension ");
      d.warnUnknownKeys(DIMENSION_KEYS, "a dimension");
      Optional<String> id = d.id("id", true, "jurisdiction");
      if (id.isEmpty()) {
        continue;
      }
      Optional<Dimension> standard =
          AssessmentSettings.DEFAULT_DIMENSIONS.stream()
              .filter(x -> x.id().equals(id.get()))
              .findFirst();
      String title = d.text("title", standard.isEmpty()).orElse(null);
      double weight = weight(d, standard.map(Dimension::weight).orElse(10.0));
      boolean floor = d.bool("floor").orElse(standard.map(Dimension::floor).orElse(false));
      if (!seen.add(id.get())) {
        duplicate(d, "dimension", id.get());
      } else if (title != null || standard.isPresent()) {
        result.add(new Dimension(id.get(), title, weight, floor));
      }
    }
    if (result.isEmpty()) {
      a.out()
          .error(
              "radar.no-dimensions",
              a.at("dimensions"),
              "assessment dimensions is empty, so no inventory item can be assessed",
              "list at least one dimension, or remove 'dimensions' to use the eight defaults");
      return AssessmentSettings.DEFAULT_DIMENSIONS;
    }
    if (result.stream().mapToDouble(Dimension::weight).sum() == 0) {
      a.out()
          .error(
              "radar.score-weights-zero",
              a.at("dimensions"),
              "every dimension weight is 0, so no score can be computed",
              "give at least one dimension a weight above 0");
    }
    return result;
  }

  private static List<DataClass> dataClasses(Fields a) {
    List<DataClass> result = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (YamlNode item : a.list("dataClasses")) {
      Optional<YamlNode.Map> m =
          a.asMap("dataClasses item", item, "each data class needs an id, a title and a weight");
      if (m.isEmpty()) {
        continue;
      }
      Fields c = a.nested(m.get(), "data class ");
      c.warnUnknownKeys(DATA_CLASS_KEYS, "a data class");
      Optional<String> id = c.id("id", true, "sensitive");
      Optional<String> title = c.text("title", true);
      double weight = weight(c, result.size() + 1.0);
      if (id.isPresent() && !seen.add(id.get())) {
        duplicate(c, "data class", id.get());
      } else if (id.isPresent() && title.isPresent()) {
        result.add(new DataClass(id.get(), title.get(), Math.max(weight, 1)));
      }
    }
    return result.isEmpty() ? AssessmentSettings.DEFAULT_DATA_CLASSES : result;
  }

  private static List<Rule> rules(Fields a, AssessmentSettings settings) {
    List<Rule> result = new ArrayList<>();
    for (YamlNode item : a.list("rules")) {
      Optional<YamlNode.Map> m =
          a.asMap(
              "rules item",
              item,
              "write a rule as {dataClass: sensitive, dimension: data-location, min: 3}");
      if (m.isEmpty()) {
        continue;
      }
      Fields r = a.nested(m.get(), "rule ");
      r.warnUnknownKeys(RULE_KEYS, "a rule");
      Optional<String> dataClass = r.id("dataClass", true, "sensitive");
      Optional<String> dimension = r.id("dimension", true, "data-location");
      Optional<Integer> min = r.level("min", true);
      if (dataClass.isPresent() && settings.findDataClass(dataClass.get()).isEmpty()) {
        InventoryReader.known(
            r,
            "dataClass",
            dataClass.get(),
            settings.dataClassIds(),
            "inventory.unknown-data-class",
            "data class");
      }
      if (dimension.isPresent() && settings.findDimension(dimension.get()).isEmpty()) {
        InventoryReader.known(
            r,
            "dimension",
            dimension.get(),
            settings.dimensionIds(),
            "inventory.unknown-dimension",
            "dimension");
      }
      if (dataClass.isPresent()
          && dimension.isPresent()
          && min.isPresent()
          && settings.findDataClass(dataClass.get()).isPresent()
          && settings.findDimension(dimension.get()).isPresent()) {
        result.add(new Rule(dataClass.get(), dimension.get(), min.get()));
      }
    }
    return result;
  }

  private static double weight(Fields f, double fallback) {
    Optional<YamlNode> node = f.node("weight");
    if (node.isEmpty()) {
      return fallback;
    }
    OptionalDouble w = RadarConfigReader.weight(node.get());
    if (w.isEmpty()) {
      f.out()
          .error(
              "radar.invalid-weight",
              f.at(node.get()),
              "the weight must be a number of 0 or more, but it is " + node.get().describe(),
              "write a plain decimal number, e.g. weight: 10");
      return fallback;
    }
    return w.getAsDouble();
  }

  /** A second list entry with the same id (units, dimensions, phases, lanes ...). */
  static void duplicate(Fields f, String what, String id) {
    f.out()
        .error(
            "radar.duplicate-id",
            f.atValue("id"),
            "the " + what + " id '" + id + "' is used twice",
            "give each " + what + " its own id");
  }
}
