package eu.sovereignradar.generator.render.page;

import eu.sovereignradar.generator.analysis.DependencyMatrix;
import eu.sovereignradar.generator.analysis.DependencyMatrix.Row;
import eu.sovereignradar.generator.compare.Alternative;
import eu.sovereignradar.generator.compare.ProductComparison;
import eu.sovereignradar.generator.layout.HeatMapWriter;
import eu.sovereignradar.generator.model.AssessmentSettings;
import eu.sovereignradar.generator.model.AssessmentSettings.Dimension;
import eu.sovereignradar.generator.model.Country;
import eu.sovereignradar.generator.model.InventoryItem;
import eu.sovereignradar.generator.model.InventoryItem.DimensionAssessment;
import eu.sovereignradar.generator.model.Organisation;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.render.safety.Html;
import eu.sovereignradar.generator.render.theme.Messages;
import eu.sovereignradar.generator.render.view.AlternativeRow;
import eu.sovereignradar.generator.render.view.AssessmentRow;
import eu.sovereignradar.generator.render.view.Choice;
import eu.sovereignradar.generator.render.view.DimensionHead;
import eu.sovereignradar.generator.render.view.Fact;
import eu.sovereignradar.generator.render.view.FigureView;
import eu.sovereignradar.generator.render.view.HeatRow;
import eu.sovereignradar.generator.render.view.InventoryView;
import eu.sovereignradar.generator.render.view.ItemLink;
import eu.sovereignradar.generator.render.view.LevelCell;
import eu.sovereignradar.generator.render.view.MatrixGroup;
import eu.sovereignradar.generator.render.view.MatrixRowView;
import eu.sovereignradar.generator.render.view.MatrixView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Builds the views of the dependency matrix page and of each application's page from the analysis'
 * {@link DependencyMatrix}. Only formatting happens here: every figure is computed by the analysis.
 * Thread-safe.
 */
final class MatrixViews {
  private static final int ITEM_DEPTH = 1;
  private static final int SHOWN_ALTERNATIVES = 8;

  private final SiteContext site;
  private final ComparisonViews comparisons;
  private final Messages m;
  private final Map<String, List<AlternativeRow>> shownRows = new ConcurrentHashMap<>();

  MatrixViews(SiteContext site, ComparisonViews comparisons) {
    this.site = site;
    this.comparisons = comparisons;
    this.m = site.messages();
  }

  MatrixView matrix() {
    DependencyMatrix matrix = site.analysis().matrix();
    Radar radar = site.radar();
    Organisation org = radar.settings().organisation();
    List<MatrixGroup> groups = new ArrayList<>();
    for (InventoryItem.Area area : InventoryItem.Area.values()) {
      List<MatrixRowView> rows =
          matrix.rows().stream().filter(r -> r.item().area() == area).map(r -> row(r, 0)).toList();
      if (!rows.isEmpty()) {
        groups.add(new MatrixGroup(area.id(), m.get("area_" + area.id()), rows));
      }
    }
    return new MatrixView(
        org == null ? "" : org.name(),
        m.get("matrix_lead", matrix.rows().size()),
        figures(matrix),
        heatMap(),
        heatColumns(),
        heatRows(matrix),
        levelKey(),
        dimensionHeads(),
        groups,
        SitePaths.MATRIX_CSV,
        m.get("matrix_reference", site.date(matrix.reference()).text()),
        java.util.Arrays.stream(InventoryItem.Criticality.values())
            .map(c -> new Choice(c.id(), m.get("criticality_" + c.id())))
            .toList(),
        levelKey().stream()
            .map(l -> new Choice(l.css().substring("level-".length()), l.text() + " " + l.label()))
            .toList(),
        java.util.Arrays.stream(InventoryItem.Disposition.values())
            .map(d -> new Choice(d.id(), m.get("disposition_" + d.id())))
            .toList());
  }

