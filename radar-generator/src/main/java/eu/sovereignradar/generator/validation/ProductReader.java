package eu.sovereignradar.generator.validation;

import eu.sovereignradar.generator.diagnostic.DiagnosticCollector;
import eu.sovereignradar.generator.diagnostic.SourcePosition;
import eu.sovereignradar.generator.model.Country;
import eu.sovereignradar.generator.model.Product;
import eu.sovereignradar.generator.model.Quadrant;
import eu.sovereignradar.generator.model.RadarSettings;
import eu.sovereignradar.generator.model.SourceRef;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Checks one product's front matter and builds the {@link Product}. */
final class ProductReader {
  static final List<String> KEYS =
      List.of(
          "title", "vendor", "origin", "category", "summary", "jurisdiction", "website", "tags");

  private final @Nullable RadarSettings config;

  ProductReader(@Nullable RadarSettings config) {
    this.config = config;
  }

  Optional<Product> read(String id, Documents.Document doc, DiagnosticCollector out) {
    String path = doc.path();
    Fields f = new Fields(path, doc.frontMatter(), out, "");
    f.warnUnknownKeys(KEYS, "product front matter");
    Placeholders.check(
        "product.placeholder-text", path, doc.parts().body(), doc.parts().bodyLine(), out);
    Optional<String> title = f.text("title", true);
    Optional<String> vendor = f.text("vendor", true);
    if (!f.has("origin")) {
      out.error(
          "field.required",
          f.at("origin"),
          "'origin' is required for a product",
          "add the vendor's country, e.g. 'origin: US'");
    }
    Optional<Country> origin = BlipReader.country(f, "origin");
    Optional<String> categoryId = f.id("category", true, "communication");
    Optional<Quadrant> category = Optional.empty();
    if (config != null && categoryId.isPresent()) {
      category = config.findQuadrant(categoryId.get());
      if (category.isEmpty()) {
        out.error(
            "product.unknown-category",
            f.at(f.node("category").orElseThrow()),
            "category '" + categoryId.get() + "' is not a quadrant id of radar.yaml",
            "use one of "
                + String.join(", ", config.quadrantIds())
                + Suggestions.didYouMean(categoryId.get(), config.quadrantIds()));
      }
    }
    String summary = f.text("summary", false).orElse(null);
    String jurisdiction = f.text("jurisdiction", false).orElse(null);
    String website = f.url("website", false).orElse(null);
    List<String> tags = f.idList("tags", "office");
    if (doc.parts().body().isBlank()) {
      out.warning(
          "product.empty-body",
          SourcePosition.line(path, Math.max(1, doc.parts().bodyLine() - 1)),
          "the product has no text after its front matter",
          "explain below the closing '---' why the product is a dependency risk");
    }
    if (title.isEmpty()
        || vendor.isEmpty()
        || origin.isEmpty()
        || category.isEmpty()
        || out.hasErrorsIn(path)) {
      return Optional.empty();
    }
    return Optional.of(
        new Product(
            id,
            title.get(),
            vendor.get(),
            origin.get(),
            category.get(),
            summary,
            jurisdiction,
            website,
            tags,
            doc.parts().body(),
            new SourceRef(path)));
  }
}
