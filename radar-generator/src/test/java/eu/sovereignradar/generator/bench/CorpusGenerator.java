package eu.sovereignradar.generator.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a content folder of N realistic blips for the whole-build benchmark: a radar.yaml with 4
 * quadrants (with capabilities), 4 rings and an edition; 32 products; an about page; and N blips
 * with complete front matter (licence, origin, hosting, links, replaced products, capabilities,
 * history that makes some blips new or moved) and a Markdown body of about 400 words with headings,
 * a bullet list, a numbered list, a table and links — about 3.5 KB per file, like the sample
 * content.
 *
 * <p>The output is deterministic for a given N (a fixed seed; {@link Random}'s algorithm is
 * specified), so runs on different days measure the same input. With N ≥ 32 every product is
 * replaced by some blip, so the corpus validates without a single warning.
 *
 * <p>Usage: {@code CorpusGenerator <blip count> <empty or missing output folder>}.
 */
public final class CorpusGenerator {
  static final String[] QUADRANTS = {
    "collaboration", "communication", "infrastructure", "security"
  };
  static final String[] QUADRANT_TITLES = {
    "Collaboration & office", "Communication", "Cloud & infrastructure", "Identity & security"
  };
  static final String[][] CAPABILITIES = {
    {"co-editing", "offline", "mobile-apps", "e2ee"},
    {"video-calls", "chat", "federation", "mobile-apps"},
    {"compute", "object-storage", "kubernetes", "managed-databases"},
    {"sso", "mfa", "directory-sync", "passkeys"},
  };
  static final String[] RINGS = {"adopt", "trial", "assess", "hold"};
  static final int PRODUCTS_PER_QUADRANT = 8;

  private static final String[] LICENCES = {
    "AGPL-3.0-or-later",
    "Apache-2.0",
    "MIT",
    "GPL-3.0-only",
    "MPL-2.0",
    "EUPL-1.2",
    "BSD-3-Clause",
    "MIT AND proprietary",
    "proprietary",
    "LGPL-2.1-or-later"
  };
  private static final String[] ORIGINS = {
    "DE", "FR", "NL", "BE", "ES", "IT", "SE", "FI", "DK", "AT", "CH", "PL", "CZ", "EE", "PT", "NO"
  };
  private static final String[] HOSTING = {"self-hosted", "saas-eu", "on-device", "saas-non-eu"};
  private static final String[] TAGS = {
    "files",
    "groupware",
    "office",
    "wiki",
    "notes",
    "mail",
    "calendar",
    "chat",
    "video",
    "voip",
    "cloud",
    "hosting",
    "storage",
    "kubernetes",
    "database",
    "backup",
    "monitoring",
    "sso",
    "passwords",
    "mfa",
    "directory",
    "encryption",
    "open-source",
    "saas",
    "api",
    "mobile",
    "migration",
    "public-sector",
    "education",
    "health"
  };
  private static final String[] SYLLABLES = {
    "nor", "vel", "ka", "tri", "lum", "sa", "dor", "qui", "mel", "ro", "zen", "fa", "tor", "li",
    "ban", "ex", "ora", "mi", "sol", "vik"
  };
  private static final String[] NOUNS = {
    "platform", "service", "deployment", "team", "administrator", "organisation", "user", "server",
    "client", "integration", "licence", "vendor", "community", "release", "workflow", "interface",
    "backup", "migration", "pilot", "contract", "region", "dataset", "protocol", "account"
  };
  private static final String[] VERBS = {
    "supports", "replaces", "simplifies", "requires", "documents", "exports", "integrates with",
    "protects", "synchronises", "reduces", "extends", "monitors", "audits", "hosts"
  };
  private static final String[] ADJECTIVES = {
    "open", "mature", "European", "self-hosted", "federated", "encrypted", "reliable", "modular",
    "documented", "portable", "scalable", "young", "proprietary", "standard", "active", "small"
  };

  private CorpusGenerator() {}

  /** Entry point: {@code <blip count> <output folder>}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2 && args.length != 3) {
      System.err.println("usage: CorpusGenerator <blip count> <output folder> [inventory items]");
      System.exit(2);
    }
    int count = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    int items = args.length == 3 ? Integer.parseInt(args[2]) : 0;
    long start = System.nanoTime();
    long bytes = write(count, out, items);
    System.out.printf(
        Locale.ROOT,
        "wrote %d blips and %d inventory items (%.1f MB) to %s in %.1f s%n",
        count,
        items,
        bytes / 1e6,
        out,
        (System.nanoTime() - start) / 1e9);
  }

  /**
   * Writes the corpus and returns the number of bytes written.
   *
   * @throws IOException if {@code out} exists and is not an empty folder (nothing is ever
   *     overwritten or deleted), or on a write error
   */
  public static long write(int count, Path out) throws IOException {
    return write(count, out, 0);
  }