  /** The heat map's column labels: the floor levels and unknown. */
  private List<String> heatColumns() {
    List<String> columns = new ArrayList<>();
    for (int l = 0; l <= AssessmentSettings.MAX_LEVEL; l++) {
      columns.add(String.valueOf(l));
    }
    columns.add(m.get("level_unknown_short"));
    return columns;
  }

  /** The heat map picture (the matrix page and the report show it). */
  Html heatMap() {
    DependencyMatrix matrix = site.analysis().matrix();
    return new Html(
        HeatMapWriter.svg(
            criticalityLabels(), heatColumns(), heat(matrix), risk(), m.get("matrix_heat_title")));
  }

  /** The dimension columns' heads. */
  List<DimensionHead> dimensionHeads() {
    return site.analysis().matrix().dimensions().stream()
        .map(
            d ->
                new DimensionHead(
                    d.id(),
                    dimensionTitle(d),
                    m.get("matrix_weight", number(d.weight())),
                    d.floor()))
        .toList();
  }

  /** The key figures of the matrix. */
  List<FigureView> figures() {
    return figures(site.analysis().matrix());
  }

  private List<FigureView> figures(DependencyMatrix matrix) {
    DependencyMatrix.Summary s = matrix.summary();
    return List.of(
        new FigureView(
            s.criticalUnderForeignLaw() + " / " + s.critical(),
            m.get("matrix_figure_foreign_law", s.criticalUnderForeignLaw(), s.critical())),
        new FigureView(
            number(s.usersOutsideEurope()),
            m.get("matrix_figure_users_outside", number(s.usersOutsideEurope()))),
        new FigureView(
            String.valueOf(s.decisionsDue()),
            m.get(
                "matrix_figure_decisions",
                s.decisionsDue(),
                site.date(s.decisionHorizon()).text())),
        new FigureView(
            s.unknownAssessments() + " / " + s.assessments(),
            m.get("matrix_figure_unknown", s.unknownAssessments(), s.assessments())));
  }

  private List<String> criticalityLabels() {
    List<String> labels = new ArrayList<>();
    InventoryItem.Criticality[] all = InventoryItem.Criticality.values();
    for (int i = all.length - 1; i >= 0; i--) {
      labels.add(m.get("criticality_" + all[i].id()));
    }
    return labels;
  }

  /** The counts with the most critical row first, as the picture draws them. */
  private static int[][] heat(DependencyMatrix matrix) {
    int[][] counts = matrix.summary().heat();
    int[][] flipped = new int[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      flipped[i] = counts[counts.length - 1 - i];
    }
    return flipped;
  }

  /** The shade of each cell: high criticality on a low floor is the most urgent. */
  private static int[][] risk() {
    int rows = InventoryItem.Criticality.values().length;
    int columns = AssessmentSettings.MAX_LEVEL + 2;
    int[][] risk = new int[rows][columns];
    for (int r = 0; r < rows; r++) {
      int criticality = rows - r; // 4 for the top row
      for (int c = 0; c < columns; c++) {
        int floor = c > AssessmentSettings.MAX_LEVEL ? 0 : c; // unknown counts as low
        int score = criticality - floor;
        risk[r][c] = score >= 3 ? 3 : score >= 1 ? 2 : score >= -1 ? 1 : 0;
      }
    }
    return risk;
  }

