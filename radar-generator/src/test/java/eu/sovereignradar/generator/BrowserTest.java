package eu.sovereignradar.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.diagnostic.DiagnosticFormatter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The generated sites in a real headless Chromium (Debian's chromium and chromedriver, driven by
 * Selenium): the sample radar of {@code ../content} and the adversarial corpus without its rejected
 * cases, each served on 127.0.0.1 with a strict Content-Security-Policy header and opened from
 * {@code file://} (where only the page's meta element states the policy).
 *
 * <p>Every page load is watched by a script that Chromium runs before the page's own (installed
 * through the DevTools protocol, so the page's policy does not apply to it): it records policy
 * violations, uncaught errors and calls to {@code alert}, {@code confirm}, {@code prompt} and
 * {@code print}. A payload that ran would show up there, as a global it set, or as an error in the
 * browser log. Tagged "browser"; skipped without Chromium, except in CI (see {@link
 * BrowserEnvironment}).
 */
@Tag("browser")
class BrowserTest {
  private static final Path WORK = Path.of("target", "browser-sites").toAbsolutePath();
  private static final Path SAMPLE_CONTENT = Path.of("..", "content").toAbsolutePath().normalize();
  private static final Duration WAIT = Duration.ofSeconds(10);

  /** Runs before any script of every page; records what must never happen. */
  private static final String WATCH =
      """
      (function () {
        var seen = { violations: [], dialogs: [], errors: [] };
        Object.defineProperty(window, '__radarTest', { value: seen, enumerable: false });
        document.addEventListener('securitypolicyviolation', function (e) {
          seen.violations.push(e.violatedDirective + ' ' + e.blockedURI);
        }, true);
        window.addEventListener('error', function (e) { seen.errors.push(String(e.message)); });
        ['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {
          window[name] = function (message) { seen.dialogs.push(name + ': ' + message); };
        });
      })();
      """;

  /** The only external URLs the adversarial corpus may make the browser refuse: its images. */
  private static final String CORPUS_IMAGE_HOST = "https://example.org/";

  /** How a page is opened. */
  enum Access {
    HTTP,
    FILE
  }

  private static GenerationResult sample;
  private static GenerationResult adversarial;
  private static SiteServer sampleServer;
  private static SiteServer adversarialServer;
  private static ChromeDriver driver;
  private static Set<String> baselineGlobals;

  @BeforeAll
  static void buildServeAndStartChromium() throws IOException {
    BrowserEnvironment.require();
    deleteTree(WORK);
    Files.createDirectories(WORK);
    assertThat(SAMPLE_CONTENT.resolve("radar.yaml")).as("the sample content").exists();
    sample =
        generate(
            servedHere(SAMPLE_CONTENT, WORK.resolve("sample-content")), WORK.resolve("sample"));
    Path corpus = WORK.resolve("adversarial-content");
    AdversarialCorpus.materialiseBuildable(corpus, WORK.resolve("outside"));
    adversarial = generate(corpus, WORK.resolve("adversarial"));
    sampleServer = SiteServer.start(WORK.resolve("sample"), AdversarialSiteTest.CSP);
    adversarialServer = SiteServer.start(WORK.resolve("adversarial"), AdversarialSiteTest.CSP);
    driver = startChromium(Files.createTempDirectory(WORK, "profile"));
    open(Access.HTTP, sample, "index.html");
    baselineGlobals = new HashSet<>(globals());
  }

  /**
   * A copy of the sample without its baseUrl: the sample names the address it would be published
   * at, where its 404 page takes its stylesheet and script from; the test server is not that
   * address, so the pages are built for wherever they are served, as without a baseUrl.
   */
  private static Path servedHere(Path content, Path copy) throws IOException {
    try (Stream<Path> files = Files.walk(content)) {
      for (Path f : files.filter(p -> !p.toString().contains("/target")).toList()) {
        Path to = copy.resolve(content.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
    Path radar = copy.resolve("radar.yaml");
    Files.writeString(radar, Files.readString(radar).replaceAll("(?m)^baseUrl: .*\\n", ""));
    return copy;
  }

  private static GenerationResult generate(Path content, Path output) throws IOException {
    GenerationResult r =
        new RadarGenerator(GeneratorOptions.builder(content).outputDirectory(output).build())
            .generate();
    DiagnosticFormatter formatter = new DiagnosticFormatter(content.toString());
    assertThat(r.written())
        .as(
            "building %s:%n%s",
            content,
            String.join(
                "\n",
                r.diagnostics().stream().filter(Diagnostic::isError).map(formatter::text).toList()))
        .isTrue();
    return r;
  }

  private static ChromeDriver startChromium(Path profile) {
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(BrowserEnvironment.CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BrowserEnvironment.CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile,
        "--window-size=1280,1024");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    // A real dialog would block the session; the watch script replaces the dialog functions anyway.
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.DISMISS_AND_NOTIFY);
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
    return chrome;
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (sampleServer != null) {
      sampleServer.close();
    }
    if (adversarialServer != null) {
      adversarialServer.close();
    }
  }

  // ---- the sample radar ----------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Access.class)
  void theRadarDrawsOneLinkPerBlip(Access access) {
    open(access, sample, "index.html");
    List<WebElement> blips = driver.findElements(By.cssSelector("svg.radar-chart a.blip"));
    assertThat(blips).hasSize(blipPages(sample).size());
    WebElement chart = driver.findElement(By.cssSelector("svg.radar-chart"));
    assertThat(chart.isDisplayed()).isTrue();
    assertThat(chart.getSize().getWidth()).isGreaterThan(300);
    assertClean(access, false);
  }

  /**
   * At the default desktop width every number on the chart renders at 11 CSS px or more and stays
   * inside its mark, three digits too.
   */
  @Test
  void atDesktopWidthTheChartsNumbersAreLegibleAndInsideTheirMarks() {
    withWindow(
        1400,
        1000,
        () -> {
          open(Access.HTTP, sample, "index.html");
          List<?> problems =
              (List<?>)
                  js(
                      "var out = [];"
                          + "document.querySelectorAll('svg.radar-chart:not(.radar-map) a.blip')"
                          + ".forEach(function (a) {"
                          + " var t = a.querySelector('text.blip-number');"
                          + " var px = t.getScreenCTM().a * parseFloat(getComputedStyle(t).fontSize);"
                          + " var n = t.getBoundingClientRect(), s = a.querySelector('.blip-shape')"
                          + ".getBoundingClientRect();"
                          + " if (px < 11) { out.push(t.textContent + ' at ' + px + ' px'); }"
                          + " if (n.left < s.left || n.right > s.right || n.top < s.top"
                          + " || n.bottom > s.bottom) { out.push(t.textContent + ' outside'); }"
                          + "});"
                          + "return out;");
          assertThat(problems)
              .as(
                  "numbers too small or outside their marks (viewport %s, chart %s)",
                  js("return window.innerWidth;"),
                  js(
                      "return document.querySelector('svg.radar-chart').getBoundingClientRect().width;"))
              .isEmpty();
          WebElement chart = driver.findElement(By.cssSelector("svg.radar-chart"));
          WebElement right = driver.findElement(By.cssSelector(".quadrant-key.key-right"));
          WebElement left = driver.findElement(By.cssSelector(".quadrant-key.key-left"));
          assertThat(right.getRect().getX())
              .as("a right legend beside the chart")
              .isGreaterThanOrEqualTo(chart.getRect().getX() + chart.getRect().getWidth());
          assertThat(left.getRect().getX() + left.getRect().getWidth())
              .as("a left legend beside the chart")
              .isLessThanOrEqualTo(chart.getRect().getX());
          assertThat(right.getRect().getY())
              .isLessThan(chart.getRect().getY() + chart.getRect().getHeight() / 2);
        });
  }

  /**
   * A host serves the 404 page at the missing path itself. Without baseUrl, from a sub-path (as
   * GitLab Pages serves a project site) and a nested missing path, the page still has its styles
   * and its links lead into the site.
   */
  @Test
  void the404PageWithoutBaseUrlWorksFromASubPathAtANestedMissingPath() throws IOException {
    try (SiteServer project =
        SiteServer.startUnder(WORK.resolve("sample"), AdversarialSiteTest.CSP, "/group/radar/")) {
      for (String missing : List.of("gone.html", "blips/gone/deeper/missing.html")) {
        driver.manage().logs().get(LogType.BROWSER);
        driver.get(project.baseUrl() + missing);
        new WebDriverWait(driver, WAIT)
            .until(d -> "complete".equals(js("return document.readyState;")));
        assertThat(driver.findElement(By.tagName("body")).getDomAttribute("class"))
            .contains("page-not-found");
        assertThat(
                driver
                    .findElement(By.cssSelector(".site-header"))
                    .getCssValue("border-bottom-style"))
            .as("site.css applies at %s", missing)
            .isEqualTo("solid");
        WebElement home = driver.findElement(By.cssSelector(".site-title"));
        new WebDriverWait(driver, WAIT)
            .until(d -> home.getAttribute("href").equals(project.baseUrl() + "index.html"));
        for (WebElement a : driver.findElements(By.cssSelector("main a[href]"))) {
          assertThat(a.getAttribute("href"))
              .as("a link on the 404 page")
              .startsWith(project.baseUrl());
        }
        assertClean(Access.HTTP, false);
      }
      driver.findElement(By.cssSelector(".quadrant-links a")).click();
      new WebDriverWait(driver, WAIT)
          .until(d -> d.getCurrentUrl().startsWith(project.baseUrl() + "quadrants/"));
      assertThat(driver.findElement(By.tagName("body")).getDomAttribute("class"))
          .contains("page-quadrant");
    }
  }

  /**
   * The comparisons overview lists every product once with a link to its page, its recommended
   * alternatives link to their blips, the keyboard reaches a product and opens it, and on a phone
   * the stacked tables fit the screen.
   */
  @ParameterizedTest
  @EnumSource(Access.class)
  void theComparisonsOverviewLeadsToEveryProductAndItsAlternatives(Access access) {
    open(access, sample, "comparisons.html");
    List<String> products =
        sample.files().stream()
            .filter(f -> f.startsWith("products/") && f.endsWith(".html"))
            .map(f -> f.substring("products/".length(), f.length() - ".html".length()))
            .sorted()
            .toList();
    List<WebElement> rows = driver.findElements(By.cssSelector("table.overview-table tbody tr"));
    assertThat(rows.stream().map(r -> r.getDomAttribute("data-product")).sorted().toList())
        .as("one row per product")
        .isEqualTo(products);
    for (WebElement row : rows) {
      String id = row.getDomAttribute("data-product");
      assertThat(row.findElement(By.cssSelector("th a")).getAttribute("href"))
          .endsWith("products/" + id + ".html");
      for (WebElement alt : row.findElements(By.cssSelector(".recommended a"))) {
        assertThat(alt.getAttribute("href")).contains("/blips/");
      }
    }
    WebElement teams = driver.findElement(By.cssSelector("tr[data-product='microsoft-teams']"));
    assertThat(teams.findElements(By.cssSelector(".recommended li"))).isNotEmpty();
    assertThat(teams.findElement(By.cssSelector(".recommended .score-label")).getText())
        .matches("\\d+/100|not applicable.*");
    tabToAndFollow("table.overview-table th a", 40);
    assertThat(driver.getCurrentUrl()).contains("/products/");
    assertThat(driver.findElement(By.cssSelector("table.comparison")).isDisplayed()).isTrue();
    assertClean(access, false);
  }

  @Test
  void onAPhoneTheComparisonsTablesFitTheScreen() {
    withWindow(
        390,
        844,
        () -> {
          open(Access.HTTP, sample, "comparisons.html");
          assertThat(((Number) js("return document.documentElement.scrollWidth;")).intValue())
              .as("no horizontal scrolling")
              .isLessThanOrEqualTo(390);
          WebElement vendor =
              driver.findElement(By.cssSelector("table.overview-table tbody td[data-label]"));
          assertThat(vendor.getRect().getWidth()).isGreaterThan(200);
        });
  }

  /** Hovering or focusing a legend entry marks its blip on the chart, and the other way round. */
  @ParameterizedTest
  @EnumSource(Access.class)
  void theLegendBesideTheChartHighlightsBothWays(Access access) {
    withWindow(
        1400,
        1000,
        () -> {
          open(access, sample, "index.html");
          WebElement entry =
              driver.findElement(By.cssSelector(".quadrant-key-list .key-item:nth-child(2)"));
          String id = entry.getDomAttribute("data-blip");
          WebElement blip =
              driver.findElement(By.cssSelector("svg.radar-chart a.blip[data-blip='" + id + "']"));
          assertThat(entry.findElement(By.cssSelector(".blip-number")).getText())
              .isEqualTo(blip.findElement(By.cssSelector("text.blip-number")).getText());
          new Actions(driver).moveToElement(entry.findElement(By.tagName("a"))).perform();
          assertThat(blip.getDomAttribute("class")).contains("is-highlighted");
          String hovered = entry.findElement(By.tagName("a")).getCssValue("background-color");
          assertThat(hovered).isNotEqualTo("rgba(0, 0, 0, 0)");
          new Actions(driver).moveToElement(driver.findElement(By.tagName("h1"))).perform();
          assertThat(blip.getDomAttribute("class")).doesNotContain("is-highlighted");
          new Actions(driver).moveToElement(blip).perform();
          assertThat(entry.getDomAttribute("class")).contains("is-highlighted");
          new Actions(driver).moveToElement(driver.findElement(By.tagName("h1"))).perform();
          js("arguments[0].focus();", entry.findElement(By.tagName("a")));
          assertThat(blip.getDomAttribute("class")).contains("is-highlighted");
          assertClean(access, false);
        });
  }

  /**
   * On a phone the whole chart gives way to one sector per quadrant above its legend, and every
   * link of the radar (the legend entries: the sectors are pictures) is at least 24 CSS px.
   */
  @Test
  void onAPhoneEachQuadrantComesOnItsOwnWithTapTargetsOf24Pixels() {
    withWindow(
        390,
        844,
        () -> {
          open(Access.HTTP, sample, "index.html");
          assertThat(driver.findElement(By.cssSelector(".chart-home")).isDisplayed()).isFalse();
          List<WebElement> maps = driver.findElements(By.cssSelector(".quadrant-map svg"));
          assertThat(maps).isNotEmpty().allMatch(WebElement::isDisplayed);
          assertThat(maps.get(0).getRect().getWidth()).isLessThanOrEqualTo(390);
          assertThat(driver.findElements(By.cssSelector(".quadrant-map a"))).isEmpty();
          List<?> small =
              (List<?>)
                  js(
                      "var out = [];"
                          + "document.querySelectorAll('.radar-board a').forEach(function (a) {"
                          + " var r = a.getBoundingClientRect();"
                          + " if (r.width > 0 && (r.width < 24 || r.height < 24)) {"
                          + " out.push(a.textContent + ' ' + r.width + 'x' + r.height); }"
                          + "});"
                          + "return out;");
          assertThat(small).as("tap targets under 24 px").isEmpty();
          assertThat((Number) js("return document.documentElement.scrollWidth;"))
              .satisfies(w -> assertThat(w.intValue()).isLessThanOrEqualTo(390));
        });
  }

  private static void withWindow(int width, int height, Runnable check) {
    org.openqa.selenium.Dimension before = driver.manage().window().getSize();
    try {
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
      check.run();
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  @ParameterizedTest
  @EnumSource(Access.class)
  void aClickOnAMatrixColumnSortsItsRowsAndTellsScreenReaders(Access access) {
    open(access, sample, "matrix.html");
    WebElement table = driver.findElement(By.cssSelector("table.matrix"));
    WebElement score =
        table.findElements(By.cssSelector("thead th")).stream()
            .filter(th -> th.getText().startsWith("Score"))
            .findFirst()
            .orElseThrow();
    score.findElement(By.cssSelector("button.sort")).click();
    assertThat(score.getDomAttribute("aria-sort")).isEqualTo("descending");
    int column = table.findElements(By.cssSelector("thead th")).indexOf(score);
    List<Integer> keys =
        table.findElements(By.cssSelector("tbody tr")).stream()
            .map(
                tr ->
                    Integer.parseInt(
                        tr.findElements(By.cssSelector("th, td"))
                            .get(column)
                            .getDomAttribute("data-sort")))
            .toList();
    assertThat(keys).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    score.findElement(By.cssSelector("button.sort")).click();
    assertThat(score.getDomAttribute("aria-sort")).isEqualTo("ascending");
    assertClean(access, false);
  }

  /**
   * The forms the script shows keep their space until then, so a phone's home page does not jump:
   * the layout shifts it records (PerformanceObserver, as Lighthouse's CLS) stay under 0.1, "good".
   */
  @Test
  void theHomePageDoesNotJumpWhenTheScriptShowsItsForms() {
    org.openqa.selenium.Dimension before = driver.manage().window().getSize();
    try {
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
      open(Access.HTTP, sample, "index.html");
      Number shift =
          (Number)
              driver.executeAsyncScript(
                  "var done = arguments[arguments.length - 1], sum = 0;"
                      + "new PerformanceObserver(function (list) {"
                      + " list.getEntries().forEach(function (e) {"
                      + " if (!e.hadRecentInput) { sum += e.value; } }); })"
                      + ".observe({type: 'layout-shift', buffered: true});"
                      + "setTimeout(function () { done(sum); }, 800);");
      assertThat(shift.doubleValue()).as("cumulative layout shift").isLessThan(0.1);
      assertThat(driver.findElement(By.cssSelector("form.search")).isDisplayed()).isTrue();
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  @ParameterizedTest
  @EnumSource(Access.class)
  void matrixFiltersNarrowTheRowsAndSaySo(Access access) {
    open(access, sample, "matrix.html");
    WebElement form = driver.findElement(By.id("matrixFilters"));
    assertThat(form.isDisplayed()).isTrue();
    int all = driver.findElements(By.cssSelector("table.matrix tbody tr")).size();
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("matrixCriticality")))
        .selectByValue("critical");
    List<WebElement> shown =
        driver.findElements(By.cssSelector("table.matrix tbody tr")).stream()
            .filter(WebElement::isDisplayed)
            .toList();
    assertThat(shown).isNotEmpty().hasSizeLessThan(all);
    assertThat(shown)
        .allSatisfy(tr -> assertThat(tr.getDomAttribute("data-criticality")).isEqualTo("critical"));
    assertThat(form.findElement(By.cssSelector(".filter-status")).getText())
        .isEqualTo(shown.size() + " of " + all + " applications shown");
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("matrixArea")))
        .selectByValue("cloud-provider");
    assertThat(
            driver.findElements(By.cssSelector("table.matrix")).stream()
                .filter(WebElement::isDisplayed))
        .allSatisfy(t -> assertThat(t.getDomAttribute("data-area")).isEqualTo("cloud-provider"));
    assertClean(access, false);
  }

  @ParameterizedTest
  @EnumSource(Access.class)
  void theKeyboardReachesEveryTimelineStepAndOpensIt(Access access) {
    open(access, sample, "roadmap.html");
    List<WebElement> bars = driver.findElements(By.cssSelector("svg.timeline a.timeline-step"));
    long steps =
        sample.files().stream()
            .filter(f -> f.startsWith("roadmap/") && f.endsWith(".html"))
            .count();
    assertThat(bars).hasSize((int) steps);
    // The same steps as a table, for readers who cannot see the picture.
    assertThat(driver.findElements(By.cssSelector("table.steps tbody tr"))).hasSize((int) steps);
    tabToAndFollow("svg.timeline a.timeline-step", 120);
    assertThat(driver.findElement(By.cssSelector("h1")).getText()).isNotBlank();
    assertClean(access, false);
  }

  /**
   * A product page printed on A4 keeps every alternative: the capability matrix prints transposed,
   * one row per alternative. Checked on the PDF's own text (pdftotext -raw, in drawing order; from
   * poppler-utils, which .ci/run installs), whitespace ignored because a long name may wrap in its
   * cell.
   */
  @Test
  void aPrintedProductPageNamesEveryAlternative() throws Exception {
    Path pdftotext = Path.of("/usr/bin/pdftotext");
    if (!Files.isExecutable(pdftotext)) {
      if (BrowserEnvironment.inCi()) {
        throw new AssertionError("pdftotext is missing: apt-get install poppler-utils");
      }
      org.junit.jupiter.api.Assumptions.abort(
          "pdftotext is missing: apt-get install poppler-utils");
    }
    String widest =
        sample.files().stream()
            .filter(f -> f.startsWith("products/") && f.endsWith(".html"))
            .max(
                java.util.Comparator.comparingInt(
                        (String f) ->
                            org.jsoup.Jsoup.parse(read(sample, f))
                                .select("table.capability-matrix thead th")
                                .size())
                    .thenComparing(java.util.Comparator.reverseOrder()))
            .orElseThrow();
    List<String> names =
        org.jsoup.Jsoup.parse(read(sample, widest))
            .select("table.capability-matrix thead th a")
            .eachText();
    assertThat(names)
        .as("alternatives in the capability matrix of %s", widest)
        .hasSizeGreaterThan(8);
    open(Access.HTTP, sample, widest);
    org.openqa.selenium.print.PrintOptions options = new org.openqa.selenium.print.PrintOptions();
    options.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
    byte[] pdf = java.util.Base64.getDecoder().decode(driver.print(options).getContent());
    Path file = WORK.resolve("product.pdf");
    Files.write(file, pdf);
    Process p =
        new ProcessBuilder(pdftotext.toString(), "-raw", file.toString(), "-")
            .redirectErrorStream(true)
            .start();
    String text =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isZero();
    // Only the capability section counts: the comparison table above it names them all too.
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(read(sample, widest));
    List<String> headings = page.select("main h2").eachText();
    String section = page.select("section:has(table.capability-matrix) h2").first().text();
    int at = headings.indexOf(section);
    String squeezedAll = text.replaceAll("\\s+", "");
    int from = squeezedAll.indexOf(section.replaceAll("\\s+", ""));
    assertThat(from).as("the printed page has the section %s", section).isNotNegative();
    int to =
        at + 1 < headings.size()
            ? squeezedAll.indexOf(headings.get(at + 1).replaceAll("\\s+", ""), from)
            : -1;
    String squeezed = squeezedAll.substring(from, to < 0 ? squeezedAll.length() : to);
    for (String name : names) {
      assertThat(squeezed)
          .as("the printed %s names %s", widest, name)
          .contains(name.replaceAll("\\s+", ""));
    }
  }

  /**
   * The report printed on A4 portrait: in print media at the width of the page's printable area
   * (210 mm less the report's 1.2 cm margins, 703 CSS pixels) no table or picture reaches past the
   * right edge, so nothing is cut off; and Chromium's own print gives a PDF of several pages.
   */
  @Test
  void theReportPrintsOnA4WithoutAClippedTable() {
    open(Access.HTTP, sample, "report.html");
    try {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
      driver.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", 703, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
      @SuppressWarnings("unchecked")
      List<String> clipped =
          (List<String>)
              js(
                  "var w = document.documentElement.clientWidth, out = [];"
                      + "document.querySelectorAll('table, svg, figure, .report-section')"
                      + ".forEach(function (e) { var r = e.getBoundingClientRect();"
                      + " if (r.width > 0 && r.right > w + 1) out.push(e.tagName + '.' +"
                      + " e.getAttribute('class') + ' ends at ' + Math.round(r.right)); });"
                      + "if (document.documentElement.scrollWidth > w + 1) out.push('page is '"
                      + " + document.documentElement.scrollWidth + ' wide');"
                      + "return out;");
      assertThat(clipped).as("elements wider than an A4 page").isEmpty();
      assertThat(driver.findElements(By.cssSelector(".site-nav, form.search")))
          .allSatisfy(e -> assertThat(e.isDisplayed()).isFalse());
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
    String pdf = driver.print(new org.openqa.selenium.print.PrintOptions()).getContent();
    byte[] bytes = java.util.Base64.getDecoder().decode(pdf);
    assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(text.split("/Type\\s*/Page[^s]", -1).length - 1)
        .as("pages of the printed report")
        .isGreaterThanOrEqualTo(4);
  }

  @ParameterizedTest
  @EnumSource(Access.class)
  void clickingABlipOpensItsPage(Access access) {
    open(access, sample, "index.html");
    WebElement blip = driver.findElements(By.cssSelector("svg.radar-chart a.blip")).get(0);
    String href = absolute(blip.getDomAttribute("href"));
    String title = blip.findElement(By.tagName("title")).getAttribute("textContent");
    blip.click();
    new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().equals(href));
    assertThat(driver.findElement(By.tagName("h1")).getText()).contains(title);
    assertClean(access, false);
  }

  @ParameterizedTest
  @EnumSource(Access.class)
  void theKeyboardReachesTheBlips(Access access) {
    open(access, sample, "index.html");
    tabToAndFollow("svg.radar-chart a.blip", 60);
    assertClean(access, false);
  }

  @ParameterizedTest
  @EnumSource(Access.class)
  void filtersNarrowTheChartAndTheLists(Access access) {
    open(access, sample, "index.html");
    Select ring = new Select(driver.findElement(By.id("filterRing")));
    String wanted = ring.getOptions().get(ring.getOptions().size() - 1).getAttribute("value");
    ring.selectByValue(wanted);
    new WebDriverWait(driver, WAIT)
        .until(d -> !d.findElement(By.cssSelector(".filter-status")).getText().isEmpty());
    List<WebElement> shownItems =
        driver.findElements(By.cssSelector(".blip-item")).stream()
            .filter(WebElement::isDisplayed)
            .toList();
    assertThat(shownItems).isNotEmpty().allMatch(li -> wanted.equals(li.getAttribute("data-ring")));
    List<WebElement> chartBlips = driver.findElements(By.cssSelector("svg.radar-chart a.blip"));
    for (WebElement b : chartBlips) {
      boolean out = b.getAttribute("class").contains("is-filtered-out");
      assertThat(out)
          .as("chart blip %s", b.getAttribute("data-blip"))
          .isEqualTo(!wanted.equals(b.getAttribute("data-ring")));
    }
    assertThat(
            chartBlips.stream()
                .filter(b -> !b.getAttribute("class").contains("is-filtered-out"))
                .count())
        .isEqualTo(shownItems.size());
    assertClean(access, false);
  }

  /** A product's name finds its comparison page first, labelled as the alternatives to it. */
  @ParameterizedTest
  @EnumSource(Access.class)
  void searchFindsTheComparisonOfAProductFirst(Access access) {
    open(access, sample, "index.html");
    driver.findElement(By.id("radarSearch")).sendKeys("Microsoft Teams");
    List<WebElement> results =
        new WebDriverWait(driver, WAIT)
            .until(
                d -> {
                  List<WebElement> found = d.findElements(By.cssSelector(".search-results a"));
                  return found.isEmpty() ? null : found;
                });
    assertThat(results.get(0).getText()).isEqualTo("Alternatives to Microsoft Teams");
    assertThat(results.get(0).getDomAttribute("href")).endsWith("products/microsoft-teams.html");
    // Application pages are in the internal build's index, marked as such.
    driver.findElement(By.id("radarSearch")).clear();
    driver.findElement(By.id("radarSearch")).sendKeys("Exchange Online");
    new WebDriverWait(driver, WAIT)
        .until(
            d ->
                d.findElements(By.cssSelector(".search-results li")).stream()
                    .anyMatch(li -> li.getText().contains("Application of the organisation")));
    assertClean(access, false);
  }

  @ParameterizedTest
  @EnumSource(Access.class)
  void searchFindsABlipByItsTitle(Access access) {
    open(access, sample, "index.html");
    WebElement first = driver.findElements(By.cssSelector("svg.radar-chart a.blip")).get(0);
    String title = first.findElement(By.tagName("title")).getAttribute("textContent");
    String href = absolute(first.getDomAttribute("href"));
    WebElement input = driver.findElement(By.id("radarSearch"));
    input.sendKeys(title);
    List<WebElement> results =
        new WebDriverWait(driver, WAIT)
            .until(
                d -> {
                  List<WebElement> found = d.findElements(By.cssSelector(".search-results a"));
                  return found.isEmpty() ? null : found;
                });
    WebElement hit =
        results.stream()
            .filter(a -> href.equals(a.getDomProperty("href")))
            .findFirst()
            .orElse(null);
    assertThat(hit).as("a search result for '%s' links to %s", title, href).isNotNull();
    hit.click();
    new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().equals(href));
    assertClean(access, false);
  }

  static Stream<String> samplePages() {
    List<String> pages = new ArrayList<>(List.of("index.html", "about.html", "404.html"));
    pages.add(first(sample, "quadrants/"));
    pages.add(first(sample, "blips/"));
    pages.add(first(sample, "tags/"));
    sample.files().stream()
        .filter(f -> f.startsWith("products/") && f.endsWith(".html"))
        .findFirst()
        .ifPresent(pages::add);
    pages.add("comparisons.html");
    // The sample has an inventory: the matrix and an application's page are internal pages.
    pages.add("matrix.html");
    pages.add(first(sample, "inventory/"));
    // ... and a roadmap, with its steps and the assessment report.
    pages.add("roadmap.html");
    pages.add(first(sample, "roadmap/"));
    pages.add("report.html");
    // ... and editions: the list, one edition's changes, a past radar and a retired blip.
    pages.add("changes.html");
    pages.add(first(sample, "changes/"));
    pages.add(first(sample, "editions/"));
    pages.add("blips/focalboard.html");
    return pages.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samplePages")
  void samplePagesLoadWithoutConsoleErrorsOrPolicyViolations(String page) {
    for (Access access : Access.values()) {
      open(access, sample, page);
      assertClean(access, false);
    }
  }

  static Stream<String> axePages() {
    // The French site (translated) and a German blip page (untranslated, with its notice).
    List<String> translated =
        List.of(
            "fr/index.html",
            "fr/blips/nextcloud.html",
            "fr/products/microsoft-teams.html",
            "fr/matrix.html",
            "fr/roadmap.html",
            "fr/about.html",
            "de/blips/nextcloud.html");
    return Stream.concat(samplePages().filter(p -> !p.equals("404.html")), translated.stream());
  }

  @ParameterizedTest
  @EnumSource(Access.class)
  void theLanguageSwitcherKeepsThePage(Access access) {
    open(access, sample, "blips/nextcloud.html");
    String english = driver.getCurrentUrl();
    driver.findElement(By.cssSelector(".language-switcher a[hreflang=fr]")).click();
    new WebDriverWait(driver, WAIT)
        .until(d -> d.getCurrentUrl().endsWith("/fr/blips/nextcloud.html"));
    assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
    assertThat(driver.findElement(By.cssSelector(".language-switcher [aria-current]")).getText())
        .isEqualTo("Français");
    assertThat(driver.findElements(By.cssSelector(".translation-notice"))).isEmpty();
    driver.findElement(By.cssSelector(".language-switcher a[hreflang=de]")).click();
    new WebDriverWait(driver, WAIT)
        .until(d -> d.getCurrentUrl().endsWith("/de/blips/nextcloud.html"));
    // The blip has no German translation: English text, said in German.
    assertThat(driver.findElement(By.cssSelector(".translation-notice")).getText())
        .contains("noch nicht ins Deutsche übersetzt");
    assertThat(driver.findElement(By.tagName("h1")).getDomAttribute("lang")).isEqualTo("en");
    driver.findElement(By.cssSelector(".language-switcher a[hreflang=en]")).click();
    new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().equals(english));
    assertClean(access, false);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("axePages")
  void samplePagesHaveNoSeriousOrCriticalAccessibilityViolations(String page) {
    open(Access.HTTP, sample, page);
    Results results = new AxeBuilder().analyze(driver);
    assertThat(results.isErrored()).as("axe failed: %s", results.getErrorMessage()).isFalse();
    List<String> serious = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
        StringBuilder sb =
            new StringBuilder(rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp());
        for (CheckedNode node : rule.getNodes().subList(0, Math.min(5, rule.getNodes().size()))) {
          sb.append("\n    ")
              .append(node.getTarget())
              .append(" ")
              .append(abbreviate(node.getHtml()));
        }
        serious.add(sb.toString());
      }
    }
    assertThat(serious).as("axe on %s", page).isEmpty();
  }

  // ---- the adversarial corpus ------------------------------------------------------------------

  static Stream<String> adversarialPages() {
    // The 404 page links through the corpus' baseUrl (https://radar.example.org/), an external
    // origin from 127.0.0.1 and from file://; it is checked on the sample, which has no baseUrl.
    return adversarial.files().stream().filter(f -> f.endsWith(".html") && !f.equals("404.html"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adversarialPages")
  void noAdversarialPayloadRuns(String page) {
    for (Access access : Access.values()) {
      open(access, adversarial, page);
      assertClean(access, true);
      Object liveHandlers =
          js(
              "var n = 0; document.querySelectorAll('*').forEach(function (e) {"
                  + " for (var i = 0; i < e.attributes.length; i++) { if (/^on/i.test(e.attributes[i].name)) { n++; } } });"
                  + " return n;");
      assertThat(liveHandlers)
          .as("event handler attributes in the live DOM of %s", page)
          .isEqualTo(0L);
    }
  }

  @ParameterizedTest
  @EnumSource(Access.class)
  void searchShowsPayloadsAsText(Access access) {
    open(access, adversarial, "index.html");
    driver.findElement(By.id("radarSearch")).sendKeys("script");
    List<WebElement> results =
        new WebDriverWait(driver, WAIT)
            .until(
                d -> {
                  List<WebElement> found = d.findElements(By.cssSelector(".search-results a"));
                  return found.size() >= 3 ? found : null;
                });
    assertThat(results.stream().map(WebElement::getText).toList())
        .anyMatch(t -> t.contains("</script><script>alert(\"search-title\")</script>"));
    assertThat(driver.findElements(By.cssSelector(".search-results script, .search-results img")))
        .isEmpty();
    assertClean(access, true);
  }

  @ParameterizedTest
  @EnumSource(Access.class)
  @SuppressWarnings("unchecked")
  void theContentSecurityPolicyIsInForce(Access access) {
    open(access, adversarial, "index.html");
    Object ran =
        js(
            "var s = document.createElement('script'); s.textContent = 'window.__inlineRan = true;';"
                + " document.head.appendChild(s); return window.__inlineRan === true;");
    assertThat(ran).as("an inline script added to the page runs (%s)", access).isEqualTo(false);
    List<String> violations = (List<String>) js("return window.__radarTest.violations;");
    assertThat(violations).anyMatch(v -> v.startsWith("script-src"));
    driver.manage().logs().get(LogType.BROWSER);
  }

  // ---- helpers
  // -----------------------------------------------------------------------------------

  /**
   * Presses Tab until a link matching {@code selector} has the focus (at most {@code presses}
   * times), then Enter, and waits for its page to open.
   */
  private static void tabToAndFollow(String selector, int presses) {
    Actions keys = new Actions(driver);
    boolean reached = false;
    for (int i = 0; i < presses && !reached; i++) {
      keys.sendKeys(Keys.TAB).perform();
      reached =
          Boolean.TRUE.equals(js("return document.activeElement.matches(arguments[0]);", selector));
    }
    assertThat(reached)
        .as("%s gets the focus within %d presses of Tab", selector, presses)
        .isTrue();
    String href = absolute((String) js("return document.activeElement.getAttribute('href');"));
    keys.sendKeys(Keys.ENTER).perform();
    new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().equals(href));
  }

  private static void open(Access access, GenerationResult site, String page) {
    String url =
        switch (access) {
          case HTTP -> (site == sample ? sampleServer : adversarialServer).baseUrl() + page;
          case FILE -> site.site().orElseThrow().resolve(page).toUri().toString();
        };
    driver.manage().logs().get(LogType.BROWSER);
    driver.get(url);
    new WebDriverWait(driver, WAIT)
        .until(
            d ->
                "complete"
                    .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /**
   * No console error, policy violation, dialog, uncaught error or new global. With {@code
   * corpusImages}, the policy may refuse the corpus' external images (https://example.org/...),
   * which the Markdown renders as {@code <img>}: the policy doing its job.
   */
  @SuppressWarnings("unchecked")
  private static void assertClean(Access access, boolean corpusImages) {
    String where = access + " " + driver.getCurrentUrl();
    Map<String, Object> seen = (Map<String, Object>) js("return window.__radarTest;");
    assertThat(seen).as("the watch script ran on %s", where).isNotNull();
    List<String> violations = new ArrayList<>((List<String>) seen.get("violations"));
    if (corpusImages) {
      violations.removeIf(v -> v.startsWith("img-src " + CORPUS_IMAGE_HOST));
    }
    assertThat(violations).as("Content-Security-Policy violations on %s", where).isEmpty();
    assertThat((List<String>) seen.get("dialogs")).as("dialogs opened on %s", where).isEmpty();
    assertThat((List<String>) seen.get("errors")).as("uncaught errors on %s", where).isEmpty();
    assertThat(js("return typeof window.__pwned;"))
        .as("window.__pwned on %s", where)
        .isEqualTo("undefined");
    List<String> newGlobals = new ArrayList<>(globals());
    newGlobals.removeAll(baselineGlobals);
    newGlobals.remove("sovereignRadarSearch");
    // Selenium's own helpers, installed when a test reads an element.
    newGlobals.removeIf(g -> g.startsWith("se_") || g.startsWith("$cdc_") || g.startsWith("cdc_"));
    assertThat(newGlobals).as("globals set on %s", where).isEmpty();
    List<String> console = new ArrayList<>();
    // The 404 page of a radar without baseUrl also tries site.css and site.js from parent roots;
    // all but the one at the site's root fail to load, by design (PageMetas.FALLBACK_ROOTS).
    boolean notFoundPage =
        Boolean.TRUE.equals(js("return document.body.classList.contains('page-not-found');"));
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      // A host answers a missing path with the 404 page and status 404, which Chrome reports too.
      if (notFoundPage
          && (entry.getMessage().matches("(?s).*assets/(site\\.css|site\\.js|favicon\\.svg).*")
              || entry.getMessage().startsWith(driver.getCurrentUrl() + " "))
          && entry
              .getMessage()
              .matches(
                  "(?s).*(Failed to load resource|ERR_FILE_NOT_FOUND|Refused to apply style"
                      + "|Refused to execute script).*")) {
        continue;
      }
      boolean refusedImage =
          corpusImages
              && entry.getMessage().contains("the image '" + CORPUS_IMAGE_HOST)
              && entry.getMessage().contains("Content Security Policy");
      if (entry.getLevel().intValue() >= Level.WARNING.intValue() && !refusedImage) {
        console.add(entry.getLevel() + " " + entry.getMessage());
      }
    }
    assertThat(console).as("browser console on %s", where).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static List<String> globals() {
    return (List<String>) js("return Object.getOwnPropertyNames(window);");
  }

  private static Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  /** {@code relative} resolved against the current page, as the browser would follow it. */
  private static String absolute(String relative) {
    return (String) js("return new URL(arguments[0], document.baseURI).href;", relative);
  }

  /** The pages of the blips on the radar: retired blips keep a page but leave the chart. */
  private static List<String> blipPages(GenerationResult site) {
    return site.files().stream()
        .filter(f -> f.startsWith("blips/") && f.endsWith(".html"))
        .filter(f -> !read(site, f).contains("retired-page"))
        .toList();
  }

  private static String read(GenerationResult site, String page) {
    try {
      return Files.readString(site.site().orElseThrow().resolve(page));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String first(GenerationResult site, String folder) {
    return site.files().stream()
        .filter(f -> f.startsWith(folder) && f.endsWith(".html"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the site has no page in " + folder));
  }

  private static String abbreviate(String s) {
    return s.length() > 160 ? s.substring(0, 160) + "…" : s;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    AdversarialCorpus.removeLinks(root);
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
