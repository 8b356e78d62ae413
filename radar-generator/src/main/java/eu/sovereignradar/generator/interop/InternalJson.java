package eu.sovereignradar.generator.interop;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.sovereignradar.generator.model.Country;
import eu.sovereignradar.generator.model.InventoryItem;
import eu.sovereignradar.generator.model.Organisation;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.render.files.RadarJsonWriter;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * {@code radar export json --internal}: the public document of {@link RadarJsonWriter} plus the
 * organisation and the inventory, for the organisation's own scripts. It lives here, not in the
 * site's writer, so that no build can put the inventory into radar.json: the writer a site uses
 * cannot produce it. The roadmap is not included.
 */
public final class InternalJson {
  private InternalJson() {}

  public static String write(Radar radar) {
    ObjectNode root = RadarJsonWriter.tree(radar);
    Organisation org = radar.settings().organisation();
    if (org != null) {
      ObjectNode o = root.putObject("organisation").put("name", org.name());
      ArrayNode units = o.putArray("units");
      org.units().forEach(u -> units.addObject().put("id", u.id()).put("title", u.title()));
    } else {
      root.putNull("organisation");
    }
    ArrayNode inventory = root.putArray("inventory");
    for (InventoryItem i : radar.inventory()) {
      item(inventory.addObject(), i);
    }
    return RadarJsonWriter.text(root);
  }

  private static void item(ObjectNode o, InventoryItem i) {
    o.put("id", i.id()).put("title", i.title());
    put(o, "product", i.product());
    put(o, "vendor", i.vendor());
    put(o, "origin", code(i.origin()));
    o.put("area", i.area().id());
    put(o, "category", i.category() == null ? null : i.category().id());
    if (i.provider() != null) {
      ObjectNode p = o.putObject("provider");
      put(p, "name", i.provider().name());
      put(p, "country", code(i.provider().country()));
      put(p, "parent", i.provider().parent());
      put(p, "parentCountry", code(i.provider().parentCountry()));
    } else {
      o.putNull("provider");
    }
    o.put("serviceModel", i.serviceModel().id());
    ObjectNode d = o.putObject("data");
    put(d, "class", i.data().dataClass());
    if (i.data().personalData() == null) {
      d.putNull("personalData");
    } else {
      d.put("personalData", i.data().personalData());
    }
    ArrayNode stored = d.putArray("storedIn");
    i.data().storedIn().forEach(c -> stored.add(c.code()));
    ArrayNode processed = d.putArray("processedIn");
    i.data().processedIn().forEach(c -> processed.add(c.code()));
    put(d, "keys", i.data().keys() == null ? null : i.data().keys().id());
    if (i.users() == null) {
      o.putNull("users");
    } else {
      o.put("users", i.users());
    }
    ArrayNode units = o.putArray("units");
    i.units().forEach(units::add);
    ArrayNode processes = o.putArray("processes");
    i.processes().forEach(processes::add);
    o.put("criticality", i.criticality().id());
    ArrayNode dependsOn = o.putArray("dependsOn");
    i.dependsOn().forEach(dependsOn::add);
    if (i.contract() != null) {
      InventoryItem.Contract c = i.contract();
      ObjectNode x = o.putObject("contract");
      put(x, "end", c.end() == null ? null : c.end().toString());
      put(x, "notice", c.notice() == null ? null : c.notice().toString());
      putBoolean(x, "autoRenewal", c.autoRenewal());
      put(x, "governingLaw", code(c.governingLaw()));
      putBoolean(x, "exitClause", c.exitClause());
    } else {
      o.putNull("contract");
    }
    ObjectNode assessment = o.putObject("assessment");
    for (Map.Entry<String, InventoryItem.DimensionAssessment> a :
        new TreeMap<>(i.assessments()).entrySet()) {
      ObjectNode x = assessment.putObject(a.getKey());
      if (a.getValue().level() == null) {
        x.putNull("level");
      } else {
        x.put("level", a.getValue().level());
      }
      put(x, "evidence", a.getValue().evidence());
      put(
          x,
          "assessed",
          a.getValue().assessed() == null ? null : a.getValue().assessed().toString());
    }
    put(o, "target", i.target());
    put(o, "disposition", i.disposition() == null ? null : i.disposition().id());
    o.put("body", i.body());
  }

  private static @Nullable String code(@Nullable Country c) {
    return c == null ? null : c.code();
  }

  private static void put(ObjectNode o, String key, @Nullable String value) {
    if (value == null) {
      o.putNull(key);
    } else {
      o.put(key, value);
    }
  }

  private static void putBoolean(ObjectNode o, String key, @Nullable Boolean value) {
    if (value == null) {
      o.putNull(key);
    } else {
      o.put(key, value);
    }
  }
}
