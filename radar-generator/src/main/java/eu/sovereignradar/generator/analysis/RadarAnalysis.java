package eu.sovereignradar.generator.analysis;

import eu.sovereignradar.generator.compare.Comparisons;
import eu.sovereignradar.generator.layout.BlipNumbering;
import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.InventoryItem;
import eu.sovereignradar.generator.model.Product;
import eu.sovereignradar.generator.model.Quadrant;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.score.SovereigntyScore;
import eu.sovereignradar.generator.score.SovereigntyScorer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything derived from a validated radar, computed once before any page is rendered: each blip's
 * stable number, each blip's sovereignty score with its breakdown, the product comparisons, and the
 * blips grouped by quadrant and by tag, the dependency matrix and the roadmap. Rendering only turns
 * this value into pages; it never computes a number, a score or a comparison itself, so that what a
 * page shows can be tested without a template and every page of one build agrees. Immutable and
 * thread-safe.
 */
public final class RadarAnalysis {
  private final Radar radar;
  private final Map<String, Integer> numbers;
  private final Map<String, SovereigntyScore> scores;
  private final Comparisons comparisons;
  private final Map<String, List<Blip>> byQuadrant;
  private final SortedMap<String, List<Blip>> byTag;
  private final Set<String> productPages;
  private final DependencyMatrix matrix;
  private final boolean internal;
  private final Map<String, List<InventoryItem>> itemsByProduct;
  private final Map<String, List<InventoryItem>> itemsByTarget;
  private final Map<String, DependencyMatrix.Row> rowsByItem;
  private final RoadmapPlan roadmap;
  private final List<EditionChanges> editions;
  private final Map<String, List<RoadmapPlan.Step>> stepsByItem;

  private RadarAnalysis(
      Radar radar,
      Map<String, Integer> numbers,
      Map<String, SovereigntyScore> scores,
      Comparisons comparisons,
      boolean internal) {
    this.radar = radar;
    this.internal = internal;
    this.numbers = Map.copyOf(numbers);
    this.scores = Map.copyOf(scores);
    this.comparisons = comparisons;
    Map<String, List<Blip>> quadrants = new LinkedHashMap<>();
    radar.quadrants().forEach(q -> quadrants.put(q.id(), new ArrayList<>()));
    SortedMap<String, List<Blip>> tags = new TreeMap<>();
    for (Blip b : radar.blips()) {
      quadrants.computeIfAbsent(b.quadrant().id(), q -> new ArrayList<>()).add(b);
      b.tags().forEach(t -> tags.computeIfAbsent(t, k -> new ArrayList<>()).add(b));
    }
    quadrants.replaceAll((q, list) -> List.copyOf(list));
    tags.replaceAll((t, list) -> List.copyOf(list));
    this.byQuadrant = Collections.unmodifiableMap(quadrants);
    this.byTag = Collections.unmodifiableSortedMap(tags);
    // Every product gets a page, even without alternatives: the page says so (validation warns).
    this.productPages =
        radar.products().stream().map(Product::id).collect(Collectors.toUnmodifiableSet());
    this.matrix = DependencyMatrix.of(radar);
    // Looked up once per product and blip page, so grouped once here.
    this.itemsByProduct =
        radar.inventory().stream()
            .filter(i -> i.product() != null)
            .collect(Collectors.groupingBy(InventoryItem::product));
    this.rowsByItem =
        matrix.rows().stream().collect(Collectors.toUnmodifiableMap(r -> r.item().id(), r -> r));
    this.itemsByTarget =
        radar.inventory().stream()
            .filter(i -> i.target() != null)
            .collect(Collectors.groupingBy(InventoryItem::target));
    this.roadmap = RoadmapPlan.of(radar, matrix, this::score);
    this.editions = EditionChanges.of(radar);
    Map<String, List<RoadmapPlan.Step>> moving = new LinkedHashMap<>();
    for (RoadmapPlan.Step step : roadmap.steps()) {
      step.step().moves().forEach(i -> moving.computeIfAbsent(i, k -> new ArrayList<>()).add(step));
    }
    moving.replaceAll((i, list) -> List.copyOf(list));
    this.stepsByItem = Collections.unmodifiableMap(moving);
  }

  /** Analyses {@code radar} with its own scoring weights. */
  public static RadarAnalysis of(Radar radar) {
    return of(radar, true);
  }

  /**
   * @param internal false for a public build, whose radar carries no inventory (see {@link
   *     Radar#withoutInventory()}); pages say which kind of build they belong to
   */
  public static RadarAnalysis of(Radar radar, boolean internal) {
    Map<String, SovereigntyScore> scores =
        Comparisons.scoreAll(radar, SovereigntyScorer.forRadar(radar));
    return new RadarAnalysis(
        radar,
        BlipNumbering.number(radar.blips()),
        scores,
        Comparisons.of(radar, scores),
        internal);
  }

  /** True for an internal build (the default), false for a public one. */
  public boolean internal() {
    return internal;
  }

  public Radar radar() {
    return radar;
  }

  /** Every blip's stable number by blip id. */
  public Map<String, Integer> numbers() {
    return numbers;
  }

  /** The blip's stable number. */
  public int number(Blip blip) {
    Integer n = numbers.get(blip.id());
    if (n == null) {
      throw new IllegalArgumentException("blip '" + blip.id() + "' is not part of this radar");
    }
    return n;
  }

  /** The blip's sovereignty score and the criteria behind it. */
  public SovereigntyScore score(Blip blip) {
    SovereigntyScore s = scores.get(blip.id());
    if (s == null) {
      throw new IllegalArgumentException("blip '" + blip.id() + "' is not part of this radar");
    }
    return s;
  }

  /** Which blips replace which product, in both directions. */
  public Comparisons comparisons() {
    return comparisons;
  }

  /** The quadrant's blips in content order; empty for a quadrant without blips. */
  public List<Blip> blipsIn(Quadrant quadrant) {
    return byQuadrant.getOrDefault(quadrant.id(), List.of());
  }

  /** Every tag used, sorted, with its blips in content order. */
  public SortedMap<String, List<Blip>> byTag() {
    return byTag;
  }

  /** The ids of the products that get a page of their own, so that blip pages can link to them. */
  public Set<String> productPages() {
    return productPages;
  }

  /** The dependency matrix of the inventory: no rows when the radar has no inventory. */
  public DependencyMatrix matrix() {
    return matrix;
  }

  /** The matrix row of the inventory item {@code itemId}: its levels, floor, score, exposure. */
  public Optional<DependencyMatrix.Row> row(String itemId) {
    return Optional.ofNullable(rowsByItem.get(itemId));
  }

  /** Every dated edition reconstructed, with its changes, oldest first. */
  public List<EditionChanges> editions() {
    return editions;
  }

  /** The roadmap analysed: no steps when the radar has none (or a public build hides them). */
  public RoadmapPlan roadmap() {
    return roadmap;
  }

  /** The roadmap steps that move the inventory item {@code itemId}, in roadmap order. */
  public List<RoadmapPlan.Step> stepsMoving(String itemId) {
    return stepsByItem.getOrDefault(itemId, List.of());
  }

  /** The inventory items that use the product {@code productId}. */
  public List<InventoryItem> itemsUsing(String productId) {
    return itemsByProduct.getOrDefault(productId, List.of());
  }

  /** The inventory items whose target is the blip {@code blipId}. */
  public List<InventoryItem> itemsTargeting(String blipId) {
    return itemsByTarget.getOrDefault(blipId, List.of());
  }
}
