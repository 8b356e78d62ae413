package eu.sovereignradar.generator.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.ValidationResult;
import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.diagnostic.DiagnosticCollector;
import eu.sovereignradar.generator.diagnostic.DiagnosticFormatter;
import eu.sovereignradar.generator.model.Blip;
import eu.sovereignradar.generator.model.Movement;
import eu.sovereignradar.generator.model.Product;
import eu.sovereignradar.generator.model.RadarSettings;
import eu.sovereignradar.generator.scaffold.ScaffoldProblem.Reason;
import eu.sovereignradar.generator.scaffold.ScaffoldRequest.Field;
import eu.sovereignradar.generator.scaffold.ScaffoldRequest.Kind;
import eu.sovereignradar.generator.validation.RadarValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScaffolderTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  private Scaffolder scaffolder;

  @BeforeEach
  void writeRadar() throws IOException {
    Files.writeString(
        dir.resolve("radar.yaml"),
        """
        title: Test radar
        edition: {id: "2026-11", date: 2026-11-30, previousDate: 2026-05-01}
        quadrants:
          - id: tools
            title: Tools
            capabilities:
              - id: offline
                title: Offline use
              - id: e2ee
                title: End-to-end encryption
          - id: platforms
            title: Platforms
        rings:
          - id: adopt
            title: Adopt
          - id: trial
            title: Trial
          - id: hold
            title: Hold
        """);
    DiagnosticCollector out = new DiagnosticCollector();
    RadarSettings sections = RadarValidator.readSettings(dir, out).orElseThrow();
    assertThat(out.sorted()).isEmpty();
    scaffolder = new Scaffolder(dir, sections, CLOCK);
  }

  private static ScaffoldRequest blip(String title, String ring, String quadrant) {
    return ScaffoldRequest.of(Kind.BLIP)
        .with(Field.TITLE, title)
        .with(Field.RING, ring)
        .with(Field.QUADRANT, quadrant);
  }

  private static ScaffoldRequest product(
      String title, String vendor, String origin, String category) {
    return ScaffoldRequest.of(Kind.PRODUCT)
        .with(Field.TITLE, title)
        .with(Field.VENDOR, vendor)
        .with(Field.ORIGIN, origin)
        .with(Field.CATEGORY, category);
  }

  private Scaffolder.Created create(ScaffoldRequest request) throws IOException {
    Scaffolder.Result result = scaffolder.create(request);
    assertThat(result).as("result of %s", request).isInstanceOf(Scaffolder.Created.class);
    return (Scaffolder.Created) result;
  }

  private List<ScaffoldProblem> problems(ScaffoldRequest request) throws IOException {
    Scaffolder.Result result = scaffolder.create(request);
    assertThat(result).as("result of %s", request).isInstanceOf(Scaffolder.Rejected.class);
    return ((Scaffolder.Rejected) result).problems();
  }

  private ValidationResult validate() throws IOException {
    return new RadarGenerator(GeneratorOptions.builder(dir).build()).validate();
  }

  /**
   * The diagnostics other than the one warning every fresh file gets until its guidance text is
   * replaced ({@code blip.placeholder-text}, {@code product.placeholder-text}).
   */
  private static java.util.List<eu.sovereignradar.generator.diagnostic.Diagnostic> besidesGuidance(
      ValidationResult result) {
    return result.diagnostics().stream()
        .filter(d -> !d.code().endsWith(".placeholder-text"))
        .toList();
  }

  @Test
  void aFreshFileWarnsUntilItsGuidanceTextIsReplaced() throws IOException {
    assertThat(create(blip("Fresh Tool", "trial", "tools"))).isInstanceOf(Scaffolder.Created.class);
    assertThat(validate().diagnostics())
        .extracting(d -> d.code())
        .containsExactly("blip.placeholder-text");
  }

  private static String report(ValidationResult result) {
    DiagnosticFormatter f = new DiagnosticFormatter("");
    return String.join("\n", result.diagnostics().stream().map(f::text).toList());
  }

  @Test
  void scaffoldedBlipValidatesWithoutAnyDiagnostic() throws IOException {
    Scaffolder.Created created = create(blip("Nextcloud Hub", "trial", "tools"));

    assertThat(created.id()).isEqualTo("nextcloud-hub");
    assertThat(created.path()).isEqualTo("blips/nextcloud-hub.md");
    assertThat(created.file()).isEqualTo(dir.resolve("blips/nextcloud-hub.md"));
    ValidationResult result = validate();
    assertThat(besidesGuidance(result)).as(report(result)).isEmpty();
    Blip b = result.radar().orElseThrow().findBlip("nextcloud-hub").orElseThrow();
    assertThat(b.title()).isEqualTo("Nextcloud Hub");
    assertThat(b.ring().id()).isEqualTo("trial");
    assertThat(b.quadrant().id()).isEqualTo("tools");
    assertThat(b.reviewed()).isEqualTo(LocalDate.of(2026, 11, 28));
    assertThat(b.history())
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.date()).isEqualTo(LocalDate.of(2026, 11, 28));
              assertThat(h.ring().id()).isEqualTo("trial");
            });
    assertThat(b.movement()).as("a scaffolded blip is new in the edition").isEqualTo(Movement.NEW);
  }

  @Test
  void scaffoldedBlipHasEveryFieldWithACommentAndTheBodySkeleton() throws IOException {
    String text =
        Files.readString(
            create(blip("Nextcloud Hub", "trial", "tools")).file(), StandardCharsets.UTF_8);

    List<String> keys =
        List.of(
            "title",
            "ring",
            "quadrant",
            "summary",
            "tags",
            "licence",
            "licenceNote",
            "vendor",
            "origin",
            "hosting",
            "website",
            "source",
            "links",
            "replaces",
            "capabilities",
            "history",
            "reviewed");
    for (String key : keys) {
      assertThat(text).as("line of '%s'", key).containsPattern("(?m)^" + key + ":[^#\\n]* # \\S");
    }
    assertThat(text)
        .contains(
            "ring: trial",
            "# adopt, trial or hold",
            "# tools or platforms",
            "\n  # offline:",
            "# Offline use",
            "\n  # e2ee:",
            "self-hosted, saas-eu, saas-non-eu, on-device");
    assertThat(text)
        .containsSubsequence(
            "## What it is", "## Why this ring", "Why Trial:", "## Sovereignty", "## Migration");
    assertThat(text).startsWith("---\n").doesNotContain("\r");
  }

  @Test
  void scaffoldedProductValidatesWithoutErrors() throws IOException {
    Scaffolder.Created created =
        create(product("Microsoft Teams", "Microsoft Corporation", "us", "tools"));

    assertThat(created.path()).isEqualTo("products/microsoft-teams.md");
    ValidationResult result = validate();
    assertThat(result.errorCount()).as(report(result)).isZero();
    // The warnings say that the guidance text is still there and that no blip replaces the
    // product yet: both true for a new product.
    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactlyInAnyOrder("product.placeholder-text", "product.unreplaced");
    Product p = result.radar().orElseThrow().findProduct("microsoft-teams").orElseThrow();
    assertThat(p.origin().code()).isEqualTo("US");
    assertThat(p.vendor()).isEqualTo("Microsoft Corporation");
    assertThat(p.category().id()).isEqualTo("tools");
    String text = Files.readString(created.file());
    assertThat(text)
        .containsSubsequence(
            "title:",
            "vendor:",
            "origin:",
            "category:",
            "summary:",
            "jurisdiction:",
            "website:",
            "tags:",
            "---\n## What it is used for",
            "## Why it is a dependency",
            "## Leaving it");
  }

  @Test
  void blipTakesVendorAndOriginIncludingCommunity() throws IOException {
    create(
        blip("Debian", "adopt", "platforms")
            .with(Field.VENDOR, "Debian Project")
            .with(Field.ORIGIN, "Community"));
    create(
        blip("Nextcloud", "adopt", "tools")
            .with(Field.VENDOR, "Nextcloud GmbH")
            .with(Field.ORIGIN, "de"));

    ValidationResult result = validate();
    assertThat(besidesGuidance(result)).as(report(result)).isEmpty();
    assertThat(result.radar().orElseThrow().findBlip("debian").orElseThrow().origin().isCommunity())
        .isTrue();
    assertThat(result.radar().orElseThrow().findBlip("nextcloud").orElseThrow().origin().code())
        .isEqualTo("DE");
    assertThat(result.radar().orElseThrow().findBlip("nextcloud").orElseThrow().vendor())
        .isEqualTo("Nextcloud GmbH");
  }

  /** Titles that would break YAML or change type if written unquoted must come back unchanged. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "C++: the language",
        "Yes",
        "no",
        "NULL",
        "1984",
        "3.14",
        "#hashtag",
        "@scope/tool",
        "- dash first",
        "[brackets]",
        "{braces}",
        "Quote \"this\"",
        "back\\slash",
        "Ben & Jerry's",
        "100% open",
        "`tick`",
        "Straße à Zürich",
        "key: value # not a comment",
        "*star",
        "!tag",
        "|pipe",
        ">fold",
        "? question",
        "Trailing colon:",
        "'single quoted'",
        "Tab\tinside",
        "~"
      })
  void trickyTitlesSurviveTheRoundTrip(String title) throws IOException {
    ScaffoldRequest request = blip(title, "hold", "tools").with(Field.ID, "tricky");
    create(request);

    ValidationResult result = validate();
    assertThat(besidesGuidance(result)).as(report(result)).isEmpty();
    assertThat(result.radar().orElseThrow().findBlip("tricky").orElseThrow().title())
        .isEqualTo(title);
  }

  @Test
  void refusesToOverwriteAnExistingFile() throws IOException {
    Files.createDirectories(dir.resolve("blips"));
    Files.writeString(dir.resolve("blips/nextcloud.md"), "my careful work");

    List<ScaffoldProblem> problems = problems(blip("Nextcloud", "adopt", "tools"));

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo(Field.ID);
              assertThat(p.reason()).isEqualTo(Reason.EXISTS);
              assertThat(p.message())
                  .isEqualTo(
                      "blips/nextcloud.md already exists; radar new never overwrites a file");
            });
    assertThat(Files.readString(dir.resolve("blips/nextcloud.md"))).isEqualTo("my careful work");
    assertThat(problems(blip("Other title", "adopt", "tools").with(Field.ID, "nextcloud")))
        .extracting(ScaffoldProblem::reason)
        .containsExactly(Reason.EXISTS);
  }

  @Test
  void refusesAnIdThatDiffersFromAnExistingOneOnlyInCase() throws IOException {
    Files.createDirectories(dir.resolve("products"));
    Files.writeString(dir.resolve("products/Teams.md"), "x");

    assertThat(problems(product("Teams", "Microsoft", "US", "tools")))
        .extracting(ScaffoldProblem::reason)
        .containsExactly(Reason.EXISTS);
  }

  @Test
  void unknownRingAndQuadrantAreReportedTogetherWithSuggestions() throws IOException {
    List<ScaffoldProblem> problems = problems(blip("X", "trail", "tols"));

    assertThat(problems)
        .extracting(ScaffoldProblem::field)
        .containsExactly(Field.RING, Field.QUADRANT);
    assertThat(problems.get(0).message()).isEqualTo("ring 'trail' is not defined in radar.yaml");
    assertThat(problems.get(0).hint())
        .isEqualTo("use one of adopt, trial, hold (did you mean 'trial'?)");
    assertThat(problems.get(1).hint())
        .isEqualTo("use one of tools, platforms (did you mean 'tools'?)");
    assertThat(dir.resolve("blips")).doesNotExist();
  }

  @Test
  void missingRequiredValuesAreAllNamed() throws IOException {
    assertThat(problems(ScaffoldRequest.of(Kind.BLIP)))
        .allSatisfy(p -> assertThat(p.reason()).isEqualTo(Reason.MISSING))
        .extracting(ScaffoldProblem::field)
        .containsExactly(Field.TITLE, Field.RING, Field.QUADRANT);
    List<ScaffoldProblem> product =
        problems(ScaffoldRequest.of(Kind.PRODUCT).with(Field.TITLE, "Zoom"));
    assertThat(product)
        .extracting(ScaffoldProblem::field)
        .containsExactly(Field.VENDOR, Field.ORIGIN, Field.CATEGORY);
    assertThat(product.get(1).message()).isEqualTo("a product needs an origin");
    assertThat(product.get(2).hint()).isEqualTo("one of tools, platforms");
  }

  @Test
  void valuesOfTheOtherKindAreRefused() throws IOException {
    assertThat(problems(blip("X", "adopt", "tools").with(Field.CATEGORY, "tools")))
        .extracting(ScaffoldProblem::field, ScaffoldProblem::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Field.CATEGORY, Reason.NOT_APPLICABLE));
    assertThat(problems(product("X", "V", "US", "tools").with(Field.RING, "adopt")))
        .extracting(ScaffoldProblem::field)
        .containsExactly(Field.RING);
  }

  @Test
  void productOriginMustBeACountry() throws IOException {
    assertThat(problems(product("X", "V", "community", "tools")))
        .extracting(ScaffoldProblem::field)
        .containsExactly(Field.ORIGIN);
    List<ScaffoldProblem> uk = problems(product("X", "V", "UK", "tools"));
    assertThat(uk.get(0).hint()).isEqualTo("the code of the United Kingdom is GB");
  }

  @Test
  void titleWithoutLatinLettersNeedsAnExplicitId() throws IOException {
    List<ScaffoldProblem> problems = problems(blip("日本語", "adopt", "tools"));
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo(Field.ID);
              assertThat(p.message()).contains("the title gives no id");
            });

    assertThat(create(blip("日本語", "adopt", "tools").with(Field.ID, "nihongo")).path())
        .isEqualTo("blips/nihongo.md");
    assertThat(besidesGuidance(validate())).isEmpty();
  }

  @Test
  void invalidExplicitIdIsRefusedWithASuggestion() throws IOException {
    List<ScaffoldProblem> problems =
        problems(blip("X", "adopt", "tools").with(Field.ID, "My Tool"));
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.message()).isEqualTo("'My Tool' is not a valid id");
              assertThat(p.hint()).endsWith("(e.g. 'my-tool')");
            });
    assertThat(problems(blip("X", "adopt", "tools").with(Field.ID, "../x")))
        .singleElement()
        .satisfies(p -> assertThat(p.hint()).endsWith("(e.g. 'x')"));
  }

  @Test
  void quadrantWithoutCapabilitiesSaysSo() throws IOException {
    String text = Files.readString(create(blip("Proxmox", "adopt", "platforms")).file());
    assertThat(text)
        .contains("capabilities:")
        .contains("the quadrant 'platforms' declares none in radar.yaml");
    assertThat(besidesGuidance(validate())).isEmpty();
  }

  @Test
  void choicesComeFromRadarYaml() {
    assertThat(scaffolder.choices(Field.RING)).containsExactly("adopt", "trial", "hold");
    assertThat(scaffolder.choices(Field.CATEGORY)).containsExactly("tools", "platforms");
    assertThat(scaffolder.choices(Field.TITLE)).isEmpty();
  }

  @Test
  void scaffoldingTwiceGivesTheSameText() {
    ScaffoldRequest request = blip("Nextcloud", "adopt", "tools");
    assertThat(scaffolder.render(request)).isEqualTo(scaffolder.render(request));
  }
}
