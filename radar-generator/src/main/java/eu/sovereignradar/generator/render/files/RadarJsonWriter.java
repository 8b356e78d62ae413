package eu.sovereignradar.generator.render.files;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.Capability;
import eu.sovereignradar.generator.model.CapabilityStatement;
import eu.sovereignradar.generator.model.Edition;
import eu.sovereignradar.generator.model.HistoryEntry;
import eu.sovereignradar.generator.model.Hosting;
import eu.sovereignradar.generator.model.Link;
import eu.sovereignradar.generator.model.Product;
import eu.sovereignradar.generator.model.Quadrant;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.model.Replacement;
import eu.sovereignradar.generator.model.Ring;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The whole public radar as one JSON document: {@code radar.json} in every site, and {@code radar
 * export json}. A script or a Backstage instance reads the published radar from it without scraping
 * pages. It holds the settings a reader needs (title, language, edition), quadrants with their
 * capabilities, rings, every blip with every fact and its Markdown body, and every product. Never
 * the organisation, the inventory or the roadmap: those are internal (docs/interop.md lists every
 * field). Keys are those of the content files, so the document reads like the folder it came from.
 */
public final class RadarJsonWriter {
  /** Changes when a field changes meaning or goes away; new fields keep it. */
  public static final String FORMAT = "sovereign-radar/1";

  /**
   * The tree is written through the streaming generator with the pretty printer that an {@code
   * ObjectMapper} with {@code INDENT_OUTPUT} uses, so the bytes are the same; an {@code
   * ObjectMapper} would load and initialise about 300 classes of jackson-databind in every build
   * for this one file.
   */
  private static final JsonFactory JSON = new JsonFactory();

  private RadarJsonWriter() {}

  /** The JSON Schema of the document, published in every site beside it. */
  public static final String SCHEMA = "schema/radar-data.schema.json";

