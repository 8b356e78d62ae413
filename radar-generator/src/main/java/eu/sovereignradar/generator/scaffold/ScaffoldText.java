package eu.sovereignradar.generator.scaffold;

import eu.sovereignradar.generator.model.Capability;
import eu.sovereignradar.generator.model.Hosting;
import eu.sovereignradar.generator.model.Quadrant;
import eu.sovereignradar.generator.model.RadarSettings;
import eu.sovereignradar.generator.model.Ring;
import eu.sovereignradar.generator.validation.Placeholders;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The text of a new blip or product file: every front-matter field with a comment saying what goes
 * there, then a body skeleton. Empty fields are YAML nulls, which the validator treats as absent,
 * so the file validates as soon as the required values are in.
 */
final class ScaffoldText {
  /** Comments line up at this column unless the value is longer, to keep the block readable. */
  private static final int COMMENT_COLUMN = 24;

  /** Plain YAML scalars we are sure need no quotes: letters first, no indicator characters. */
  private static final Pattern PLAIN = Pattern.compile("\\p{L}[\\p{L}\\p{N} .()/+'-]*");

  /** Words that YAML 1.1 (SnakeYAML) reads as booleans or null when unquoted. */
  private static final Set<String> RESERVED =
      Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

  private ScaffoldText() {}

  static String blip(
      String title,
      Ring ring,
      Quadrant quadrant,
      @Nullable String vendor,
      @Nullable String origin,
      RadarSettings sections,
      LocalDate today) {
    Lines fm = new Lines();
    fm.comment("A blip: one technology on the radar. Every field: docs/content-format.md");
    fm.comment("Empty fields are ignored; fill them in or delete them.");
    fm.field("title", scalar(title), "name of the technology");
    fm.field("ring", ring.id(), orList(sections.ringIds()));
    fm.field("quadrant", quadrant.id(), orList(sections.quadrantIds()));
    fm.field("summary", "", "one sentence, shown in lists, on the chart and in search");
    fm.field("tags", "[]", "free tags, e.g. [files, groupware]");
    fm.field(
        "licence", "", "SPDX expression, e.g. AGPL-3.0-or-later, MIT OR Apache-2.0, proprietary");
    fm.field("licenceNote", "", "one line of context for the licence");
    fm.field(
        "vendor",
        vendor == null ? "" : scalar(vendor),
        "company, foundation or community in control");
    fm.field(
        "origin",
        origin == null ? "" : origin,
        "country code of the controlling entity (e.g. DE), or community");
    fm.field(
        "hosting",
        "[]",
        "any of " + String.join(", ", Arrays.stream(Hosting.values()).map(Hosting::id).toList()));
    fm.field("website", "", "https:// address of the home page");
    fm.field("source", "", "https:// address of the source code");
    fm.field("links", "[]", "further reading: - title: ... with url: https://... below");
    fm.field("replaces", "[]", "ids of files in products/ it replaces, e.g. [microsoft-teams]");
    if (quadrant.capabilities().isEmpty()) {
      fm.field(
          "capabilities", "", "the quadrant '" + quadrant.id() + "' declares none in radar.yaml");
    } else {
      fm.field("capabilities", "", "uncomment and answer yes, partial or no:");
      for (Capability c : quadrant.capabilities()) {
        fm.field("  # " + c.id(), "", c.title());
      }
    }
    fm.field("history", "", "ring changes, oldest first; the last is the current ring");
    fm.raw("  - date: " + today);
    fm.raw("    ring: " + ring.id());
    fm.field("reviewed", today.toString(), "when this assessment was last checked");
    return fm.frontMatter()
        + """
        ## What it is

        %s

        ## Why this ring

        Why %s%s

        ## Sovereignty

        %s

        ## Migration

        %s
        """
            .formatted(
                Placeholders.BLIP_WHAT,
                ring.title(),
                Placeholders.BLIP_WHY_SUFFIX,
                Placeholders.BLIP_SOVEREIGNTY,
                Placeholders.BLIP_MIGRATION);
  }

  static String product(
      String title,
      @Nullable String vendor,
      @Nullable String origin,
      String category,
      RadarSettings sections) {
    Lines fm = new Lines();
    fm.comment(
        "A product: a proprietary tool that blips replace. Every field: docs/content-format.md");
    fm.comment("Empty fields are ignored; fill them in or delete them.");
    fm.field("title", scalar(title), "product name");
    fm.field("vendor", vendor == null ? "" : scalar(vendor), "company that controls it");
    fm.field("origin", origin == null ? "" : origin, "country code of the vendor's headquarters");
    fm.field(
        "category",
        category,
        "quadrant its alternatives are compared in: " + orList(sections.quadrantIds()));
    fm.field("summary", "", "one sentence: what the product is used for");
    fm.field(
        "jurisdiction", "", "laws that give foreign authorities access (CLOUD Act, FISA 702, ...)");
    fm.field("website", "", "https:// address of the vendor's product page");
    fm.field("tags", "[]", "free tags, e.g. [chat, meetings]");
    return fm.frontMatter()
        + """
        ## What it is used for

        %s

        ## Why it is a dependency

        Who controls it, which laws apply to the vendor, what happens to data and to users when
        prices, terms or the vendor change.

        ## Leaving it

        %s
        """
            .formatted(Placeholders.PRODUCT_WHAT, Placeholders.PRODUCT_LEAVING);
  }

  /**
   * {@code value} as a YAML scalar: plain when that is certainly read back unchanged, otherwise in
   * double quotes with escapes. Titles such as "C++: a language", "Yes", "1984" or "#hashtag" would
   * otherwise change meaning or break the YAML.
   */
  static String scalar(String value) {
    if (PLAIN.matcher(value).matches() && !RESERVED.contains(value.toLowerCase(Locale.ROOT))) {
      return value;
    }
    StringBuilder sb = new StringBuilder("\"");
    value
        .codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                  if (Character.isISOControl(c)) {
                    sb.append(String.format(Locale.ROOT, "\\u%04x", c));
                  } else {
                    sb.appendCodePoint(c);
                  }
                }
              }
            });
    return sb.append('"').toString();
  }

  /** "a, b or c". */
  private static String orList(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " or "
        + items.get(items.size() - 1);
  }

  /** Front-matter lines; comments are aligned when the block is finished. */
  private static final class Lines {
    private record Line(String code, @Nullable String comment) {}

    private final List<Line> lines = new ArrayList<>();

    void comment(String text) {
      lines.add(new Line("# " + text, null));
    }

    void field(String key, String value, String comment) {
      lines.add(new Line(value.isEmpty() ? key + ":" : key + ": " + value, comment));
    }

    void raw(String code) {
      lines.add(new Line(code, null));
    }

    String frontMatter() {
      StringBuilder sb = new StringBuilder("---\n");
      for (Line l : lines) {
        sb.append(l.code());
        if (l.comment() != null) {
          sb.append(" ".repeat(Math.max(2, COMMENT_COLUMN - l.code().length())))
              .append("# ")
              .append(l.comment());
        }
        sb.append('\n');
      }
      return sb.append("---\n").toString();
    }
  }
}
