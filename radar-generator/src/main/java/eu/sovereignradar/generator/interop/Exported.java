package eu.sovereignradar.generator.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.Movement;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.render.safety.MarkdownRenderer;
import java.util.Comparator;
import java.util.List;

/** Shared pieces of the writers: JSON output, blip order and the body as HTML. */
final class Exported {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Exported() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static String json(Object tree) {
    try {
      return JSON.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of nodes always serialises", e);
    }
  }

  /**
   * Blips from the innermost ring outwards, then by quadrant and title: formats that know rings
   * only from the entries (BYOR) then meet them in the radar's order.
   */
  static List<Blip> byRing(Radar radar) {
    return radar.blips().stream()
        .sorted(
            Comparator.comparingInt((Blip b) -> b.ring().index())
                .thenComparingInt(b -> b.quadrant().index())
                .thenComparing(b -> b.title().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(Blip::id))
        .toList();
  }

  /** The summary, then the body, rendered by the site's own safe Markdown pipeline. */
  static String html(MarkdownRenderer markdown, Blip b) {
    String text = (b.summary() == null ? "" : b.summary() + "\n\n") + b.body();
    return markdown.render(text).html().markup().strip();
  }

  /** BYOR's status words (its newer sheets): New, Moved In, Moved Out, No Change. */
  static String byorStatus(Movement m) {
    return switch (m) {
      case NEW -> "New";
      case MOVED_IN -> "Moved In";
      case MOVED_OUT -> "Moved Out";
      case UNCHANGED -> "No Change";
    };
  }
}
