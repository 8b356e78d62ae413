package eu.sovereignradar.generator.compare;

import static java.util.Objects.requireNonNull;

import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.Capability;
import eu.sovereignradar.generator.model.CapabilityStatement;
import eu.sovereignradar.generator.model.Product;
import eu.sovereignradar.generator.model.Quadrant;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.model.Replacement;
import eu.sovereignradar.generator.model.Ring;
import eu.sovereignradar.generator.score.SovereigntyScore;
import eu.sovereignradar.generator.score.SovereigntyScorer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The links between products and the blips that replace them, in both directions, with every blip's
 * score. Built once per radar in time linear in the number of blips and {@code replaces} entries,
 * scoring blips and building product comparisons in parallel; the result is the same whatever the
 * number of threads. Immutable and thread-safe.
 */
public final class Comparisons {
  /**
   * Innermost ring first; among equals, the more sovereign first; then a stable, readable order.
   */
  private static final Comparator<Alternative> ORDER =
      Comparator.<Alternative>comparingInt(a -> a.blip().ring().index())
          .thenComparing(a -> a.score().value(), Comparator.reverseOrder())
          .thenComparing(a -> a.blip().title().toLowerCase(Locale.ROOT))
          .thenComparing(a -> a.blip().id());

  private final Map<String, ProductComparison> byProduct;
  private final Map<String, List<ReplacedProduct>> byBlip;
  private final List<Ring> recommendedRings;
  private final List<CategoryComparisons> byCategory;

  private Comparisons(
      Map<String, ProductComparison> byProduct,
      Map<String, List<ReplacedProduct>> byBlip,
      List<Ring> recommendedRings,
      List<CategoryComparisons> byCategory) {
    this.byProduct = Collections.unmodifiableMap(byProduct);
    this.byBlip = Map.copyOf(byBlip);
    this.recommendedRings = recommendedRings;
    this.byCategory = byCategory;
  }

  /** Comparisons with the radar's own weights and language. */
  public static Comparisons of(Radar radar) {
    return of(radar, SovereigntyScorer.forRadar(radar));
  }

  /** Comparisons scoring every blip with {@code scorer}. */
  public static Comparisons of(Radar radar, SovereigntyScorer scorer) {
    requireNonNull(scorer, "scorer");
    return of(radar, scoreAll(radar, scorer));
  }

  /**
   * Every blip's score by blip id. Scoring is pure and the largest part of the work, so it runs in
   * parallel; the result does not depend on the order in which blips are scored.
   */
  public static Map<String, SovereigntyScore> scoreAll(Radar radar, SovereigntyScorer scorer) {
    return Map.copyOf(
        radar.blips().parallelStream()
            .collect(
                Collectors.toConcurrentMap(Blip::id, scorer::score, (first, second) -> first)));
  }

