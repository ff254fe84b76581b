package org.sitrep.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app of {@code sitrep serve} in a real browser: headless Debian Chromium driven by Selenium
 * over the real server and a SQLite ledger of the shipped example articles ({@link ServedExamples}).
 *
 * <p>It covers the bars: the map draws the ingested incidents (as many as the API lists for the
 * view, as markers or inside clusters, contested ones marked) and its base layer draws no streak across
 * the world; brushing the timeline filters the map by date and clearing it restores the map; an incident
 * page marks the evidence and claims at the API's offsets; a review action and a correction made in the
 * page show up in its audit log, visibly (no card covers them); article text is shown as text and never
 * becomes markup (a pasted article carrying {@code <script>} and {@code <img onerror>}: checked in the
 * DOM, as the server's Content-Security-Policy would block the script anyway); a viewer gets no review
 * controls (and the server refuses the write); the pages log no severe console error. Expectations come
 * from the JSON API at run time, never from hard-coded counts. The tests run in order (review and ingest
 * change the ledger) and share one browser.
 *
 * <p>Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian: {@code apt-get install
 * chromium chromium-driver}); without them the class is skipped, or fails when the environment variable
 * {@code SITREP_REQUIRE_BROWSER} is set (CI). Screenshots go to {@code app/target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A view of the whole world in which every example incident lies. */
    private static final String WORLD = "/?lat=25&lon=0&z=2";
    private static final String SCRIPT = "<script>window.__xss=1</script>";
    private static final String IMG = "<img src=x onerror=\"window.__xss=2\">";

    @TempDir
    static Path dir;

    private static ServedExamples served;
    private static ChromeDriverService service;
    private static ChromeDriver driver;
    private static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        List<Path> missing = List.of(CHROMIUM, CHROMEDRIVER).stream().filter(p -> !Files.isExecutable(p)).toList();
        if (!missing.isEmpty()) {
            String msg = "no browser for the web app tests: " + missing
                    + " missing; install them with: apt-get install chromium chromium-driver";
            if (System.getenv("SITREP_REQUIRE_BROWSER") != null) {
                fail(msg + " (SITREP_REQUIRE_BROWSER is set, so this is a failure)");
            }
            Assumptions.assumeTrue(false, msg);
        }
        Files.createDirectories(SHOTS);
        served = ServedExamples.start(dir, true);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1366,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (service != null) {
                service.stop();
            }
            if (served != null) {
                served.close();
            }
        }
    }

    /** Each test starts logged out, with the page's session cookie gone. */
    @BeforeEach
    void loggedOut() {
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /* ---------- 1. the map ---------- */

    @Test
    @Order(1)
    void mapShowsMarkersForTheIngestedExamples() throws Exception {
        drainConsole();
        JsonNode all = api("/api/incidents?limit=5000");
        int total = all.get("total").asInt();
        assertThat(total).as("incidents of the example set").isPositive();

        open("/");
        Listing start = settledListing();
        JsonNode same = api(start.query());
        assertThat(start.count()).as("#marker-count on the map page").isPositive()
                .isEqualTo(located(same.get("incidents")).size());
        assertThat(start.total()).isEqualTo(same.get("total").asInt());
        assertThat(start.count()).as("the API's incidents inside the page's viewport " + start.param("bbox"))
                .isEqualTo(insideBbox(all.get("incidents"), start.param("bbox")).size());
        MapMarks marks = waitForMarks(start.count());
        assertThat(marks.markers() + marks.clusters()).isPositive();
        assertThat(driver.findElements(By.cssSelector("#map .sitrep-marker, #map .sitrep-cluster")))
                .anyMatch(WebElement::isDisplayed);
        shot("1-map-start");
        assertNoSevereConsoleErrors();

        // The whole world at once: every listed incident is on the map. (Centred on lon 0: at zoom 2 the
        // world is narrower than the map, and Leaflet's maxBounds would move another centre.)
        open(WORLD);
        Listing world = settledListing();
        assertThat(insideBbox(all.get("incidents"), world.param("bbox"))).as("the world view shows every incident")
                .hasSize(located(all.get("incidents")).size());
        assertThat(world.count()).isEqualTo(located(all.get("incidents")).size());
        // an incident placed at a region without a reference point ("central Gaza") is listed, but on no map
        assertThat(world.total()).isEqualTo(located(all.get("incidents")).size()).isLessThanOrEqualTo(total);
        waitForMarks(world.count());
        shot("1-map-world");
        // The offline base layer draws no streak across the world where a country crosses the
        // antimeridian (Russia's Chukotka at about 65-71 N, Fiji at about 16.5 S): open sea stays sea.
        BufferedImage image = ImageIO.read(
                new ByteArrayInputStream(((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES)));
        double north = Double.parseDouble(world.param("bbox").split(",")[3]);
        assertThat(latAtMapTop()).as("the projection of the URL's view matches the page's bbox").isCloseTo(north,
                org.assertj.core.data.Offset.offset(0.5));
        int ocean = pixelAt(image, -40, -120, 0);
        for (double[] sea : new double[][] {{68, 0}, {71.2, 5}, {-16.5, -110}, {-16.5, -20}}) {
            for (int dy = -4; dy <= 4; dy++) {
                int rgb = pixelAt(image, sea[0], sea[1], dy);
                assertThat(close(rgb, ocean)).as("open sea at %s,%s%+d px: #%06x, the sea elsewhere #%06x",
                        sea[0], sea[1], dy, rgb & 0xffffff, ocean & 0xffffff).isTrue();
            }
        }

        // One theatre: Ukraine, where the map shows markers (and clusters) for exactly its incidents.
        List<JsonNode> ukraine = located(all.get("incidents")).stream()
                .filter(i -> "UA".equals(i.path("country").asText())).toList();
        assertThat(ukraine).as("Ukrainian incidents in the example set").isNotEmpty();
        double lat = ukraine.stream().mapToDouble(i -> i.get("lat").asDouble()).average().orElseThrow();
        double lon = ukraine.stream().mapToDouble(i -> i.get("lon").asDouble()).average().orElseThrow();
        open(String.format(java.util.Locale.ROOT, "/?lat=%.4f&lon=%.4f&z=6", lat, lon));
        Listing theatre = settledListing();
        List<JsonNode> inTheatre = insideBbox(all.get("incidents"), theatre.param("bbox"));
        assertThat(theatre.count()).isPositive().isEqualTo(inTheatre.size());
        MapMarks theatreMarks = waitForMarks(theatre.count());
        assertThat(theatreMarks.markers()).as(".sitrep-marker elements over Ukraine").isPositive();
        if (inTheatre.stream().anyMatch(i -> i.path("contested").asBoolean())) {
            assertThat(theatreMarks.contestedMarkers() + theatreMarks.contestedClusters())
                    .as("a contested marker or a cluster holding one").isPositive();
        }
        shot("1-map-ukraine");
        // The panel lists the latest incidents of the view, each linking to its page.
        List<WebElement> listed = driver.findElements(By.cssSelector("#incident-list li"));
        assertThat(listed).hasSize(Math.min(25, inTheatre.size()));
        Set<String> theatreIds = new java.util.HashSet<>();
        inTheatre.forEach(i -> theatreIds.add(i.get("id").asText()));
        assertThat(listed).allSatisfy(li -> {
            assertThat(theatreIds).contains(li.getAttribute("data-id"));
            assertThat(li.findElement(By.tagName("a")).getAttribute("href"))
                    .endsWith("incident.html?id=" + li.getAttribute("data-id"));
        });

        // Zoomed in on a contested Ukrainian incident: no clustering at zoom 11, one marker per incident.
        JsonNode contested = ukraine.stream().filter(i -> i.path("contested").asBoolean()).findFirst().orElse(null);
        if (contested != null) {
            open(String.format(java.util.Locale.ROOT, "/?lat=%.5f&lon=%.5f&z=11", contested.get("lat").asDouble(),
                    contested.get("lon").asDouble()));
            Listing close = settledListing();
            List<JsonNode> near = insideBbox(all.get("incidents"), close.param("bbox"));
            assertThat(close.count()).isEqualTo(near.size());
            MapMarks closeMarks = waitForMarks(close.count());
            assertThat(closeMarks.clusters()).as("no clusters at zoom 11").isZero();
            assertThat(closeMarks.markers()).isEqualTo(near.size());
            assertThat(closeMarks.contestedMarkers()).as(".sitrep-marker.contested at " + contested.get("place"))
                    .isEqualTo((int) near.stream().filter(i -> i.path("contested").asBoolean()).count())
                    .isPositive();
            assertThat(driver.findElements(By.cssSelector("#map .sitrep-marker.contested")))
                    .anyMatch(m -> String.valueOf(m.getAttribute("title")).contains(contested.get("place").asText()));
            shot("1-map-contested-zoom11");
        }
        assertNoSevereConsoleErrors();
    }

    /* ---------- 2. the timeline ---------- */

    @Test
    @Order(2)
    void brushingTheTimelineChangesTheMarkers() throws Exception {
        open(WORLD);
        Listing before = settledListing();
        assertThat(before.count()).isPositive();
        WebElement timeline = driver.findElement(By.cssSelector("svg#timeline"));
        waitUntil(d -> !timeline.findElements(By.cssSelector(".bars rect")).isEmpty());
        assertThat(timeline.findElements(By.cssSelector("rect.brush"))).isEmpty();

        // Drag from 30 % to 70 % of the plot (its left margin is 40 px, its right one 12 px).
        int width = timeline.getSize().getWidth();
        int plot = width - 40 - 12;
        int from = 40 + (int) (plot * 0.30) - width / 2;
        new Actions(driver).moveToElement(timeline, from, 0).clickAndHold().moveByOffset((int) (plot * 0.40), 0)
                .release().perform();

        waitUntil(d -> d.getCurrentUrl().contains("since=") && d.getCurrentUrl().contains("until="));
        Map<String, String> url = params(driver.getCurrentUrl());
        String since = url.get("since");
        String until = url.get("until");
        assertThat(since).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(until).matches("\\d{4}-\\d{2}-\\d{2}").isGreaterThan(since);
        List<WebElement> brush = timeline.findElements(By.cssSelector("rect.brush"));
        assertThat(brush).hasSize(1);
        assertThat(Double.parseDouble(brush.get(0).getAttribute("width"))).isGreaterThan(plot * 0.3);
        assertThat(driver.findElement(By.id("f-since")).getAttribute("value")).isEqualTo(since);
        assertThat(driver.findElement(By.id("f-until")).getAttribute("value")).isEqualTo(until);
        assertThat(driver.findElement(By.id("brush-label")).getText()).contains(since).contains(until);

        Listing brushed = settledListing();
        assertThat(brushed.param("since")).isEqualTo(since);
        assertThat(brushed.param("until")).isEqualTo(until);
        JsonNode expected = api("/api/incidents?limit=5000&since=" + since + "&until=" + until + "&bbox="
                + enc(brushed.param("bbox")));
        assertThat(expected.get("total").asInt()).as("the brushed dates leave out some incidents")
                .isLessThan(before.total());
        assertThat(brushed.count()).as("#marker-count after brushing " + since + " to " + until)
                .isEqualTo(located(expected.get("incidents")).size()).isNotEqualTo(before.count());
        assertThat(brushed.total()).isEqualTo(expected.get("total").asInt());
        waitForMarks(brushed.count());
        shot("2-timeline-brushed");

        driver.findElement(By.id("brush-clear")).click();
        waitUntil(d -> !d.getCurrentUrl().contains("since=") && !d.getCurrentUrl().contains("until="));
        Listing cleared = settledListing();
        assertThat(cleared.param("since")).isNull();
        assertThat(cleared.count()).as("#marker-count after clearing the dates").isEqualTo(before.count());
        assertThat(timeline.findElements(By.cssSelector("rect.brush"))).isEmpty();
        waitForMarks(cleared.count());
        shot("2-timeline-cleared");
    }

    /* ---------- 3. evidence on the incident page ---------- */

    @Test
    @Order(3)
    void incidentPageHighlightsTheEvidenceAtTheApiOffsets() throws Exception {
        JsonNode chosen = null;
        JsonNode article = null;
        JsonNode record = null;
        for (JsonNode inc : api("/api/incidents?limit=5000").get("incidents")) {
            JsonNode detail = api("/api/incidents/" + inc.get("id").asInt());
            JsonNode report = detail.path("reports").path(0);
            if (report.isMissingNode()) {
                continue;
            }
            JsonNode a = api("/api/articles/" + report.get("articleId").asInt());
            JsonNode r = recordFor(report, a);
            if (r != null && r.path("claims").isArray() && r.path("claims").size() > 0) {
                chosen = detail;
                article = a;
                record = r;
                break;
            }
        }
        assertThat(chosen).as("an incident whose first report has evidence and claims with offsets").isNotNull();
        String text = article.get("text").asText();
        List<int[]> evidence = spans(record.get("evidence"), text.length());
        List<int[]> claims = spans(record.get("claims"), text.length());
        assertThat(evidence).isNotEmpty();

        int id = chosen.get("incident").get("id").asInt();
        open("/incident.html?id=" + id);
        WebElement pre = driver.findElement(By.id("article-text"));
        waitUntil(d -> pre.getAttribute("aria-busy") == null
                && !pre.findElements(By.cssSelector("mark.evidence")).isEmpty());

        assertThat(js("return document.getElementById('article-text').textContent")).as("the article, verbatim")
                .isEqualTo(text);
        assertThat(driver.findElements(By.cssSelector("#reports li[data-event-id]")))
                .hasSize(chosen.get("reports").size());
        assertThat(driver.findElement(By.cssSelector("#reports li.current")).getAttribute("data-event-id"))
                .isEqualTo(chosen.get("reports").get(0).get("eventId").asText());

        List<int[]> evidenceMarks = marks("mark.evidence");
        for (int[] m : evidenceMarks) {
            String shown = text.substring(m[0], m[1]);
            assertThat(evidence).as("evidence mark '%s' at %d-%d lies in an evidence span", shown, m[0], m[1])
                    .anyMatch(s -> s[0] <= m[0] && m[1] <= s[1]);
        }
        assertThat(union(evidenceMarks).stream().map(BrowserTest::key).toList())
                .as("the evidence marks cover exactly the API's evidence spans")
                .isEqualTo(union(evidence).stream().map(BrowserTest::key).toList());
        if (!claims.isEmpty()) {
            List<int[]> claimMarks = marks("mark.claim");
            assertThat(claimMarks).as("claim marks").isNotEmpty();
            assertThat(union(claimMarks).stream().map(BrowserTest::key).toList())
                    .isEqualTo(union(claims).stream().map(BrowserTest::key).toList());
        }
        // The marks' own text is the article's text at those offsets.
        List<String> markTexts = driver.findElements(By.cssSelector("#article-text mark.evidence")).stream()
                .map(m -> (String) js("return arguments[0].textContent", m)).toList();
        assertThat(markTexts).allSatisfy(t -> assertThat(text).contains(t));
        shot("3-incident-evidence");
    }

    /* ---------- 4. review and audit ---------- */

    @Test
    @Order(4)
    void reviewActionsAppearInTheAuditLog() throws Exception {
        JsonNode inc = null;
        for (JsonNode i : api("/api/incidents?limit=5000").get("incidents")) {
            if (i.path("review").isNull() && i.path("fatalitiesLow").isInt()) {
                inc = i;
                break;
            }
        }
        assertThat(inc).as("an unreviewed incident with a fatality figure").isNotNull();
        int id = inc.get("id").asInt();
        int auditBefore = api("/api/incidents/" + id).get("audit").size();

        open("/incident.html?id=" + id);
        waitUntil(d -> d.findElement(By.id("review-status")).getText().equals("unreviewed"));
        assertThat(driver.findElement(By.id("review")).isDisplayed()).as("review is hidden before login").isFalse();
        logIn(ServedExamples.ANALYST, "analyst");
        waitUntil(d -> d.findElement(By.id("review")).isDisplayed());
        assertThat(driver.findElements(By.cssSelector("#audit li"))).hasSize(auditBefore);

        String note = "checked against two outlets";
        driver.findElement(By.id("r-note")).sendKeys(note);
        driver.findElement(By.cssSelector("#review [data-action=confirm]")).click();
        waitUntil(d -> d.findElements(By.cssSelector("#audit li")).size() == auditBefore + 1);
        WebElement confirmRow = lastAuditRow();
        assertThat(confirmRow.getAttribute("data-action")).isEqualTo("confirm");
        assertThat(confirmRow.findElement(By.cssSelector(".who")).getText()).isEqualTo(ServedExamples.ANALYST);
        assertThat(confirmRow.findElement(By.cssSelector(".action")).getText()).isEqualTo("confirm");
        assertThat(confirmRow.findElement(By.cssSelector(".note")).getText()).isEqualTo(note);
        assertThat(driver.findElement(By.id("review-status")).getText()).isEqualTo("confirmed");
        waitUntil(d -> !d.findElement(By.cssSelector("#review [data-action=confirm]")).isEnabled());
        JsonNode afterConfirm = api("/api/incidents/" + id);
        assertThat(afterConfirm.get("incident").get("review").asText()).isEqualTo("confirmed");
        JsonNode confirmAudit = afterConfirm.get("audit").get(auditBefore);
        assertThat(confirmAudit.get("analyst").asText()).isEqualTo(ServedExamples.ANALYST);
        assertThat(confirmAudit.get("action").asText()).isEqualTo("confirm");
        assertThat(confirmRow.getAttribute("data-audit-id")).isEqualTo(confirmAudit.get("id").asText());

        // A correction: fatalities, shown as before → after.
        int low = inc.get("fatalitiesLow").asInt();
        String newValue = (low + 1) + "-" + (low + 4);
        String shownBefore = driver.findElement(By.id("fatalities")).getText();
        driver.findElement(By.id("r-fatalities")).sendKeys(newValue);
        driver.findElement(By.cssSelector("#review [data-action=fatalities]")).click();
        waitUntil(d -> d.findElements(By.cssSelector("#audit li")).size() == auditBefore + 2);
        WebElement fixRow = lastAuditRow();
        JsonNode fixAudit = api("/api/incidents/" + id).get("audit").get(auditBefore + 1);
        assertThat(fixAudit.get("action").asText()).isEqualTo("fatalities");
        assertThat(fixRow.getAttribute("data-action")).isEqualTo("fatalities");
        assertThat(fixRow.findElement(By.cssSelector(".who")).getText()).isEqualTo(ServedExamples.ANALYST);
        List<String> codes = fixRow.findElements(By.cssSelector(".change code")).stream().map(WebElement::getText)
                .toList();
        assertThat(codes).containsExactly(fixAudit.get("before").asText(), fixAudit.get("after").asText());
        assertThat(codes.get(0)).contains(String.valueOf(low));
        assertThat(codes.get(1)).isEqualTo(newValue);
        assertThat(fixRow.findElement(By.cssSelector(".change")).getText()).contains("→");
        // ...and visibly so: scrolled to, no part of the audit rows is covered by another card.
        js("arguments[0].scrollIntoView({block: 'center'})", fixRow);
        List<WebElement> rows = driver.findElements(By.cssSelector("#audit li"));
        for (WebElement row : rows.subList(auditBefore, rows.size())) {
            for (WebElement part : row.findElements(By.xpath("./*"))) {
                assertThat((String) js("const e = arguments[0], r = e.getBoundingClientRect(), y = r.top + r.height / 2;"
                        + "for (const x of [r.left + 1, r.left + r.width / 2, r.right - 1]) {"
                        + "  const top = document.elementFromPoint(x, y);"
                        + "  if (top !== e && !e.contains(top)) return `${Math.round(x)},${Math.round(y)} is under `"
                        + "    + (top?.closest('[id]')?.id ?? top?.tagName); }"
                        + "return null;", part))
                        .as("audit row %s, %s '%s'", row.getAttribute("data-action"), part.getAttribute("class"),
                                part.getText())
                        .isNull();
            }
        }
        shot("4-review-audit");
        waitUntil(d -> d.findElement(By.id("fatalities")).getText().equals((low + 1) + "–" + (low + 4)));
        assertThat(shownBefore).isNotEqualTo(driver.findElement(By.id("fatalities")).getText());
        assertThat(driver.findElement(By.id("review-status")).getText()).isEqualTo("confirmed");

        // The audit survives a reload (it comes from the ledger, not from the page's memory).
        driver.navigate().refresh();
        waitUntil(d -> d.findElements(By.cssSelector("#audit li")).size() == auditBefore + 2);
    }

    /* ---------- 5. untrusted article text ---------- */

    @Test
    @Order(5)
    void articleTextIsShownAsTextNeverAsMarkup() throws Exception {
        String text = String.join("\n",
                "Russian shelling kills three in Nikopol, governor says " + SCRIPT,
                "",
                "Russian artillery shelled the Ukrainian town of Nikopol on Tuesday morning, killing three civilians"
                        + " and wounding seven, the governor of the Dnipropetrovsk region said.",
                "",
                "\"The enemy hit a residential quarter of Nikopol with heavy artillery. Three people were killed and"
                        + " seven wounded,\" governor Serhiy Lysak wrote on Telegram. " + IMG,
                "",
                "He said two apartment blocks, a school and a gas pipeline had been damaged in the attack.",
                "",
                "Russia's defence ministry denied that its forces had shelled the town, saying its artillery had only"
                        + " struck Ukrainian military positions across the reservoir.",
                "",
                "Nikopol lies across the Kakhovka reservoir from the Russian-occupied Zaporizhzhia nuclear power plant"
                        + " and is shelled almost daily.");
        assertThat(api("/api/incidents?limit=50&q=Nikopol").get("total").asInt())
                .as("no example mentions Nikopol yet").isZero();
        drainConsole();

        // Pasted in the map page's ingest box by an analyst.
        open("/");
        logIn(ServedExamples.ANALYST, "analyst");
        waitUntil(d -> d.findElement(By.id("ingest-panel")).isDisplayed());
        driver.findElement(By.cssSelector("#ingest-panel summary")).click();
        setValue(driver.findElement(By.id("i-text")), text);
        driver.findElement(By.id("i-outlet")).sendKeys("Test Wire");
        setValue(driver.findElement(By.id("i-published")), "2024-09-10");
        driver.findElement(By.id("ingest-submit")).click();
        WebElement progress = driver.findElement(By.id("ingest-progress"));
        waitUntil(d -> progress.getText().matches("(?s).*Batch \\S+: done.*")
                || progress.getText().contains("failed:"));
        assertThat(progress.getText()).doesNotContain("Ingest failed");
        String batch = progress.getText().replaceFirst("(?s).*Batch (\\S+): done.*", "$1");
        JsonNode state = api("/api/ingest/" + enc(batch));
        assertThat(state.get("state").asText()).isEqualTo("done");
        assertThat(state.get("added").asInt()).as("batch %s: %s", batch, state).isEqualTo(1);
        assertThat(state.get("failed").asInt()).isZero();
        shot("5-ingest-done");

        JsonNode found = api("/api/incidents?limit=50&q=Nikopol");
        assertThat(found.get("total").asInt()).as("incidents of the pasted article").isPositive();
        for (JsonNode inc : found.get("incidents")) {
            int id = inc.get("id").asInt();
            open("/incident.html?id=" + id);
            WebElement pre = driver.findElement(By.id("article-text"));
            waitUntil(d -> pre.getAttribute("aria-busy") == null && pre.getText().contains("Nikopol"));
            String shown = (String) js("return document.getElementById('article-text').textContent");
            assertThat(shown).as("the article text, verbatim, on incident %d", id).isEqualTo(text)
                    .contains("<script>").contains(SCRIPT).contains(IMG);
            assertThat(pre.findElements(By.cssSelector("script, img, iframe, object, [onerror]"))).isEmpty();
            assertThat(pre.findElements(By.xpath(".//*[not(self::mark)]"))).as("only marks inside the article")
                    .isEmpty();
            // Nowhere in the page (summary, reports' snippets, claims) did the text become markup.
            assertThat(((Number) js("return document.querySelectorAll('img, [onerror], iframe, object').length")).intValue())
                    .isZero();
            assertThat((Boolean) js("return [...document.scripts].every(s => s.src && !s.textContent.includes('__xss'))"))
                    .as("only the page's own scripts").isTrue();
            assertThat((String) js("return document.body.textContent")).contains(SCRIPT);
            settle();
            assertThat((Boolean) js("return window.__xss === undefined")).as("window.__xss after incident %d", id)
                    .isTrue();
            shot("5-xss-incident-" + id);
        }
        // The map page with the new incident drawn.
        open("/");
        settledListing();
        settle();
        assertThat((Boolean) js("return window.__xss === undefined")).isTrue();
        // No blocked inline script (CSP), no request for the image "x": nothing was ever parsed as HTML.
        assertNoSevereConsoleErrors();
    }

    /* ---------- 6. viewers ---------- */

    @Test
    @Order(6)
    void viewerCannotReview() throws Exception {
        JsonNode inc = api("/api/incidents?limit=5000").get("incidents").get(0);
        int id = inc.get("id").asInt();
        JsonNode before = api("/api/incidents/" + id);

        open("/incident.html?id=" + id);
        WebElement pre = driver.findElement(By.id("article-text"));
        waitUntil(d -> pre.getAttribute("aria-busy") == null && !pre.getText().isEmpty());
        logIn(ServedExamples.VIEWER, "viewer");
        waitUntil(d -> !d.findElements(By.cssSelector("#reports li[data-event-id]")).isEmpty());
        assertThat(driver.findElement(By.id("review")).isDisplayed()).as("#review for a viewer").isFalse();
        assertThat(driver.findElement(By.id("review")).getAttribute("hidden")).isNotNull();
        assertThat(driver.findElements(By.cssSelector("[data-action]"))).isNotEmpty()
                .noneMatch(WebElement::isDisplayed);
        assertThat(driver.findElements(By.cssSelector("input.pick"))).as("split checkboxes").isEmpty();
        shot("6-viewer-incident");

        // The server refuses too: a viewer's review request with a valid session and CSRF token gets 403.
        Object status = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/api/session').then(r => r.json()).then(s => fetch('/api/incidents/" + id + "/review', {"
                        + " method: 'POST', headers: {'Content-Type': 'application/json', 'X-CSRF-Token': s.csrf},"
                        + " body: JSON.stringify({action: 'confirm'})})).then(r => done(r.status), e => done(String(e)));");
        assertThat(status).isEqualTo(403L);
        JsonNode after = api("/api/incidents/" + id);
        assertThat(after.get("audit")).isEqualTo(before.get("audit"));
        assertThat(after.get("incident").get("review")).isEqualTo(before.get("incident").get("review"));

        open("/");
        waitUntil(d -> d.findElement(By.id("login-who")).getText().equals(ServedExamples.VIEWER));
        assertThat(driver.findElement(By.id("ingest-panel")).isDisplayed()).as("ingest panel for a viewer").isFalse();
        shot("6-viewer-map");
    }

    /* ---------- helpers: the page ---------- */

    private static void open(String path) {
        driver.get(served.base() + path);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT, Duration.ofMillis(100)).until(condition);
    }

    /** Lets pending timers, image loads and event handlers run (one short settle, not a polling loop). */
    private static void settle() {
        ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => setTimeout(done, 300));");
    }

    private static void setValue(WebElement input, String value) {
        js("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, value);
    }

    private static void logIn(String name, String role) {
        waitUntil(d -> d.findElement(By.id("login-name")).isDisplayed());
        driver.findElement(By.id("login-name")).sendKeys(name);
        driver.findElement(By.id("login-password")).sendKeys(ServedExamples.PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        waitUntil(d -> d.findElement(By.id("login-who")).getText().equals(name));
        // textContent: the role is shown in capitals by CSS.
        assertThat(driver.findElement(By.id("login-role")).getDomProperty("textContent")).isEqualTo(role);
        assertThat(driver.findElement(By.id("login-error")).getText()).isEmpty();
    }

    private static WebElement lastAuditRow() {
        List<WebElement> rows = driver.findElements(By.cssSelector("#audit li"));
        return rows.get(rows.size() - 1);
    }

    private static void shot(String name) throws IOException {
        File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** What the map page listed last: its /api/incidents request and the count it shows. */
    record Listing(String query, int count, int total) {
        String param(String name) {
            return params(query).get(name);
        }
    }

    /**
     * Waits until the map page has no listing in flight and its last /api/incidents request and
     * #marker-count have stayed the same for 700 ms (longer than the page's 250 ms debounce of map moves).
     */
    @SuppressWarnings("unchecked")
    private static Listing settledListing() {
        String[] last = {null};
        long[] stableSince = {0};
        return waitUntil(d -> {
            Map<String, Object> s = (Map<String, Object>) js(
                    "const q = performance.getEntriesByType('resource').map(e => e.name)"
                            + ".filter(n => n.includes('/api/incidents?'));"
                            + "const c = document.getElementById('marker-count');"
                            + "return {loading: document.body.classList.contains('loading'), n: q.length,"
                            + " query: q.length ? q[q.length - 1] : null, count: c.textContent,"
                            + " dataCount: c.dataset.count, total: c.dataset.total ?? null};");
            if (Boolean.TRUE.equals(s.get("loading")) || s.get("query") == null || s.get("total") == null) {
                last[0] = null;
                return null;
            }
            String key = s.get("n") + "|" + s.get("query") + "|" + s.get("count") + "|" + s.get("total");
            long now = System.nanoTime();
            if (!key.equals(last[0])) {
                last[0] = key;
                stableSince[0] = now;
                return null;
            }
            if (now - stableSince[0] < 700_000_000L) {
                return null;
            }
            assertThat(s.get("count")).as("#marker-count text = data-count").isEqualTo(s.get("dataCount"));
            return new Listing((String) s.get("query"), Integer.parseInt((String) s.get("count")),
                    Integer.parseInt((String) s.get("total")));
        });
    }

    /** Markers and client clusters on the map. */
    record MapMarks(int markers, int contestedMarkers, int clusters, int contestedClusters, int inClusters) {}

    /** Waits until every incident drawn is on the map, as a marker or inside a cluster (they come in chunks). */
    @SuppressWarnings("unchecked")
    private static MapMarks waitForMarks(int drawn) {
        MapMarks[] seen = {null};
        try {
            return waitUntil(d -> {
                Map<String, Object> m = (Map<String, Object>) js(
                        "const q = s => [...document.querySelectorAll('#map ' + s)];"
                                + "return {markers: q('.sitrep-marker').length, contestedMarkers: q('.sitrep-marker.contested').length,"
                                + " clusters: q('.sitrep-cluster').length, contestedClusters: q('.sitrep-cluster.contested').length,"
                                + " inClusters: q('.sitrep-cluster').reduce((n, c) => n + Number(c.textContent.replace(/\\D/g, '')), 0)};");
                MapMarks marks = new MapMarks(num(m.get("markers")), num(m.get("contestedMarkers")), num(m.get("clusters")),
                        num(m.get("contestedClusters")), num(m.get("inClusters")));
                seen[0] = marks;
                return marks.markers() + marks.inClusters() == drawn ? marks : null;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the map should show " + drawn + " incidents as markers or in clusters; it shows "
                    + seen[0], e);
        }
    }

    /** [start, end) of the marks matching selector inside #article-text, as offsets in its text. */
    @SuppressWarnings("unchecked")
    private static List<int[]> marks(String selector) {
        List<List<Number>> raw = (List<List<Number>>) js(
                "const pre = document.getElementById('article-text');"
                        + "return [...pre.querySelectorAll(arguments[0])].map(m => {"
                        + " const r = document.createRange(); r.setStart(pre, 0); r.setEndBefore(m);"
                        + " const start = r.toString().length; return [start, start + m.textContent.length]; });",
                selector);
        return raw.stream().map(l -> new int[] {l.get(0).intValue(), l.get(1).intValue()}).toList();
    }

    private void drainConsole() {
        try {
            driver.manage().logs().get(LogType.BROWSER);
        } catch (WebDriverException | UnsupportedOperationException e) {
            // No browser logs with this driver: the check is skipped.
        }
    }

    private void assertNoSevereConsoleErrors() {
        List<LogEntry> entries;
        try {
            entries = driver.manage().logs().get(LogType.BROWSER).getAll();
        } catch (WebDriverException | UnsupportedOperationException e) {
            System.err.println("BrowserTest: browser console logs unavailable, check skipped: " + e.getMessage());
            return;
        }
        assertThat(entries.stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList()).as("severe errors in the browser console").isEmpty();
    }

    /* ---------- helpers: the API ---------- */

    private static JsonNode api(String pathOrUrl) throws IOException, InterruptedException {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : served.base() + pathOrUrl;
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).as("GET %s: %s", url, res.body()).isEqualTo(200);
        return JSON.readTree(res.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Map<String, String> params(String url) {
        Map<String, String> out = new LinkedHashMap<>();
        int q = url.indexOf('?');
        if (q < 0) {
            return out;
        }
        for (String pair : url.substring(q + 1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(k, v);
        }
        return out;
    }

    private static List<JsonNode> located(JsonNode incidents) {
        return StreamSupport.stream(incidents.spliterator(), false)
                .filter(i -> i.path("lat").isNumber() && i.path("lon").isNumber()).toList();
    }

    /** The incidents with coordinates inside bbox (west,south,east,north), as the server filters them. */
    private static List<JsonNode> insideBbox(JsonNode incidents, String bbox) {
        assertThat(bbox).as("the page's bbox").isNotNull();
        String[] p = bbox.split(",");
        double w = Double.parseDouble(p[0]);
        double s = Double.parseDouble(p[1]);
        double e = Double.parseDouble(p[2]);
        double n = Double.parseDouble(p[3]);
        return located(incidents).stream().filter(i -> {
            double lat = i.get("lat").asDouble();
            double lon = i.get("lon").asDouble();
            return lat >= s && lat <= n && lon >= w && lon <= e;
        }).toList();
    }

    /** The extraction record the page highlights for a report (incident.js recordFor). */
    private static JsonNode recordFor(JsonNode report, JsonNode article) {
        JsonNode own = report.path("event");
        if (hasOffsets(own)) {
            return own;
        }
        for (JsonNode e : article.path("events")) {
            if (!own.path("id").isMissingNode() && e.path("id").equals(own.path("id")) && hasOffsets(e)) {
                return e;
            }
        }
        return null;
    }

    private static boolean hasOffsets(JsonNode record) {
        for (JsonNode s : record.path("evidence")) {
            if (s.path("start").isInt()) {
                return true;
            }
        }
        return false;
    }

    /** The valid [start, end) spans of evidence or claims (as highlight.js keeps them). */
    private static List<int[]> spans(JsonNode list, int length) {
        List<int[]> out = new ArrayList<>();
        for (JsonNode s : list) {
            if (s.path("start").isInt() && s.path("end").isInt()) {
                int a = s.get("start").asInt();
                int b = s.get("end").asInt();
                if (a >= 0 && b <= length && a < b) {
                    out.add(new int[] {a, b});
                }
            }
        }
        return out;
    }

    /** Overlapping or touching spans merged, in order. */
    private static List<int[]> union(List<int[]> spans) {
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort((x, y) -> Integer.compare(x[0], y[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] s : sorted) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                out.add(new int[] {s[0], s[1]});
            }
        }
        return out;
    }

    private static String key(int[] span) {
        return span[0] + "-" + span[1];
    }

    /**
     * The screenshot's colour at lat,lon (dy pixels below it) on the map page, from the view in the URL
     * (Web Mercator, as Leaflet projects it).
     */
    private static int pixelAt(BufferedImage image, double lat, double lon, int dy) {
        Map<String, String> view = params(driver.getCurrentUrl());
        double z = Double.parseDouble(view.get("z"));
        WebElement map = driver.findElement(By.id("map"));
        org.openqa.selenium.Rectangle box = map.getRect();
        double[] p = mercator(lat, lon, z);
        double[] c = mercator(Double.parseDouble(view.get("lat")), Double.parseDouble(view.get("lon")), z);
        int x = (int) Math.round(box.getX() + box.getWidth() / 2.0 + p[0] - c[0]);
        int y = (int) Math.round(box.getY() + box.getHeight() / 2.0 + p[1] - c[1]) + dy;
        assertThat(x).isBetween(box.getX(), box.getX() + box.getWidth() - 1);
        assertThat(y).isBetween(box.getY(), box.getY() + box.getHeight() - 1);
        return image.getRGB(x, y);
    }

    /** The latitude of the map's top edge, by the view in the URL. */
    private static double latAtMapTop() {
        Map<String, String> view = params(driver.getCurrentUrl());
        double size = 256 * Math.pow(2, Double.parseDouble(view.get("z")));
        double top = mercator(Double.parseDouble(view.get("lat")), 0, Double.parseDouble(view.get("z")))[1]
                - driver.findElement(By.id("map")).getRect().getHeight() / 2.0;
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * top / size))));
    }

    private static double[] mercator(double lat, double lon, double zoom) {
        double size = 256 * Math.pow(2, zoom);
        double phi = Math.toRadians(lat);
        return new double[] {(lon + 180) / 360 * size,
                (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2 * size};
    }

    private static boolean close(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((a >> shift & 0xff) - (b >> shift & 0xff)) > 8) {
                return false;
            }
        }
        return true;
    }

    private static int num(Object o) {
        return ((Number) o).intValue();
    }
}
