package eu.sovereignradar.generator.render.page;

import eu.sovereignradar.generator.analysis.EditionChanges;
import eu.sovereignradar.generator.layout.BlipNumbering;
import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.Edition;
import eu.sovereignradar.generator.model.Quadrant;
import eu.sovereignradar.generator.model.RetiredBlip;
import eu.sovereignradar.generator.model.Ring;
import eu.sovereignradar.generator.render.safety.Html;
import eu.sovereignradar.generator.render.theme.Messages;
import eu.sovereignradar.generator.render.view.ChangeRow;
import eu.sovereignradar.generator.render.view.ChangeSection;
import eu.sovereignradar.generator.render.view.ChangesView;
import eu.sovereignradar.generator.render.view.EditionRow;
import eu.sovereignradar.generator.render.view.ItemLink;
import eu.sovereignradar.generator.render.view.PastRadarView;
import eu.sovereignradar.generator.render.view.RetiredView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the views of the editions: the list of editions, each edition's changes, the radar as it
 * stood at each edition, and the pages of retired blips, from the analysis' {@link EditionChanges}.
 * Thread-safe.
 */
final class EditionViews {
  private final SiteContext site;
  private final ChartSpecs charts;
  private final BlipViews blips;
  private final Messages m;

  EditionViews(SiteContext site, ChartSpecs charts, BlipViews blips) {
    this.site = site;
    this.charts = charts;
    this.blips = blips;
    this.m = site.messages();
  }

  /** The editions that get pages: dated, with an id that can name a file. */
  List<EditionChanges> editions() {
    return site.editionPages();
  }

  String title(Edition e) {
    return e.title() != null ? e.title() : m.get("edition_title", e.id());
  }

  EditionRow row(EditionChanges c, int depth, Function<String, Html> md) {
    Edition e = c.edition();
    String root = SitePaths.root(depth);
    String counts =
        e.previousDate() == null
            ? m.get("changes_first_counts", c.blips().size())
            : m.get(
                "changes_counts",
                c.added().size(),
                c.movedIn().size(),
                c.movedOut().size(),
                c.retired().size(),
                c.reviewed().size());
    return new EditionRow(
        e.id(),
        title(e),
        site.date(e.date()),
        e.summary() == null ? null : md.apply(e.summary()),
        counts,
        root + SitePaths.changes(e.id()),
        root + SitePaths.edition(e.id()));
  }

  ChangesView index(Function<String, Html> md) {
    List<EditionRow> rows = new ArrayList<>();
    List<EditionChanges> all = editions();
    for (int i = all.size() - 1; i >= 0; i--) {
      rows.add(row(all.get(i), 0, md));
    }
    return new ChangesView(
        null, m.get("changes_index_lead"), List.of(), rows, SitePaths.CHANGES, SitePaths.FEED);
  }

  ChangesView changes(EditionChanges c, Function<String, Html> md) {
    int depth = 1;
    String root = SitePaths.root(depth);
    Edition e = c.edition();
    List<EditionRow> others = new ArrayList<>();
    List<EditionChanges> all = editions();
    for (int i = all.size() - 1; i >= 0; i--) {
      if (!all.get(i).edition().id().equals(e.id())) {
        others.add(row(all.get(i), depth, md));
      }
    }
    return new ChangesView(
        row(c, depth, md),
        lead(c),
        sections(c, depth),
        others,
        root + SitePaths.CHANGES,
        root + SitePaths.FEED);
  }

  /** The edition's changes by kind, empty kinds left out, linked from a page at {@code depth}. */
  private List<ChangeSection> sections(EditionChanges c, int depth) {
    String root = SitePaths.root(depth);
    List<ChangeSection> sections = new ArrayList<>();
    section(sections, "new", c.added(), depth);
    section(sections, "moved-in", c.movedIn(), depth);
    section(sections, "moved-out", c.movedOut(), depth);
    List<ChangeRow> retired = new ArrayList<>();
    for (RetiredBlip r : c.retired()) {
      retired.add(
          new ChangeRow(
              r.blip().title(),
              root + SitePaths.blip(r.blip().id()),
              "",
              r.blip().ring().title(),
              site.inline(r.reason())));
    }
    if (!retired.isEmpty()) {
      sections.add(new ChangeSection("retired", m.get("changes_retired"), retired));
    }
    List<ChangeRow> reviewed = new ArrayList<>();
    for (Blip b : c.reviewed()) {
      reviewed.add(
          new ChangeRow(b.title(), root + SitePaths.blip(b.id()), "", b.ring().title(), null));
    }
    if (!reviewed.isEmpty()) {
      sections.add(new ChangeSection("reviewed", m.get("changes_reviewed"), reviewed));
    }
    return sections;
  }

