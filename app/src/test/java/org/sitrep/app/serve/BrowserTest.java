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
            assertThat(pre.findElements(By.xpath(".//*[not(self::mark) and not(self::span[@class='para'])]")))
                    .as("only paragraphs and marks inside the article").isEmpty();
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

    /* ---------- 7. the analyst's view (issue 10) ---------- */

    /** Screenshots an analyst's eye should check: the map at three zooms, the incident page, the table. */
    private static final String WORLD_VIEW = "analyst-map-world";

    @Test
    @Order(7)
    void reviewErrorsShowNextToTheControlThatCausedThem() throws Exception {
        long id = api("/api/incidents?limit=5000").get("incidents").get(0).get("id").asLong();
        int audit = api("/api/incidents/" + id).get("audit").size();
        open("/incident.html?id=" + id);
        logIn(ServedExamples.ANALYST, "analyst");
        waitUntil(d -> d.findElement(By.id("review")).isDisplayed());

        WebElement place = driver.findElement(By.id("r-place"));
        place.sendKeys("Nowhereville");
        driver.findElement(By.cssSelector("#review [data-action=place]")).click();
        WebElement placeError = driver.findElement(By.id("err-place"));
        waitUntil(d -> placeError.isDisplayed() && !placeError.getText().isBlank());
        assertThat(placeError.getText()).contains("unknown place 'Nowhereville'");
        assertThat(place.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(place.getDomProperty("value")).as("the value stays for the analyst to fix").isEqualTo("Nowhereville");
        assertRightUnder(placeError, place);
        assertThat(driver.findElement(By.id("status")).getText()).doesNotContain("Nowhereville");
        shot("7-review-error-place");

        WebElement type = driver.findElement(By.id("r-type"));
        type.sendKeys("laser duel");
        driver.findElement(By.cssSelector("#review [data-action=type]")).click();
        WebElement typeError = driver.findElement(By.id("err-type"));
        waitUntil(d -> typeError.isDisplayed() && !typeError.getText().isBlank());
        assertThat(typeError.getText()).containsIgnoringCase("type");
        assertThat(placeError.isDisplayed()).as("the earlier error is gone").isFalse();
        assertRightUnder(typeError, type);

        WebElement into = driver.findElement(By.id("r-into"));
        into.sendKeys("999999");
        driver.findElement(By.cssSelector("#review [data-action=merge]")).click();
        WebElement mergeError = driver.findElement(By.id("err-merge"));
        waitUntil(d -> mergeError.isDisplayed() && !mergeError.getText().isBlank());
        assertThat(mergeError.getText()).contains("999999");
        assertRightUnder(mergeError, into);
        assertThat(api("/api/incidents/" + id).get("audit")).as("nothing was decided").hasSize(audit);
    }

    @Test
    @Order(8)
    void twoPastesGetIdsOfTheirOwnAndLinksToTheirIncidents() throws Exception {
        String[] texts = {
            "Shelling kills two in Kupiansk\n\nRussian artillery shelled the town of Kupiansk in the Kharkiv region on"
                    + " Monday, killing two civilians and wounding five, the regional governor said.",
            "Drone strike hits Sumy power station\n\nRussian drones struck a power station in Sumy on Monday night,"
                    + " wounding three workers, the regional military administration said."};
        open("/");
        logIn(ServedExamples.ANALYST, "analyst");
        waitUntil(d -> d.findElement(By.id("ingest-panel")).isDisplayed());
        driver.findElement(By.cssSelector("#ingest-panel summary")).click();
        List<String> sources = new ArrayList<>();
        for (String text : texts) {
            setValue(driver.findElement(By.id("i-text")), text);
            setValue(driver.findElement(By.id("i-published")), "2024-09-16");
            driver.findElement(By.id("ingest-submit")).click();
            WebElement progress = driver.findElement(By.id("ingest-progress"));
            waitUntil(d -> progress.getText().matches("(?s).*Batch \\S+: done.*")
                    && !progress.findElements(By.cssSelector(".ingest-incidents a")).isEmpty());
            String batch = progress.getText().replaceFirst("(?s).*Batch (\\S+): done.*", "$1");
            JsonNode state = api("/api/ingest/" + enc(batch));
            assertThat(state.get("added").asInt()).as(state.toString()).isEqualTo(1);
            List<String> linked = progress.findElements(By.cssSelector(".ingest-incidents a")).stream()
                    .map(a -> a.getAttribute("href").replaceFirst(".*incident\\.html\\?id=", "")).toList();
            List<String> expected = new ArrayList<>();
            state.get("incidents").forEach(i -> expected.add(i.asText()));
            assertThat(linked).as("links to the incidents batch %s made or joined", batch).isNotEmpty()
                    .containsExactlyElementsOf(expected);
            assertThat((Boolean) js("const r = arguments[0].getBoundingClientRect();"
                    + "return r.height > 0 && r.top >= 0 && r.top < window.innerHeight;", progress))
                    .as("the progress is in view, not below the fold").isTrue();
            for (String id : linked) {
                api("/api/incidents/" + id).get("reports").forEach(r -> {
                    if (r.path("sourceId").asText().startsWith("pasted-")) {
                        sources.add(r.path("sourceId").asText());
                    }
                });
            }
            shot("8-ingest-links-" + sources.size());
        }
        assertThat(sources).as("the two pastes' article ids").hasSize(2).doesNotHaveDuplicates();
        // The link opens the incident the paste became.
        driver.findElement(By.cssSelector("#ingest-progress .ingest-incidents a")).click();
        waitUntil(d -> d.getCurrentUrl().contains("incident.html?id="));
        waitUntil(d -> !d.findElements(By.cssSelector("#reports li[data-event-id]")).isEmpty());
    }

    @Test
    @Order(9)
    void theTableSortsAndFiltersLikeTheApi() throws Exception {
        open("/?view=table&lat=48.5&lon=33&z=5");
        WebElement table = driver.findElement(By.id("table-view"));
        String query = tableQuery(null);
        JsonNode listed = api("/api/incidents?" + query);
        List<String> apiIds = ids(listed.get("incidents"));
        assertThat(apiIds).as("incidents in the table's view").hasSizeGreaterThan(3);
        assertThat(tableIds()).as("the table holds what the API lists, latest first").isEqualTo(apiIds);
        assertThat(table.findElement(By.cssSelector("th[data-key=date]")).getAttribute("aria-sort")).isEqualTo("descending");

        // Killed, most first: unknown tolls last, ties in the API's order.
        driver.findElement(By.cssSelector("#incident-table th[data-key=fatalities] button")).click();
        List<JsonNode> rows = new ArrayList<>();
        listed.get("incidents").forEach(rows::add);
        java.util.Comparator<JsonNode> byToll = java.util.Comparator.comparingInt(
                (JsonNode i) -> i.get("fatalitiesLow").asInt()).thenComparingInt(i -> i.path("fatalitiesHigh").isInt()
                        ? i.get("fatalitiesHigh").asInt() : i.get("fatalitiesLow").asInt());
        List<JsonNode> known = rows.stream().filter(i -> i.path("fatalitiesLow").isInt()).toList();
        List<JsonNode> unknown = rows.stream().filter(i -> !i.path("fatalitiesLow").isInt()).toList();
        List<String> most = new ArrayList<>(ids(known.stream().sorted(byToll.reversed()).toList()));
        most.addAll(ids(unknown));
        waitUntil(d -> "descending".equals(d.findElement(By.cssSelector("th[data-key=fatalities]")).getAttribute("aria-sort")));
        assertThat(tableIds()).as("sorted by fatalities, most first").isEqualTo(most);
        driver.findElement(By.cssSelector("#incident-table th[data-key=fatalities] button")).click();
        List<String> fewest = new ArrayList<>(ids(known.stream().sorted(byToll).toList()));
        fewest.addAll(ids(unknown));
        waitUntil(d -> "ascending".equals(d.findElement(By.cssSelector("th[data-key=fatalities]")).getAttribute("aria-sort")));
        assertThat(tableIds()).as("sorted by fatalities, fewest first").isEqualTo(fewest);
        shot("analyst-table");

        // A filter of the panel narrows the table exactly as it narrows the API.
        driver.findElement(By.id("f-contested")).click();
        String contested = tableQuery("contested=true");
        JsonNode narrowed = api("/api/incidents?" + contested);
        assertThat(narrowed.get("incidents").size()).isPositive().isLessThan(apiIds.size());
        List<String> expected = new ArrayList<>(ids(narrowed.get("incidents")));
        waitUntil(d -> tableIds().size() == expected.size());
        assertThat(new java.util.TreeSet<>(tableIds())).isEqualTo(new java.util.TreeSet<>(expected));
        assertThat(driver.findElements(By.cssSelector("#incident-table tbody tr")))
                .allSatisfy(tr -> assertThat(tr.findElements(By.tagName("td")).get(5).getText()).isEqualTo("contested"));
    }

    @Test
    @Order(10)
    void backUndoesAFilter() throws Exception {
        open(WORLD);
        Listing before = settledListing();
        String url = driver.getCurrentUrl();
        driver.findElement(By.id("f-contested")).click();
        waitUntil(d -> d.getCurrentUrl().contains("contested=true"));
        Listing filtered = settledListing();
        assertThat(filtered.param("contested")).isEqualTo("true");
        assertThat(filtered.count()).isPositive().isLessThan(before.count());

        driver.navigate().back();
        waitUntil(d -> !d.getCurrentUrl().contains("contested="));
        assertThat(driver.getCurrentUrl()).as("Back stays in the app and undoes the filter").isEqualTo(url);
        assertThat(driver.findElement(By.id("f-contested")).isSelected()).isFalse();
        Listing back = settledListing();
        assertThat(back.param("contested")).isNull();
        assertThat(back.count()).isEqualTo(before.count());

        driver.navigate().forward();
        waitUntil(d -> d.getCurrentUrl().contains("contested=true"));
        assertThat(driver.findElement(By.id("f-contested")).isSelected()).isTrue();
        assertThat(settledListing().param("contested")).isEqualTo("true");
    }

    @Test
    @Order(11)
    void showOnMapCentresRingsAndLabelsTheIncident() throws Exception {
        JsonNode inc = null;
        for (JsonNode i : api("/api/incidents?limit=5000").get("incidents")) {
            if (i.path("lat").isNumber() && i.path("members").asInt() >= 3) {
                inc = i;
            }
        }
        assertThat(inc).as("an example incident with three reports or more").isNotNull();
        long id = inc.get("id").asLong();
        open("/incident.html?id=" + id);
        waitUntil(d -> !d.findElement(By.id("headline")).getText().equals("…"));
        shot("analyst-incident");
        assertThat(driver.findElement(By.id("headline")).getText()).as("the first report's headline")
                .isEqualTo(firstLine(api("/api/articles/" + firstReport(id).get("articleId").asLong()).get("text").asText()));
        assertThat(driver.findElement(By.id("headline-outlet")).getText()).isEqualTo(firstReport(id).get("outlet").asText());
        assertThat(driver.findElements(By.cssSelector("#reports .milestone.revised"))).as("a revised toll in the timeline")
                .isNotEmpty();
        assertThat(driver.findElement(By.id("stances")).getText()).contains("Russia (RU)").contains("Ukraine (UA)");

        driver.findElement(By.id("show-on-map")).click();
        WebElement focus = waitUntil(d -> d.findElements(By.cssSelector("#map .sitrep-focus")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(params(driver.getCurrentUrl())).containsEntry("focus", String.valueOf(id));
        waitUntil(d -> d.findElements(By.cssSelector(".focus-tooltip")).stream().anyMatch(WebElement::isDisplayed));
        assertThat(driver.findElement(By.cssSelector(".focus-tooltip")).getText()).contains(inc.get("place").asText());
        Map<String, String> view = params(driver.getCurrentUrl());
        assertThat(Double.parseDouble(view.get("z"))).isGreaterThanOrEqualTo(9);
        org.openqa.selenium.Rectangle map = driver.findElement(By.id("map")).getRect();
        org.openqa.selenium.Rectangle ring = focus.getRect();
        assertThat(Math.abs(ring.getX() + ring.getWidth() / 2.0 - (map.getX() + map.getWidth() / 2.0)))
                .as("the ring is at the map's centre").isLessThan(30);
        assertThat(Math.abs(ring.getY() + ring.getHeight() / 2.0 - (map.getY() + map.getHeight() / 2.0))).isLessThan(30);
        settledListing();
        settle();
        shot("11-show-on-map");
    }

    @Test
    @Order(12)
    @SuppressWarnings("unchecked")
    void townLabelsAreVisibleAtZoom9Offline() throws Exception {
        assertThat(api("/api/meta").get("tileUrl").isNull()).as("no tile server: the bundled base only").isTrue();
        open("/?lat=48.7305&lon=37.5879&z=9");
        waitUntil(d -> {
            String n = d.findElement(By.id("map")).getAttribute("data-place-labels");
            return n != null && n.matches("\\d+") && Integer.parseInt(n) >= 10;
        });
        List<String> shown = driver.findElements(By.cssSelector("#map .place-label .name")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
        assertThat(shown).as("town names around Kramatorsk").contains("Kramatorsk", "Sloviansk", "Druzhkivka");
        List<String> requested = (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name)");
        String labels = requested.stream().filter(u -> u.contains("/api/places?")).reduce((a, b) -> b).orElseThrow();
        List<String> fromGazetteer = new ArrayList<>();
        api(labels).get("places").forEach(p -> fromGazetteer.add(p.get("name").asText()));
        assertThat(fromGazetteer).as("the labels come from the server's gazetteer (%s)", labels).containsAll(shown);
        assertThat(requested).as("every request stays on this server").isNotEmpty()
                .allMatch(u -> u.startsWith(served.base()) || u.startsWith("data:"));
        settledListing();
        settle();
        shot("analyst-map-town");
        open("/?lat=48.5&lon=33&z=6");
        settledListing();
        waitForMarks(settledListing().count());
        settle();
        shot("analyst-map-theatre");
    }

    @Test
    @Order(13)
    @SuppressWarnings("unchecked")
    void theClusterIconShowsTheMixOfTypesAndTheContested() throws Exception {
        open(WORLD);
        Listing world = settledListing();
        waitForMarks(world.count());
        List<Map<String, Object>> clusters = (List<Map<String, Object>>) js(
                "return [...document.querySelectorAll('#map .sitrep-cluster')].map(c => ({"
                        + " count: Number(c.querySelector('.count').textContent.replace(/\\D/g, '')),"
                        + " contested: Number(c.querySelector('.contested-count')?.textContent ?? 0),"
                        + " arcs: [...c.querySelectorAll('.arc')].map(a => ({type: a.dataset.type, n: Number(a.dataset.count),"
                        + "   stroke: a.getAttribute('stroke')}))}))");
        assertThat(clusters).as("clusters on the world map").isNotEmpty();
        Map<String, Integer> shownTypes = new java.util.TreeMap<>();
        int shownContested = 0;
        for (Map<String, Object> c : clusters) {
            List<Map<String, Object>> arcs = (List<Map<String, Object>>) c.get("arcs");
            assertThat(arcs.stream().mapToInt(a -> num(a.get("n"))).sum()).as("the arcs of %s add up to its count", c)
                    .isEqualTo(num(c.get("count")));
            for (Map<String, Object> a : arcs) {
                shownTypes.merge((String) a.get("type"), num(a.get("n")), Integer::sum);
                assertThat(a.get("stroke")).isEqualTo(TYPE_COLORS.getOrDefault((String) a.get("type"), "#6b7280"));
            }
            shownContested += num(c.get("contested"));
        }
        assertThat(clusters).as("a cluster with more than one type").anyMatch(c -> ((List<?>) c.get("arcs")).size() > 1);
        List<Map<String, Object>> markers = (List<Map<String, Object>>) js(
                "return [...document.querySelectorAll('#map .sitrep-marker')].map(m => ({type: [...m.classList]"
                        + ".find(k => k.startsWith('type-') && k !== 'type-other'), contested: m.classList.contains('contested')}))");
        for (Map<String, Object> m : markers) {
            shownContested += Boolean.TRUE.equals(m.get("contested")) ? 1 : 0;
        }
        Map<String, Integer> expected = new java.util.TreeMap<>();
        int contested = 0;
        for (JsonNode i : insideBbox(api("/api/incidents?limit=5000").get("incidents"), world.param("bbox"))) {
            contested += i.path("contested").asBoolean() ? 1 : 0;
            expected.merge(i.get("eventType").asText(), 1, Integer::sum);
        }
        for (Map<String, Object> m : markers) {
            String slug = (String) m.get("type");
            String type = TYPE_COLORS.keySet().stream().filter(t -> ("type-" + slug(t)).equals(slug)).findFirst().orElseThrow();
            shownTypes.merge(type, 1, Integer::sum);
        }
        assertThat(shownTypes).as("types on the map (rings and markers) = the API's for the view").isEqualTo(expected);
        assertThat(shownContested).as("contested counts on the rings and contested markers").isEqualTo(contested);
        shot(WORLD_VIEW);
    }

    @Test
    @Order(14)
    void theReviewQueueIsWorkedWithTheKeyboard() throws Exception {
        open("/?view=queue&lat=25&lon=0&z=2");
        logIn(ServedExamples.ANALYST, "analyst");
        List<String> expected = ids(api("/api/incidents?as=list&limit=5000&review=unreviewed").get("incidents"));
        WebElement queue = driver.findElement(By.id("queue"));
        waitUntil(d -> queue.findElements(By.cssSelector("li")).size() == expected.size());
        List<WebElement> items = queue.findElements(By.cssSelector("li"));
        assertThat(items.stream().map(li -> li.getAttribute("data-id")).toList()).containsExactlyInAnyOrderElementsOf(expected);
        int firstPlain = 0;
        while (firstPlain < items.size() && items.get(firstPlain).getAttribute("class").contains("contested")) {
            firstPlain++;
        }
        assertThat(firstPlain).as("contested incidents first").isPositive();
        assertThat(items.subList(firstPlain, items.size())).noneMatch(li -> li.getAttribute("class").contains("contested"));

        String second = items.get(1).getAttribute("data-id");
        queue.sendKeys("j");
        waitUntil(d -> d.findElement(By.cssSelector("#queue li.current")).getAttribute("data-id").equals(second));
        queue.sendKeys("c");
        waitUntil(d -> d.findElements(By.cssSelector("#queue li")).size() == expected.size() - 1);
        assertThat(api("/api/incidents/" + second).get("incident").get("review").asText()).isEqualTo("confirmed");
        assertThat(driver.findElements(By.cssSelector("#queue li")).stream().map(li -> li.getAttribute("data-id")))
                .doesNotContain(second);
        shot("14-review-queue");
    }

    private static final Map<String, String> TYPE_COLORS = Map.of("Battles", "#8c510a", "Explosions/Remote violence",
            "#e6550d", "Violence against civilians", "#7b3294", "Strategic developments", "#2b8cbe");

    private static String slug(String type) {
        return type.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** The error line is right under its control, and nothing covers it. */
    private static void assertRightUnder(WebElement error, WebElement control) {
        js("arguments[0].scrollIntoView({block: 'center'})", error);
        org.openqa.selenium.Rectangle e = error.getRect();
        org.openqa.selenium.Rectangle c = control.getRect();
        assertThat(e.getY()).as("the error starts below its control").isGreaterThanOrEqualTo(c.getY() + c.getHeight() - 2);
        assertThat(e.getY() - (c.getY() + c.getHeight())).as("and right under it").isLessThan(30);
        assertThat(e.getX()).as("in the control's column or left of it").isLessThanOrEqualTo(c.getX() + c.getWidth());
        assertThat((Boolean) js("const r = arguments[0].getBoundingClientRect();"
                + "const top = document.elementFromPoint(r.left + Math.min(20, r.width / 2), r.top + r.height / 2);"
                + "return top === arguments[0] || arguments[0].contains(top);", error)).as("visible, not covered").isTrue();
    }

    /** The API query of the list the table shows (its data-query), once it has loaded and holds the part given. */
    private static String tableQuery(String holding) {
        return waitUntil(d -> {
            WebElement t = d.findElement(By.id("table-view"));
            String q = t.getAttribute("data-query");
            return t.getAttribute("aria-busy") == null && q != null && (holding == null || q.contains(holding)) ? q : null;
        });
    }

    private static List<String> tableIds() {
        return driver.findElements(By.cssSelector("#incident-table tbody tr")).stream().map(tr -> tr.getAttribute("data-id"))
                .toList();
    }

    private static List<String> ids(Iterable<JsonNode> incidents) {
        List<String> out = new ArrayList<>();
        incidents.forEach(i -> out.add(i.get("id").asText()));
        return out;
    }

    private static JsonNode firstReport(long incident) throws IOException, InterruptedException {
        JsonNode first = null;
        for (JsonNode r : api("/api/incidents/" + incident).get("reports")) {
            if (first == null || r.path("published").asText().compareTo(first.path("published").asText()) < 0
                    || r.path("published").asText().equals(first.path("published").asText())
                    && r.get("eventId").asLong() < first.get("eventId").asLong()) {
                first = r;
            }
        }
        return first;
    }

    private static String firstLine(String text) {
        return text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
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
                                + " inClusters: q('.sitrep-cluster').reduce((n, c) => n + Number((c.querySelector('.count')?.textContent"
                                + " ?? c.textContent).replace(/\\D/g, '')), 0)};");
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
