package org.sitrep.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.app.Io;
import org.sitrep.app.Main;
import org.sitrep.app.site.LoopbackSite;
import org.sitrep.app.site.Stories;

/**
 * The web app's view of the feeds: every feed's health for admins only, and for any reader the feeds
 * behind an incident's articles; in the browser, the feeds page and the incident page's feeds card.
 * The ledger is made by the real {@code sitrep watch} from a loopback site.
 */
class FeedsWebTest {
    @TempDir
    static Path dir;
    private static LoopbackSite site;
    private static ServedExamples served;

    @BeforeAll
    static void start() throws Exception {
        site = new LoopbackSite();
        site.page("/news/depot-fire.html", Stories.page(Stories.DEPOT, null));
        site.page("/news/bridge-strike.html", Stories.page(Stories.BRIDGE, null));
        String depot = Stories.rssItem(site.url("/news/depot-fire.html"), Stories.DEPOT, null);
        site.rss("/wire.xml", Stories.rss("Example Wire: the war", depot
                + Stories.rssItem(site.url("/news/bridge-strike.html"), Stories.BRIDGE, null)));
        site.rss("/donbas.xml", Stories.rss("Example Wire: Donbas", depot));
        site.status("/gone.xml", 410, Map.of());
        Path db = dir.resolve("ledger.db");
        StringWriter err = new StringWriter();
        int code = Main.run(new Io(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new PrintWriter(err, true), Map.of(), Files.createDirectories(dir.resolve("home"))), "watch", "--db",
                db.toString(), "--once", "--host-delay", "0", site.url("/wire.xml"), site.url("/donbas.xml"),
                site.url("/gone.xml"));
        assertThat(code).as(err.toString()).isEqualTo(1);
        served = ServedExamples.over(dir, db, true);
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
        if (site != null) {
            site.close();
        }
    }

    static Http as(String name) {
        Http h = new Http(served.base());
        if (name != null) {
            assertThat(h.login(name, ServedExamples.PASSWORD).status()).isEqualTo(200);
        }
        return h;
    }

    /** The incident the depot article is in. */
    static long depotIncident() {
        JsonNode hits = as(null).get("/api/search?q=" + Http.enc("fuel depot")).json();
        assertThat(hits).as("the depot article is stored and has an incident").hasSize(1);
        return hits.get(0).path("incidents").get(0).asLong();
    }

    @Test
    void onlyAdminsSeeTheFeedsHealth() {
        assertThat(as(null).get("/api/feeds").status()).isEqualTo(401);
        assertThat(as(ServedExamples.VIEWER).get("/api/feeds").status()).isEqualTo(403);
        assertThat(as(ServedExamples.ANALYST).get("/api/feeds").status()).isEqualTo(403);
        Http.Response r = as(ServedExamples.ADMIN).get("/api/feeds");
        assertThat(r.status()).isEqualTo(200);
        JsonNode feeds = r.json().path("feeds");
        assertThat(feeds).hasSize(3);
        assertThat(feeds.get(0).path("url").asText()).isEqualTo(site.url("/wire.xml"));
        assertThat(feeds.get(0).path("health").asText()).isEqualTo("ok");
        assertThat(feeds.get(0).path("title").asText()).isEqualTo("Example Wire: the war");
        assertThat(feeds.get(0).path("itemsStored").asInt()).isEqualTo(2);
        assertThat(feeds.get(1).path("itemsStored").asInt()).as("the shared item, linked, not fetched twice").isEqualTo(1);
        assertThat(site.requests("/news/depot-fire.html")).hasSize(1);
        JsonNode gone = feeds.get(2);
        assertThat(gone.path("health").asText()).isEqualTo("failing");
        assertThat(gone.path("failures").asInt()).isEqualTo(1);
        assertThat(gone.path("lastStatus").asText()).isEqualTo("HTTP 410 (Gone)");
        assertThat(gone.path("nextFetchAt").isTextual()).isTrue();
        assertThat(gone.path("title").isNull()).isTrue();
    }

    @Test
    void anyReaderSeesTheFeedsBehindAnIncidentsArticles() {
        long incident = depotIncident();
        Http.Response r = as(null).get("/api/feeds?incident=" + incident);
        assertThat(r.status()).isEqualTo(200);
        JsonNode articles = r.json().path("articles");
        assertThat(articles).hasSize(2);
        assertThat(articles).extracting(a -> a.path("feedTitle").asText())
                .containsExactlyInAnyOrder("Example Wire: the war", "Example Wire: Donbas");
        assertThat(articles).allSatisfy(a -> assertThat(a.path("itemUrl").asText()).isEqualTo(site.url("/news/depot-fire.html")));
        assertThat(as(null).get("/api/feeds?incident=abc").status()).isEqualTo(400);
        assertThat(as(null).get("/api/feeds?incident=999999").json().path("articles")).isEmpty();
    }

    @Test
    void theFeedsPageAndTheIncidentsFeedsCardInABrowser() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        Path chromedriver = Path.of("/usr/bin/chromedriver");
        List<Path> missing = new ArrayList<>();
        for (Path p : List.of(chromium, chromedriver)) {
            if (!Files.isExecutable(p)) {
                missing.add(p);
            }
        }
        if (!missing.isEmpty()) {
            String msg = "no browser for the web app tests: " + missing + " missing";
            if (System.getenv("SITREP_REQUIRE_BROWSER") != null) {
                fail(msg + " (SITREP_REQUIRE_BROWSER is set, so this is a failure)");
            }
            Assumptions.assumeTrue(false, msg);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1366,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver.toString())).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get(served.base() + "/incident.html?id=" + depotIncident());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article-feeds li")));
            WebElement card = driver.findElement(By.id("feeds-card"));
            assertThat(card.getText()).contains("via").contains("Example Wire: the war").contains("Example Wire: Donbas")
                    .contains(site.url("/news/depot-fire.html"));
            Files.createDirectories(Path.of("target", "screenshots"));
            new org.openqa.selenium.interactions.Actions(driver).scrollToElement(card).perform();
            Files.write(Path.of("target", "screenshots", "incident-feeds.png"),
                    driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

            driver.get(served.base() + "/feeds.html");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feeds-note"), "Only admins"));
            assertThat(driver.findElements(By.cssSelector("#feeds-body tr"))).isEmpty();
            driver.findElement(By.id("login-name")).sendKeys(ServedExamples.ADMIN);
            driver.findElement(By.id("login-password")).sendKeys(ServedExamples.PASSWORD);
            driver.findElement(By.id("login-submit")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#feeds-body tr"), 3));
            assertThat(driver.findElement(By.id("feeds-note")).getText()).isEqualTo("3 feeds, 1 failing.");
            List<WebElement> rows = driver.findElements(By.cssSelector("#feeds-body tr"));
            assertThat(rows.get(0).getText()).containsIgnoringCase("ok").contains("Example Wire: the war")
                    .contains("read 2 items, 2 new");
            assertThat(rows.get(2).getText()).containsIgnoringCase("failing").contains("HTTP 410 (Gone)").contains("next try after");
            Files.write(Path.of("target", "screenshots", "feeds.png"),
                    driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } finally {
            driver.quit();
            service.stop();
        }
    }
}
