package eu.sovereignradar.generator.render.view;

import eu.sovereignradar.generator.render.safety.Html;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A blip page. Optional facts are null or empty lists when the front matter leaves them out.
 *
 * @param blip the blip as lists show it (links relative to the blip page)
 * @param quadrantHref the quadrant page
 * @param ringDescription what the ring means (may be empty)
 * @param body the rendered Markdown body
 * @param licence the licence, or null
 * @param vendor the vendor, or null
 * @param origin the country of origin in the radar's language, or null
 * @param hosting the hosting options in words
 * @param website the website, or null
 * @param sourceCode the source repository, or null
 * @param links further reading
 * @param replaces the proprietary products it replaces
 * @param history ring changes, oldest first
 * @param licenceNote the licence note of a blip without a licence (an open standard, say), or null;
 *     with a licence it is part of {@code licence}
 * @param reviewed the last review date, or null
 * @param stale the notice that the blip was not reviewed within radar.yaml's staleAfter editions,
 *     or null
 * @param editUrl the "edit this page" link, or null
 * @param tags the blip's tags
 * @param score the sovereignty score and its breakdown
 */
public record BlipView(
    BlipItem blip,
    String quadrantHref,
    String ringDescription,
    Html body,
    @Nullable LicenceView licence,
    @Nullable String licenceNote,
    @Nullable String vendor,
    @Nullable String origin,
    List<String> hosting,
    @Nullable String website,
    @Nullable String sourceCode,
    List<LinkView> links,
    List<ReplacementView> replaces,
    List<HistoryView> history,
    @Nullable DateText reviewed,
    @Nullable String stale,
    @Nullable String editUrl,
    List<TagLink> tags,
    ScoreView score,
    List<ItemLink> targetedBy) {
  public BlipView {
    targetedBy = List.copyOf(targetedBy);
    hosting = List.copyOf(hosting);
    links = List.copyOf(links);
    replaces = List.copyOf(replaces);
    history = List.copyOf(history);
    tags = List.copyOf(tags);
  }
}