  /**
   * Writes the corpus with {@code items} inventory items (and an organisation in radar.yaml), for
   * measuring what the dependency matrix adds to a build.
   */
  public static long write(int count, Path out, int items) throws IOException {
    if (count < 0 || items < 0) {
      throw new IllegalArgumentException("blip count must not be negative: " + count);
    }
    if (Files.exists(out)) {
      try (Stream<Path> s = Files.list(out)) {
        if (s.findAny().isPresent()) {
          throw new IOException(out + " is not empty; give a new or empty folder");
        }
      }
    }
    Files.createDirectories(out.resolve("blips"));
    Files.createDirectories(out.resolve("products"));
    long bytes = 0;
    bytes += writeFile(out.resolve("radar.yaml"), radarYaml(count) + organisation(items));
    bytes +=
        writeFile(
            out.resolve("about.md"),
            "---\ntitle: About this benchmark radar\n---\n"
                + "A generated radar with "
                + count
                + " blips, used to measure the build.\n");
    for (int q = 0; q < QUADRANTS.length; q++) {
      for (int p = 0; p < PRODUCTS_PER_QUADRANT; p++) {
        bytes += writeFile(out.resolve("products/" + productId(q, p) + ".md"), product(q, p));
      }
    }
    Random random = new Random(20261128L);
    for (int i = 0; i < count; i++) {
      String id = blipId(i);
      bytes += writeFile(out.resolve("blips/" + id + ".md"), blip(i, id, random));
    }
    if (items > 0) {
      Files.createDirectories(out.resolve("inventory"));
    }
    for (int i = 0; i < items; i++) {
      bytes += writeFile(out.resolve("inventory/app-" + i + ".md"), item(i, random));
    }
    return bytes;
  }

  private static final String[] UNITS = {"finance", "hr", "social", "schools", "planning"};
  private static final String[] AREAS = {"collaboration", "cloud-provider", "business-application"};
  private static final String[] MODELS = {"saas", "paas", "iaas", "on-premises", "desktop"};
  private static final String[] CRITICALITY = {"low", "medium", "high", "critical"};
  private static final String[] CLASSES = {"public", "internal", "sensitive"};
  private static final List<String> DIMENSIONS =
      eu.sovereignradar.generator.model.AssessmentSettings.DEFAULT_DIMENSIONS.stream()
          .map(eu.sovereignradar.generator.model.AssessmentSettings.Dimension::id)
          .toList();

  private static String organisation(int items) {
    if (items == 0) {
      return "";
    }
    StringBuilder y = new StringBuilder("organisation:\n  name: Benchmark Region\n  units:\n");
    for (String u : UNITS) {
      y.append("    - id: ").append(u).append("\n      title: ").append(capitalise(u)).append('\n');
    }
    return y.toString();
  }

  private static String item(int i, Random random) {
    StringBuilder f = new StringBuilder("---\n");
    f.append("title: Application ")
        .append(i)
        .append(' ')
        .append(capitalise(word(i, 3)))
        .append('\n');
    int q = i % QUADRANTS.length;
    f.append("product: ").append(productId(q, i % PRODUCTS_PER_QUADRANT)).append('\n');
    f.append("area: ").append(AREAS[i % AREAS.length]).append('\n');
    // Block style, as docs/content-format.md and the sample write items.
    f.append("provider:\n  name: Provider ")
        .append(i % 37)
        .append(" Ltd\n  country: IE\n  parent: Group ")
        .append(i % 11)
        .append("\n  parentCountry: US\n");
    f.append("serviceModel: ").append(MODELS[i % MODELS.length]).append('\n');
    f.append("data:\n  class: ")
        .append(CLASSES[i % CLASSES.length])
        .append("\n  personalData: true\n  storedIn: [DE, IE]\n  processedIn: [IE, US]\n")
        .append("  keys: provider\n");
    f.append("users: ").append(random.nextInt(3000)).append('\n');
    f.append("units: [").append(UNITS[i % UNITS.length]).append("]\n");
    f.append("processes: [Process ").append(i % 17).append("]\n");
    f.append("criticality: ").append(CRITICALITY[i % CRITICALITY.length]).append('\n');
    if (i > 0) {
      f.append("dependsOn: [app-0]\n");
    }
    f.append("contract:\n  end: 2029-0")
        .append(1 + i % 9)
        .append("-28\n  notice: P6M\n  autoRenewal: true\n");
    f.append("assessment:\n");
    for (String d : DIMENSIONS) {
      int level = random.nextInt(6);
      f.append("  ").append(d).append(": ");
      if (level == 5) {
        f.append("unknown\n");
      } else {
        f.append("\n    level: ")
            .append(level)
            .append("\n    evidence: ")
            .append(sentence(random, 8))
            .append("\n    assessed: 2026-10-")
            .append(10 + i % 18)
            .append('\n');
      }
    }
    f.append("---\n");
    paragraph(f, random, 4);
    return f.toString();
  }