  private List<HeatRow> heatRows(DependencyMatrix matrix) {
    int[][] counts = heat(matrix);
    List<String> labels = criticalityLabels();
    List<HeatRow> rows = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      List<String> cells = new ArrayList<>();
      for (int n : counts[i]) {
        cells.add(String.valueOf(n));
      }
      rows.add(new HeatRow(labels.get(i), cells));
    }
    return rows;
  }

  private List<LevelCell> levelKey() {
    List<LevelCell> key = new ArrayList<>();
    for (int l = 0; l <= AssessmentSettings.MAX_LEVEL; l++) {
      key.add(level(l));
    }
    key.add(level(null));
    return key;
  }

  LevelCell level(@Nullable Integer level) {
    return level == null
        ? new LevelCell(m.get("level_unknown_short"), m.get("level_unknown"), "level-unknown")
        : new LevelCell(String.valueOf(level), m.get("level_" + level), "level-" + level);
  }

  MatrixRowView row(Row r, int depth) {
    InventoryItem item = r.item();
    List<LevelCell> cells = r.levels().stream().map(this::level).toList();
    return new MatrixRowView(
        item.id(),
        item.area().id(),
        r.floor() == null ? "unknown" : String.valueOf(r.floor()),
        item.disposition() == null ? "" : item.disposition().id(),
        item.title(),
        SitePaths.root(depth) + SitePaths.inventory(item.id()),
        m.get("criticality_" + item.criticality().id()),
        item.criticality().id(),
        item.criticality().weight(),
        cells,
        level(r.floor()),
        orUnknown(r.score()),
        r.score() == null ? -1 : r.score(),
        String.valueOf(r.impact()),
        orUnknown(r.exposure()),
        r.exposure() == null ? -1 : r.exposure(),
        r.decisionDate() == null ? "" : site.date(r.decisionDate()).text(),
        r.decisionDate() == null ? "" : r.decisionDate().toString(),
        steps(item.id(), depth));
  }

  String dimensionTitle(Dimension d) {
    return d.title() != null ? d.title() : m.get("dimension_" + d.id().replace('-', '_'));
  }

  /** A figure, or the short word for unknown. */
  private String orUnknown(@Nullable Integer figure) {
    return figure == null ? m.get("level_unknown_short") : String.valueOf(figure);
  }

  private String number(long value) {
    return site.number(value);
  }

  private String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  InventoryView item(InventoryItem item, Html body) {
    Row r = site.analysis().row(item.id()).orElseThrow();
    String language = site.radar().language();
    String root = SitePaths.root(ITEM_DEPTH);
    Optional<ProductComparison> comparison =
        item.product() == null
            ? Optional.empty()
            : site.analysis().comparisons().products().stream()
                .filter(c -> c.product().id().equals(item.product()))
                .findFirst();
    List<AlternativeRow> alternatives =
        comparison.map(c -> shownRows(c, item.target())).orElse(List.of());
    ItemLink target =
        item.target() == null
            ? null
            : site.radar()
                .findBlip(item.target())
                .map(b -> new ItemLink(b.title(), root + SitePaths.blip(b.id())))
                .orElse(null);
    return new InventoryView(
        item.id(),
        item.title(),
        m.get("area_" + item.area().id()),
        facts(item, root, language),
        provider(item, r.laws(), language),
        data(item, language),
        contract(item, r, language),
        assessment(item),
        level(r.floor()),
        orUnknown(r.score()),
        String.valueOf(r.impact()),
        orUnknown(r.exposure()),
        links(item.dependsOn(), root),
        r.dependents().stream()
            .map(d -> new ItemLink(d.title(), root + SitePaths.inventory(d.id())))
            .toList(),
        target,
        item.target() == null ? "" : item.target(),
        alternatives,
        comparison
            .map(c -> m.get("inventory_alternatives_caption", c.product().title()))
            .orElse(null),
        comparison
            .filter(c -> c.alternatives().size() > alternatives.size())
            .map(
                c ->
                    new ItemLink(
                        m.get(
                            "inventory_all_alternatives",
                            c.alternatives().size(),
                            c.product().title()),
                        root + SitePaths.product(c.product().id())))
            .orElse(null),
        body,
        root + SitePaths.MATRIX,
        steps(item.id(), ITEM_DEPTH));
  }

  /**
   * The rows of {@link #shownAlternatives}, built once per product and target. Why: the
   * applications of one product show the same rows (only a different target adds one), and a
   * thousand applications of thirty products built the same eight rows about thirty times each.
   */
  private List<AlternativeRow> shownRows(ProductComparison c, @Nullable String target) {
    return shownRows.computeIfAbsent(
        c.product().id() + '\n' + (target == null ? "" : target),
        k ->
            shownAlternatives(c, target).stream()
                .map(a -> comparisons.row(a, ITEM_DEPTH))
                .toList());
  }

  /**
   * The recommended alternatives, at most {@value #SHOWN_ALTERNATIVES}, and the chosen target when
   * it is not among them: the product page compares them all, so an application's page stays short
   * even when a product has hundreds.
   */
  private static List<Alternative> shownAlternatives(ProductComparison c, @Nullable String target) {
    List<Alternative> shown =
        new ArrayList<>(c.recommended().stream().limit(SHOWN_ALTERNATIVES).toList());
    if (shown.isEmpty()) {
      shown.addAll(c.alternatives().stream().limit(SHOWN_ALTERNATIVES).toList());
    }
    if (target != null && shown.stream().noneMatch(a -> a.blip().id().equals(target))) {
      c.alternatives().stream()
          .filter(a -> a.blip().id().equals(target))
          .findFirst()
          .ifPresent(shown::add);
    }
    return shown;
  }

  private List<Fact> facts(InventoryItem item, String root, String language) {
    List<Fact> facts = new ArrayList<>();
    if (item.product() != null) {
      site.findProduct(item.product())
          .ifPresent(
              p ->
                  facts.add(
                      new Fact(
                          m.get("inventory_product"),
                          p.title(),
                          root + SitePaths.product(p.id()))));
    }
    if (item.vendor() != null) {
      String origin = item.origin() == null ? "" : " (" + item.origin().name(language) + ")";
      facts.add(new Fact(m.get("inventory_vendor"), item.vendor() + origin, null));
    }
    facts.add(
        new Fact(
            m.get("inventory_service_model"),
            m.get("service_" + item.serviceModel().id().replace('-', '_')),
            null));
    facts.add(
        new Fact(
            m.get("inventory_criticality"), m.get("criticality_" + item.criticality().id()), null));
    if (item.users() != null) {
      facts.add(new Fact(m.get("inventory_users"), number(item.users()), null));
    }
    Organisation org = site.radar().settings().organisation();
    if (!item.units().isEmpty() && org != null) {
      String units =
          item.units().stream()
              .map(u -> org.findUnit(u).map(Organisation.Unit::title).orElse(u))
              .collect(Collectors.joining(", "));
      facts.add(new Fact(m.get("inventory_units"), units, null));
    }
    if (!item.processes().isEmpty()) {
      facts.add(new Fact(m.get("inventory_processes"), String.join(", ", item.processes()), null));
    }
    if (item.disposition() != null) {
      facts.add(
          new Fact(
              m.get("inventory_disposition"),
              m.get("disposition_" + item.disposition().id()),
              null));
    }
    return facts;
  }

  private List<Fact> provider(InventoryItem item, List<String> laws, String language) {
    List<Fact> facts = new ArrayList<>();
    InventoryItem.Provider p = item.provider();
    if (p != null && p.name() != null) {
      facts.add(
          new Fact(
              m.get("inventory_provider"), withCountry(p.name(), p.country(), language), null));
    }
    if (p != null && p.parent() != null) {
      facts.add(
          new Fact(
              m.get("inventory_parent"),
              withCountry(p.parent(), p.parentCountry(), language),
              null));
    }
    if (!laws.isEmpty()) {
      facts.add(new Fact(m.get("inventory_laws"), String.join("; ", laws), null));
    }
    return facts;
  }

  private static String withCountry(String name, @Nullable Country country, String language) {
    return country == null ? name : name + " (" + country.name(language) + ")";
  }

  private List<Fact> data(InventoryItem item, String language) {
    List<Fact> facts = new ArrayList<>();
    InventoryItem.DataProfile d = item.data();
    if (d.dataClass() != null) {
      facts.add(new Fact(m.get("inventory_data_class"), dataClassTitle(d.dataClass()), null));
    }
    if (d.personalData() != null) {
      facts.add(
          new Fact(
              m.get("inventory_personal_data"),
              m.get(d.personalData() ? "answer_yes" : "answer_no"),
              null));
    }
    if (!d.storedIn().isEmpty()) {
      facts.add(new Fact(m.get("inventory_stored_in"), countries(d.storedIn(), language), null));
    }
    if (!d.processedIn().isEmpty()) {
      facts.add(
          new Fact(m.get("inventory_processed_in"), countries(d.processedIn(), language), null));
    }
    if (d.keys() != null) {
      facts.add(
          new Fact(
              m.get("inventory_keys"), m.get("keys_" + d.keys().id().replace('-', '_')), null));
    }
    return facts;
  }

  private String dataClassTitle(String id) {
    return site.radar()
        .settings()
        .assessment()
        .findDataClass(id)
        .map(c -> c.title() != null ? c.title() : m.get("data_class_" + c.id()))
        .orElse(id);
  }

  private static String countries(List<Country> countries, String language) {
    return countries.stream().map(c -> c.name(language)).collect(Collectors.joining(", "));
  }

  private List<Fact> contract(InventoryItem item, Row r, String language) {
    List<Fact> facts = new ArrayList<>();
    InventoryItem.Contract c = item.contract();
    if (c == null) {
      return facts;
    }
    if (c.end() != null) {
      facts.add(new Fact(m.get("inventory_contract_end"), site.date(c.end()).text(), null));
    }
    if (c.notice() != null) {
      facts.add(new Fact(m.get("inventory_notice"), c.notice().toString(), null));
    }
    if (r.decisionDate() != null) {
      facts.add(
          new Fact(m.get("inventory_decide_before"), site.date(r.decisionDate()).text(), null));
    }
    if (c.autoRenewal() != null) {
      facts.add(
          new Fact(
              m.get("inventory_auto_renewal"),
              m.get(c.autoRenewal() ? "answer_yes" : "answer_no"),
              null));
    }
    if (c.governingLaw() != null) {
      facts.add(new Fact(m.get("inventory_governing_law"), c.governingLaw().name(language), null));
    }
    if (c.exitClause() != null) {
      facts.add(
          new Fact(
              m.get("inventory_exit_clause"),
              m.get(c.exitClause() ? "answer_yes" : "answer_no"),
              null));
    }
    return facts;
  }

  private List<AssessmentRow> assessment(InventoryItem item) {
    List<AssessmentRow> rows = new ArrayList<>();
    for (Dimension d : site.radar().settings().assessment().dimensions()) {
      DimensionAssessment a = item.assessments().get(d.id());
      rows.add(
          new AssessmentRow(
              dimensionTitle(d),
              level(a == null ? null : a.level()),
              a == null ? null : a.evidence(),
              a == null || a.assessed() == null ? null : site.date(a.assessed())));
    }
    return rows;
  }

  private List<ItemLink> links(List<String> ids, String root) {
    return ids.stream()
        .map(id -> site.analysis().row(id))
        .flatMap(Optional::stream)
        .map(r -> new ItemLink(r.item().title(), root + SitePaths.inventory(r.item().id())))
        .toList();
  }

  /** Links from a page at {@code depth} to the roadmap steps that move the item. */
  private List<ItemLink> steps(String itemId, int depth) {
    return site.analysis().stepsMoving(itemId).stream()
        .map(
            s ->
                new ItemLink(
                    s.step().title(), SitePaths.root(depth) + SitePaths.step(s.step().id())))
        .toList();
  }

  /** Links from a product or blip page (depth 1) to the applications that use or target it. */
  List<ItemLink> uses(List<InventoryItem> items) {
    return items.stream()
        .map(i -> new ItemLink(i.title(), SitePaths.root(1) + SitePaths.inventory(i.id())))
        .toList();
  }
}
