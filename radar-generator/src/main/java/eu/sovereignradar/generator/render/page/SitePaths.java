package eu.sovereignradar.generator.render.page;

import java.util.regex.Pattern;

/**
 * Where each page lives in the output and how pages link to each other: always relative, so the
 * site works from any sub-path and from {@code file://}. Ids are checked again here (they were
 * validated when the model was built) because they become file names: a path never leaves the
 * output folder. Pages live at depth 0 (the root) or 1 ({@code blips/}, {@code quadrants/}, {@code
 * tags/}, {@code products/}, {@code inventory/}, {@code roadmap/}).
 */
public final class SitePaths {
  /** The id pattern of docs/content-format.md; nothing else may become a file name. */
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public static final String INDEX = "index.html";
  public static final String ABOUT = "about.html";
  public static final String COMPARISONS = "comparisons.html";
  public static final String NOT_FOUND = "404.html";
  public static final String STYLESHEET = "assets/site.css";
  public static final String CUSTOM_STYLESHEET = "assets/custom.css";
  public static final String SCRIPT = "assets/site.js";
  public static final String SEARCH_INDEX = "assets/search-index.js";

  /** The public radar as data, for scripts and other radar tools (RadarJsonWriter). */
  public static final String RADAR_JSON = "radar.json";

  public static final String FAVICON = "assets/favicon.svg";
  public static final String MATRIX = "matrix.html";
  public static final String MATRIX_CSV = "matrix.csv";
  public static final String ROADMAP = "roadmap.html";
  public static final String CHANGES = "changes.html";
  public static final String FEED = "feed.xml";
  public static final String REPORT = "report.html";

  private SitePaths() {}

  public static String inventory(String id) {
    return "inventory/" + requireId(id) + ".html";
  }

  /** The changes of one edition. */
  public static String changes(String editionId) {
    return "changes/" + requireId(editionId) + ".html";
  }

  /** The radar as it stood at one edition. */
  public static String edition(String editionId) {
    return "editions/" + requireId(editionId) + "/index.html";
  }

  /** The radar's title as the name part of the feed's tag URIs: lower case, words hyphenated. */
  public static String feedName(String title) {
    String name =
        java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-|-$", "");
    return name.isEmpty() ? "radar" : name;
  }

  /** True when {@code id} can name a file: editions of the single-edition form may not. */
  public static boolean isId(String id) {
    return id.length() <= 64 && ID.matcher(id).matches();
  }

  /** A roadmap step's page. */
  public static String step(String id) {
    return "roadmap/" + requireId(id) + ".html";
  }

  public static String blip(String id) {
    return "blips/" + requireId(id) + ".html";
  }

  public static String quadrant(String id) {
    return "quadrants/" + requireId(id) + ".html";
  }

  public static String tag(String id) {
    return "tags/" + requireId(id) + ".html";
  }

  /** A product's comparison page. */
  public static String product(String id) {
    return "products/" + requireId(id) + ".html";
  }

  /** The prefix that leads from a page at {@code depth} back to the root: "" or "../". */
  public static String root(int depth) {
    return "../".repeat(depth);
  }

  /** The depth of an output path: the number of {@code /} in it. */
  public static int depth(String path) {
    return (int) path.chars().filter(c -> c == '/').count();
  }

  private static String requireId(String id) {
    if (!isId(id)) {
      throw new IllegalArgumentException("not a valid id for a file name: '" + id + "'");
    }
    return id;
  }
}