  static String blipId(int i) {
    return word(i, 2) + "-" + String.format(Locale.ROOT, "%05d", i);
  }

  private static String productId(int quadrant, int p) {
    return "legacy-" + QUADRANTS[quadrant] + "-" + (p + 1);
  }

  private static String radarYaml(int count) {
    StringBuilder y = new StringBuilder();
    y.append("title: Benchmark Radar\n");
    y.append("description: A generated radar with ").append(count).append(" blips.\n");
    y.append("language: en\n");
    y.append("editUrl: https://example.org/radar/edit/main/content/{path}\n");
    y.append("edition:\n  id: \"2026-11\"\n  date: 2026-11-28\n  previousDate: 2026-05-15\n");
    y.append("quadrants:\n");
    for (int q = 0; q < QUADRANTS.length; q++) {
      y.append("  - id: ").append(QUADRANTS[q]).append('\n');
      y.append("    title: ").append(QUADRANT_TITLES[q]).append('\n');
      y.append("    description: Tools for ").append(QUADRANT_TITLES[q].toLowerCase(Locale.ROOT));
      y.append(".\n    capabilities:\n");
      for (String c : CAPABILITIES[q]) {
        y.append("      - id: ").append(c).append("\n        title: ").append(capitalise(c));
        y.append('\n');
      }
    }
    y.append("rings:\n");
    String[] colors = {"#1b7f3b", "#1f5fa8", "#8a5a00", "#b3261e"};
    for (int k = 0; k < RINGS.length; k++) {
      y.append("  - id: ").append(RINGS[k]).append("\n    title: ").append(capitalise(RINGS[k]));
      y.append("\n    description: The ").append(RINGS[k]).append(" ring.\n    color: \"");
      y.append(colors[k]).append("\"\n");
    }
    return y.toString();
  }

  private static String product(int q, int p) {
    return "---\n"
        + "title: Legacy "
        + capitalise(QUADRANTS[q])
        + " Suite "
        + (p + 1)
        + "\n"
        + "vendor: Example Corporation "
        + (p + 1)
        + "\n"
        + "origin: US\n"
        + "category: "
        + QUADRANTS[q]
        + "\n"
        + "summary: A proprietary "
        + QUADRANT_TITLES[q].toLowerCase(Locale.ROOT)
        + " product.\n"
        + "jurisdiction: Subject to the US CLOUD Act.\n"
        + "website: https://example.com/product-"
        + (p + 1)
        + "\n"
        + "---\n"
        + "## Why it is a dependency\n\nData and workflows are locked into one foreign vendor.\n";
  }

  private static String blip(int i, String id, Random random) {
    int q = i % QUADRANTS.length;
    int ring = random.nextInt(RINGS.length);
    String title = capitalise(word(i, 2)) + " " + capitalise(word(i * 7 + 3, 1)) + " " + i;
    StringBuilder f = new StringBuilder(4096);
    f.append("---\n");
    f.append("title: ").append(title).append('\n');
    f.append("ring: ").append(RINGS[ring]).append('\n');
    f.append("quadrant: ").append(QUADRANTS[q]).append('\n');
    f.append("summary: ").append(capitalise(sentence(random, 14))).append('\n');
    f.append("tags: [").append(TAGS[random.nextInt(TAGS.length)]);
    String second = TAGS[random.nextInt(TAGS.length)];
    if (!f.toString().endsWith(second)) {
      f.append(", ").append(second);
    }
    f.append("]\n");
    f.append("licence: ").append(LICENCES[random.nextInt(LICENCES.length)]).append('\n');
    f.append("vendor: ").append(capitalise(word(i * 13 + 1, 2))).append(" GmbH\n");
    f.append("origin: ").append(ORIGINS[random.nextInt(ORIGINS.length)]).append('\n');
    f.append("hosting: [").append(HOSTING[random.nextInt(2)]).append(", on-device]\n");
    f.append("website: https://example.org/").append(id).append('\n');
    f.append("source: https://git.example.org/").append(id).append('\n');
    f.append("links:\n  - title: Documentation\n    url: https://docs.example.org/").append(id);
    f.append("\n  - title: Case study\n    url: https://example.org/cases/")
        .append(id)
        .append('\n');
    int first = (i / QUADRANTS.length) % PRODUCTS_PER_QUADRANT;
    f.append("replaces:\n  - ").append(productId(q, first)).append('\n');
    int other = (first + 1 + random.nextInt(PRODUCTS_PER_QUADRANT - 1)) % PRODUCTS_PER_QUADRANT;
    f.append("  - product: ").append(productId(q, other)).append("\n    coverage: partial\n");
    f.append("    notes: Covers ").append(sentence(random, 6)).append('\n');
    f.append("capabilities:\n");
    for (String c : CAPABILITIES[q]) {
      f.append("  ")
          .append(c)
          .append(": ")
          .append(new String[] {"yes", "partial", "no"}[random.nextInt(3)]);
      f.append('\n');
    }
    history(f, ring, random);
    f.append("reviewed: 2026-").append(String.format(Locale.ROOT, "%02d", 1 + random.nextInt(10)));
    f.append("-15\n---\n");
    body(f, title, id, random);
    return f.toString();
  }

