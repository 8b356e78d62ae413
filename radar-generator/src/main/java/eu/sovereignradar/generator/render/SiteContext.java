package eu.sovereignradar.generator.render;

import eu.sovereignradar.generator.compare.Comparisons;
import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.Product;
import eu.sovereignradar.generator.model.Radar;
import eu.sovereignradar.generator.render.view.DateText;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What every view builder of one build shares: the radar, the UI strings, the blip numbers, the
 * products by id, the ids of products that have a page, the comparisons (alternatives and scores)
 * and date formatting in the radar's language. Immutable and thread-safe.
 */
final class SiteContext {
  private final Radar radar;
  private final Messages messages;
  private final Map<String, Integer> numbers;
  private final Map<String, Product> products;
  private final Set<String> productPages;
  private final DateTimeFormatter dateFormat;
  private final @Nullable String baseUrl;
  private final Comparisons comparisons;

  SiteContext(Radar radar, Messages messages, Map<String, Integer> numbers, Set<String> productPages,
      Comparisons comparisons) {
    this.radar = radar;
    this.comparisons = comparisons;
    this.messages = messages;
    this.numbers = Map.copyOf(numbers);
    Map<String, Product> byId = new HashMap<>();
    radar.products().forEach(p -> byId.put(p.id(), p));
    this.products = Map.copyOf(byId);
    this.productPages = Set.copyOf(productPages);
    this.dateFormat = DateTimeFormatter.ofPattern(messages.get("date_pattern"), Locale.forLanguageTag(radar.language()));
    String base = radar.baseUrl();
    this.baseUrl = base == null ? null : base.endsWith("/") ? base : base + "/";
  }

  Radar radar() {
    return radar;
  }

  Messages messages() {
    return messages;
  }

  /** Which blips replace which product, and every blip's score. */
  Comparisons comparisons() {
    return comparisons;
  }

  /** The blip's stable number. */
  int number(Blip blip) {
    Integer n = numbers.get(blip.id());
    if (n == null) {
      throw new IllegalStateException("blip '" + blip.id() + "' has no number");
    }
    return n;
  }

  Optional<Product> findProduct(String id) {
    return Optional.ofNullable(products.get(id));
  }

  /** True when the site has a page for the product (see {@link SiteRenderer#productPages}). */
  boolean hasProductPage(String productId) {
    return productPages.contains(productId);
  }

  /** The radar's {@code baseUrl} ending with {@code /}, or null. */
  @Nullable String baseUrl() {
    return baseUrl;
  }

  DateText date(LocalDate date) {
    return new DateText(date.toString(), dateFormat.format(date));
  }

  /** "1 technology" or "12 technologies". */
  String count(int n) {
    return messages.get(n == 1 ? "count_one" : "count_other", n);
  }
}