  /** The schema's bytes (UTF-8 JSON), from the generator jar. */
  public static byte[] schema() {
    try (java.io.InputStream in =
        RadarJsonWriter.class.getResourceAsStream("radar-data.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("radar-data.schema.json is missing from the generator jar");
      }
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Writes the site's {@code radar.json}: {@link #json} without the Markdown bodies, which the
   * pages carry; with them a 10,000-blip radar wrote a 45 MB file on every build. Written to the
   * file one blip at a time, with the same bytes as {@link #text}: the whole tree of 100,000 blips,
   * its text and the text's bytes took 1.5 GB at once.
   */
  public static void write(Path file, Radar radar) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(Files.newOutputStream(file), JsonEncoding.UTF8)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      for (Map.Entry<String, JsonNode> e : head(radar).properties()) {
        g.writeFieldName(e.getKey());
        write(g, e.getValue());
      }
      array(g, "blips", radar.blips(), b -> blip(b, false));
      array(g, "products", radar.products(), p -> product(p, false));
      array(g, "comparisons", radar.products(), p -> comparison(p, radar));
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  /** Writes {@code key} with an array of {@code items}, each made a tree and written in turn. */
  private static <T> void array(
      JsonGenerator g, String key, List<T> items, Function<T, ObjectNode> node) throws IOException {
    g.writeFieldName(key);
    g.writeStartArray();
    for (T item : items) {
      write(g, node.apply(item));
    }
    g.writeEndArray();
  }

  /**
   * The document for {@code radar}. Reads only the settings' public part, quadrants, rings, blips
   * and products, so an internal radar gives the same document as its public build.
   */
  public static String json(Radar radar) {
    return text(tree(radar));
  }

  /** {@link #json} as a tree, for {@code radar export json --internal} to add to. */
  public static ObjectNode tree(Radar radar) {
    return tree(radar, true);
  }

  /**
   * @param bodies whether blips and products carry their Markdown {@code body} ({@code radar export
   *     json} does, the site's {@code radar.json} does not)
   */
  private static ObjectNode tree(Radar radar, boolean bodies) {
    ObjectNode root = head(radar);
    ArrayNode blips = root.putArray("blips");
    for (Blip b : radar.blips()) {
      blips.add(blip(b, bodies));
    }
    ArrayNode products = root.putArray("products");
    for (Product p : radar.products()) {
      products.add(product(p, bodies));
    }
    ArrayNode comparisons = root.putArray("comparisons");
    for (Product p : radar.products()) {
      comparisons.add(comparison(p, radar));
    }
    return root;
  }

  /** The settings, quadrants and rings: everything before the blips. */
  private static ObjectNode head(Radar radar) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", FORMAT);
    root.put("title", radar.title());
    root.put("description", radar.description());
    root.put("language", radar.language());
    put(root, "baseUrl", radar.baseUrl());
    Edition edition = radar.edition();
    if (edition != null) {
      ObjectNode e = root.putObject("edition").put("id", edition.id());
      put(e, "date", edition.date() == null ? null : edition.date().toString());
      put(
          e,
          "previousDate",
          edition.previousDate() == null ? null : edition.previousDate().toString());
    }
    ArrayNode quadrants = root.putArray("quadrants");
    for (Quadrant q : radar.quadrants()) {
      ObjectNode o = quadrants.addObject().put("id", q.id()).put("title", q.title());
      o.put("description", q.description());
      ArrayNode caps = o.putArray("capabilities");
      for (Capability c : q.capabilities()) {
        caps.addObject().put("id", c.id()).put("title", c.title());
      }
    }
    ArrayNode rings = root.putArray("rings");
    for (Ring r : radar.rings()) {
      rings
          .addObject()
          .put("id", r.id())
          .put("title", r.title())
          .put("description", r.description())
          .put("color", r.color());
    }
    return root;
  }

  private static ObjectNode product(Product p, boolean bodies) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("id", p.id()).put("title", p.title()).put("vendor", p.vendor());
    o.put("origin", p.origin().code()).put("category", p.category().id());
    put(o, "summary", p.summary());
    put(o, "jurisdiction", p.jurisdiction());
    put(o, "website", p.website());
    ArrayNode tags = o.putArray("tags");
    p.tags().forEach(tags::add);
    if (bodies) {
      o.put("body", p.body());
    }
    return o;
  }

  /**
   * The blips that replace {@code p}, in the radar's order (inner rings first): what its comparison
   * page compares, so a reader of the document need not invert every blip's replaces.
   */
  private static ObjectNode comparison(Product p, Radar radar) {
    ObjectNode c = JsonNodeFactory.instance.objectNode().put("product", p.id());
    ArrayNode alternatives = c.putArray("alternatives");
    List<Blip> replacing = new ArrayList<>();
    for (Blip b : radar.blips()) {
      if (b.replaces().stream().anyMatch(r -> r.productId().equals(p.id()))) {
        replacing.add(b);
      }
    }
    replacing.sort(Comparator.<Blip>comparingInt(b -> b.ring().index()).thenComparing(Blip::id));
    for (Blip b : replacing) {
      for (Replacement r : b.replaces()) {
        if (r.productId().equals(p.id())) {
          ObjectNode a = alternatives.addObject().put("blip", b.id()).put("ring", b.ring().id());
          a.put("coverage", r.coverage().id());
          put(a, "notes", r.notes());
        }
      }
    }
    return c;
  }

  /** A tree as the document's text: indented, with a final newline. */
  public static String text(ObjectNode root) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      write(g, root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
  }

  private static void write(JsonGenerator g, JsonNode node) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        g.writeStartObject();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          g.writeFieldName(e.getKey());
          write(g, e.getValue());
        }
        g.writeEndObject();
      }
      case ARRAY -> {
        g.writeStartArray();
        for (JsonNode item : node) {
          write(g, item);
        }
        g.writeEndArray();
      }
      case STRING -> g.writeString(node.textValue());
      case BOOLEAN -> g.writeBoolean(node.booleanValue());
      case NULL -> g.writeNull();
      case NUMBER -> {
        switch (node.numberType()) {
          case INT -> g.writeNumber(node.intValue());
          case LONG -> g.writeNumber(node.longValue());
          case BIG_INTEGER -> g.writeNumber(node.bigIntegerValue());
          case FLOAT -> g.writeNumber(node.floatValue());
          case DOUBLE -> g.writeNumber(node.doubleValue());
          case BIG_DECIMAL -> g.writeNumber(node.decimalValue());
        }
      }
      default -> throw new IllegalStateException("no such node in radar.json: " + node);
    }
  }

  private static ObjectNode blip(Blip b, boolean bodies) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("id", b.id()).put("title", b.title());
    o.put("ring", b.ring().id()).put("quadrant", b.quadrant().id());
    put(o, "summary", b.summary());
    ArrayNode tags = o.putArray("tags");
    b.tags().forEach(tags::add);
    put(o, "licence", b.licence() == null ? null : b.licence().expression());
    put(o, "licenceNote", b.licenceNote());
    o.put("kind", b.kind().id());
    put(o, "vendor", b.vendor());
    put(o, "origin", b.origin() == null ? null : b.origin().code());
    ArrayNode hosting = o.putArray("hosting");
    for (Hosting h : b.hosting()) {
      hosting.add(h.id());
    }
    put(o, "website", b.website());
    put(o, "source", b.sourceCode());
    ArrayNode links = o.putArray("links");
    for (Link l : b.links()) {
      links.addObject().put("title", l.title()).put("url", l.url());
    }
    ArrayNode replaces = o.putArray("replaces");
    for (Replacement r : b.replaces()) {
      ObjectNode x = replaces.addObject().put("product", r.productId());
      x.put("coverage", r.coverage().id());
      put(x, "notes", r.notes());
    }
    ObjectNode caps = o.putObject("capabilities");
    for (CapabilityStatement c : b.capabilities()) {
      ObjectNode x = caps.putObject(c.capabilityId()).put("value", c.support().id());
      put(x, "note", c.note());
    }
    ArrayNode history = o.putArray("history");
    for (HistoryEntry h : b.history()) {
      ObjectNode x =
          history.addObject().put("date", h.date().toString()).put("ring", h.ring().id());
      put(x, "note", h.note());
    }
    put(o, "reviewed", b.reviewed() == null ? null : b.reviewed().toString());
    o.put("movement", b.movement().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    if (bodies) {
      o.put("body", b.body());
    }
    return o;
  }

  private static void put(ObjectNode o, String key, @Nullable String value) {
    if (value != null) {
      o.put(key, value);
    } else {
      o.putNull(key);
    }
  }
}