  /**
   * Comparisons of {@code radar} given every blip's score (see {@link #scoreAll}); the scores are
   * not kept: they belong to the analysis, which holds them once for every page.
   */
  public static Comparisons of(Radar radar, Map<String, SovereigntyScore> scores) {
    requireNonNull(radar, "radar");
    requireNonNull(scores, "scores");
    Map<String, List<Alternative>> alternatives = new HashMap<>();
    Map<String, List<ReplacedProduct>> byBlip = new HashMap<>();
    Map<String, Product> products = new HashMap<>();
    radar.products().forEach(p -> products.put(p.id(), p));
    for (Blip blip : radar.blips()) {
      SovereigntyScore score = scores.get(blip.id());
      List<ReplacedProduct> replaced = new ArrayList<>();
      for (Replacement r : blip.replaces()) {
        // Validation guarantees the product exists; a radar built by hand may not, so skip rather
        // than fail.
        Product p = products.get(r.productId());
        if (p != null) {
          alternatives
              .computeIfAbsent(p.id(), k -> new ArrayList<>())
              .add(new Alternative(blip, r, score));
          replaced.add(new ReplacedProduct(p, r));
        }
      }
      byBlip.put(blip.id(), List.copyOf(replaced));
    }

    List<Ring> recommendedRings = recommendedRings(radar.rings());
    List<ProductComparison> comparisons =
        radar.products().parallelStream()
            .map(
                product -> {
                  List<Alternative> sorted =
                      new ArrayList<>(alternatives.getOrDefault(product.id(), List.of()));
                  sorted.sort(ORDER);
                  List<Alternative> recommended =
                      sorted.stream()
                          .filter(a -> recommendedRings.contains(a.blip().ring()))
                          .toList();
                  return new ProductComparison(
                      product, sorted, recommended, capabilityRows(product.category(), sorted));
                })
            .toList();
    Map<String, ProductComparison> byProduct = new LinkedHashMap<>();
    comparisons.forEach(c -> byProduct.put(c.product().id(), c));

    List<CategoryComparisons> byCategory = new ArrayList<>();
    for (Quadrant q : radar.quadrants()) {
      List<ProductComparison> inCategory =
          byProduct.values().stream()
              .filter(c -> c.product().category().id().equals(q.id()))
              .toList();
      if (!inCategory.isEmpty()) {
        byCategory.add(new CategoryComparisons(q, inCategory));
      }
    }
    return new Comparisons(byProduct, byBlip, recommendedRings, List.copyOf(byCategory));
  }

  /**
   * The inner half of the rings, rounded up: with adopt, trial, assess and hold, the first two.
   * Ring names are the radar's own, so "recommended" can only be defined by position; the inner
   * half is where a radar puts what it advises using.
   */
  static List<Ring> recommendedRings(List<Ring> rings) {
    return List.copyOf(rings.subList(0, (rings.size() + 1) / 2));
  }

  /**
   * Capabilities are matched by id, also for an alternative from another quadrant than the
   * product's category: capability ids such as {@code e2ee} or {@code mobile-apps} are shared
   * vocabulary, and a blip can only state those its own quadrant declares.
   */
  private static List<CapabilityRow> capabilityRows(
      Quadrant category, List<Alternative> alternatives) {
    List<CapabilityRow> rows = new ArrayList<>();
    for (Capability capability : category.capabilities()) {
      List<CapabilityCell> cells = new ArrayList<>();
      for (Alternative a : alternatives) {
        CapabilityStatement s = statement(a.blip(), capability);
        cells.add(
            new CapabilityCell(
                a.blip().id(), s == null ? null : s.support(), s == null ? null : s.note()));
      }
      rows.add(new CapabilityRow(capability, cells));
    }
    return rows;
  }

  /**
   * What {@code blip} states about {@code capability}, or null; a loop, as it runs per cell of
   * every matrix.
   */
  private static @Nullable CapabilityStatement statement(Blip blip, Capability capability) {
    for (CapabilityStatement s : blip.capabilities()) {
      if (s.capabilityId().equals(capability.id())) {
        return s;
      }
    }
    return null;
  }

  /** Every product's comparison, in the radar's product order (title, then id). */
  public List<ProductComparison> products() {
    return List.copyOf(byProduct.values());
  }

  /** The comparison of one product. */
  public Optional<ProductComparison> find(String productId) {
    return Optional.ofNullable(byProduct.get(productId));
  }

  /**
   * Products grouped by category, categories in quadrant order; categories without products are
   * left out.
   */
  public List<CategoryComparisons> byCategory() {
    return byCategory;
  }

  /**
   * The products a blip replaces, in the order of its {@code replaces} list; empty for an unknown
   * id.
   */
  public List<ReplacedProduct> replacedBy(String blipId) {
    return byBlip.getOrDefault(blipId, List.of());
  }

  /** The rings whose alternatives count as recommended, innermost first. */
  public List<Ring> recommendedRings() {
    return recommendedRings;
  }
}
