package eu.sovereignradar.generator.render.view;

import eu.sovereignradar.generator.render.safety.Html;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A product's comparison page: the product, why it is a dependency, and its alternatives side by
 * side.
 *
 * @param id the product id
 * @param heading "Alternatives to <product>"
 * @param title the product's name
 * @param summary what the product is used for, or null
 * @param vendor the vendor
 * @param origin the vendor's country in the radar's language
 * @param jurisdiction the product's jurisdiction notes, or null
 * @param accessLaws a sentence naming the laws of the vendor's country that reach data abroad, or
 *     null when the sovereignty score lists none for it
 * @param category the product's category (quadrant) title
 * @param categoryHref the quadrant page
 * @param website the vendor's product page, or null
 * @param body the rendered Markdown body: why it is a dependency risk
 * @param bodyHasHeadings true when the body has headings of its own, so the page adds none
 * @param count the number of alternatives in words
 * @param alternatives the alternatives, sorted by ring, then score
 * @param capabilities the capability matrix, one row per capability; empty when the category
 *     declares none or there is no alternative
 * @param capabilitiesCaption the capability matrix's caption
 * @param radarHref the home page's radar filtered to these alternatives (works with JavaScript)
 * @param editUrl the "edit this page" link, or null
 */
public record ProductView(
    String id,
    String heading,
    String title,
    @Nullable String summary,
    String vendor,
    String origin,
    @Nullable String jurisdiction,
    @Nullable String accessLaws,
    String category,
    String categoryHref,
    @Nullable String website,
    Html body,
    boolean bodyHasHeadings,
    String count,
    List<AlternativeRow> alternatives,
    List<CapabilityRowView> capabilities,
    String capabilitiesCaption,
    String radarHref,
    @Nullable String editUrl,
    List<ItemLink> usedBy) {
  public ProductView {
    usedBy = List.copyOf(usedBy);
    alternatives = List.copyOf(alternatives);
    capabilities = List.copyOf(capabilities);
  }
}