  /** Unchanged, new (first entry after the previous edition), moved in or moved out. */
  private static void history(StringBuilder f, int ring, Random random) {
    int kind = random.nextInt(6);
    if (kind == 0) {
      return;
    }
    f.append("history:\n");
    LocalDate old = LocalDate.of(2024, 1 + random.nextInt(12), 10);
    if (kind == 1) {
      entry(f, LocalDate.of(2026, 9, 1), ring, "First assessed.");
    } else if (kind == 2 && ring < RINGS.length - 1) {
      entry(f, old, ring + 1, null);
      entry(f, LocalDate.of(2026, 8, 20), ring, "Moved in after a successful pilot.");
    } else if (kind == 3 && ring > 0) {
      entry(f, old, ring - 1, null);
      entry(f, LocalDate.of(2026, 7, 5), ring, "Moved out after a licence change.");
    } else {
      entry(f, old, ring, null);
    }
  }

  private static void entry(StringBuilder f, LocalDate date, int ring, String note) {
    f.append("  - date: ").append(date).append("\n    ring: ").append(RINGS[ring]).append('\n');
    if (note != null) {
      f.append("    note: ").append(note).append('\n');
    }
  }

  /** About 400 words: five sections, a bullet list, a numbered list, a table and links. */
  private static void body(StringBuilder f, String title, String id, Random random) {
    f.append("## What it is\n\n").append(title).append(' ');
    paragraph(f, random, 6);
    f.append("## Why this ring\n\n");
    paragraph(f, random, 5);
    f.append("## Sovereignty\n\n");
    for (int i = 0; i < 4; i++) {
      f.append("- **").append(capitalise(NOUNS[random.nextInt(NOUNS.length)])).append(":** ");
      f.append(capitalise(sentence(random, 9))).append(".\n");
    }
    f.append("\n## Comparison\n\n| Criterion | ")
        .append(title)
        .append(" | Proprietary product |\n");
    f.append("| --- | --- | --- |\n");
    for (int i = 0; i < 4; i++) {
      f.append("| ").append(capitalise(NOUNS[random.nextInt(NOUNS.length)])).append(" | ");
      f.append(ADJECTIVES[random.nextInt(ADJECTIVES.length)]).append(" | ");
      f.append(ADJECTIVES[random.nextInt(ADJECTIVES.length)]).append(" |\n");
    }
    f.append("\n## Migration\n\n");
    for (int i = 1; i <= 4; i++) {
      f.append(i).append(". ").append(capitalise(sentence(random, 8))).append(".\n");
    }
    f.append('\n');
    paragraph(f, random, 3);
    f.append("See the [documentation](https://docs.example.org/").append(id);
    f.append(") and the [migration guide](https://example.org/guides/").append(id);
    f.append(").\n");
  }

  private static void paragraph(StringBuilder f, Random random, int sentences) {
    for (int i = 0; i < sentences; i++) {
      f.append(capitalise(sentence(random, 12 + random.nextInt(6)))).append(". ");
    }
    f.setLength(f.length() - 1);
    f.append("\n\n");
  }

  private static String sentence(Random random, int words) {
    StringBuilder s = new StringBuilder();
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        s.append(' ');
      }
      String[] pool =
          switch (w % 4) {
            case 0 -> ADJECTIVES;
            case 1 -> NOUNS;
            case 2 -> VERBS;
            default -> new String[] {"the", "a", "every", "its", "our", "each"};
          };
      s.append(pool[random.nextInt(pool.length)]);
    }
    return s.toString();
  }

  /** A pronounceable word of {@code syllables}+1 syllables, unique enough per {@code seed}. */
  private static String word(int seed, int syllables) {
    StringBuilder w = new StringBuilder();
    int v = Math.abs(seed * 7919 + 17);
    for (int s = 0; s <= syllables; s++) {
      w.append(SYLLABLES[v % SYLLABLES.length]);
      v /= SYLLABLES.length;
    }
    return w.toString();
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1).replace('-', ' ');
  }

  private static long writeFile(Path path, String text) throws IOException {
    byte[] data = text.getBytes(StandardCharsets.UTF_8);
    Files.write(path, data);
    return data.length;
  }

  /** Blip files' count, for callers that list them. */
  static List<String> ids(int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(blipId(i));
    }
    return ids;
  }
}