  /** What the edition covers: the period since the one before it, or the first edition's size. */
  private String lead(EditionChanges c) {
    Edition e = c.edition();
    return e.previousDate() == null
        ? m.get("changes_first_lead", site.date(e.date()).text(), c.blips().size())
        : m.get("changes_lead", site.date(e.previousDate()).text(), site.date(e.date()).text());
  }

  private void section(
      List<ChangeSection> sections, String id, List<EditionChanges.Change> changes, int depth) {
    if (changes.isEmpty()) {
      return;
    }
    String root = SitePaths.root(depth);
    List<ChangeRow> rows = new ArrayList<>();
    for (EditionChanges.Change ch : changes) {
      rows.add(
          new ChangeRow(
              ch.blip().title(),
              root + SitePaths.blip(ch.blip().id()),
              ch.from() == null ? "" : ch.from().title(),
              ch.to().title(),
              ch.note() == null ? null : site.inline(ch.note())));
    }
    sections.add(new ChangeSection(id, m.get("changes_" + id.replace('-', '_')), rows));
  }

  PastRadarView past(EditionChanges c, Function<String, Html> md) {
    int depth = 2;
    String root = SitePaths.root(depth);
    Map<String, Integer> numbers = BlipNumbering.number(c.blips());
    List<PastRadarView.PastQuadrant> quadrants = new ArrayList<>();
    for (Quadrant q : site.radar().quadrants()) {
      List<PastRadarView.PastRing> rings = new ArrayList<>();
      for (Ring r : site.radar().rings()) {
        List<ItemLink> links =
            c.blips().stream()
                .filter(b -> b.quadrant().id().equals(q.id()) && b.ring().id().equals(r.id()))
                .map(
                    b ->
                        new ItemLink(
                            numbers.get(b.id()) + " " + b.title(), root + SitePaths.blip(b.id())))
                .toList();
        if (!links.isEmpty()) {
          rings.add(new PastRadarView.PastRing(r.title(), r.id(), links));
        }
      }
      quadrants.add(new PastRadarView.PastQuadrant(q.title(), rings));
    }
    Edition e = c.edition();
    return new PastRadarView(
        row(c, depth, md),
        m.get("edition_lead", site.date(e.date()).text(), c.blips().size()),
        charts.past(c.blips(), numbers, title(e), depth),
        quadrants,
        root + SitePaths.changes(e.id()));
  }

  RetiredView retired(RetiredBlip r, Html body) {
    Blip b = r.blip();
    String root = SitePaths.root(1);
    String changes =
        editions().stream()
            .filter(c -> c.retired().stream().anyMatch(x -> x.blip().id().equals(b.id())))
            .findFirst()
            .map(c -> root + SitePaths.changes(c.edition().id()))
            .orElse(root + SitePaths.CHANGES);
    return new RetiredView(
        b.title(),
        b.summary(),
        site.date(r.date()),
        site.inline(r.reason()),
        b.ring().title(),
        b.quadrant().title(),
        b.history().stream().map(blips::history).toList(),
        body,
        changes);
  }

  /** The feed entry of an edition: its summary and its changes, with links from the site root. */
  eu.sovereignradar.generator.render.files.FeedWriter.Entry feedEntry(
      EditionChanges c, Function<String, Html> md) {
    List<eu.sovereignradar.generator.render.files.FeedWriter.Section> sections = new ArrayList<>();
    // Linked from the site root, as the feed is.
    for (ChangeSection s : sections(c, 0)) {
      sections.add(
          new eu.sovereignradar.generator.render.files.FeedWriter.Section(
              s.heading(),
              s.rows().stream()
                  .map(
                      r ->
                          new eu.sovereignradar.generator.render.files.FeedWriter.Line(
                              r.title(),
                              r.href(),
                              r.from().isEmpty()
                                  ? r.to().isEmpty() ? null : r.to()
                                  : r.from() + " → " + r.to()))
                  .toList()));
    }
    Edition e = c.edition();
    return new eu.sovereignradar.generator.render.files.FeedWriter.Entry(
        e.id(),
        title(e),
        e.date(),
        SitePaths.changes(e.id()),
        lead(c),
        e.summary() == null ? null : md.apply(e.summary()),
        sections);
  }
}
