package eu.sovereignradar.generator.render.page;

import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.Movement;
import eu.sovereignradar.generator.model.Replacement;
import eu.sovereignradar.generator.model.Ring;
import eu.sovereignradar.generator.render.view.BlipItem;
import eu.sovereignradar.generator.render.view.RingGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds the list form of every blip once per page depth (links differ between the root and the
 * sub-folders), and groups blips by ring. Immutable and thread-safe after construction.
 */
public final class BlipItems {
  private final SiteContext site;
  private final List<Map<String, BlipItem>> byDepth = new ArrayList<>();

  public BlipItems(SiteContext site) {
    this.site = site;
    for (int depth = 0; depth <= 1; depth++) {
      Map<String, BlipItem> items = new HashMap<>();
      for (Blip b : site.radar().blips()) {
        items.put(b.id(), build(b, depth));
      }
      byDepth.add(Map.copyOf(items));
    }
  }

  /** The blip as listed on a page at {@code depth} (0 or 1). */
  public BlipItem item(Blip blip, int depth) {
    return byDepth.get(depth).get(blip.id());
  }

  /** Groups {@code blips} (in radar order) by ring, inner to outer, leaving out empty rings. */
  public List<RingGroup> byRing(List<Blip> blips, int depth) {
    Map<Ring, List<BlipItem>> groups = new LinkedHashMap<>();
    for (Ring r : site.radar().rings()) {
      groups.put(r, new ArrayList<>());
    }
    for (Blip b : blips) {
      groups.get(b.ring()).add(item(b, depth));
    }
    List<RingGroup> out = new ArrayList<>();
    groups.forEach(
        (ring, items) -> {
          if (!items.isEmpty()) {
            out.add(new RingGroup(ring.id(), ring.title(), items));
          }
        });
    return out;
  }

  /**
   * The CSS class of a movement: {@code new}, {@code moved-in}, {@code moved-out}, {@code
   * unchanged}.
   */
  public static String cssId(Movement m) {
    return m.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The movement in words, or null when unchanged. */
  @Nullable String movementLabel(Movement m) {
    return m == Movement.UNCHANGED
        ? null
        : site.messages().get("movement_" + m.name().toLowerCase(Locale.ROOT));
  }

  private BlipItem build(Blip b, int depth) {
    return new BlipItem(
        b.id(),
        site.number(b),
        b.title(),
        b.summary(),
        SitePaths.root(depth) + SitePaths.blip(b.id()),
        b.ring().id(),
        b.ring().title(),
        b.quadrant().id(),
        b.quadrant().title(),
        cssId(b.movement()),
        movementLabel(b.movement()),
        String.join(" ", b.tags()),
        String.join(" ", b.replaces().stream().map(Replacement::productId).toList()));
  }
}
