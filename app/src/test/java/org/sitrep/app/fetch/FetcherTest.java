package org.sitrep.app.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.app.site.LoopbackSite;

/** The polite fetcher against a real HTTP server on loopback. */
class FetcherTest {
    private LoopbackSite site;

    @BeforeEach
    void start() throws Exception {
        site = new LoopbackSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    static Fetcher fetcher(Duration delay, int perHost, Duration timeout, long maxBytes) {
        return new Fetcher(new Politeness(Politeness.userAgent("1.2", "https://desk.example.org/contact"), delay, perHost,
                timeout, maxBytes, Politeness.MAX_REDIRECTS, Duration.ofSeconds(5)));
    }

    static Fetcher fetcher() {
        return fetcher(Duration.ZERO, 2, Duration.ofSeconds(5), 1 << 20);
    }

    Response get(Fetcher f, String path) throws Exception {
        return f.get(URI.create(site.url(path)), Validators.NONE, Fetcher.ACCEPT_PAGE);
    }

    @Test
    void aSecondFetchIsConditionalAndCostsA304() throws Exception {
        site.text("/a.html", "text/html; charset=windows-1252", "<p>caf\u00e9</p>");
        Fetcher f = fetcher();
        Response first = get(f, "/a.html");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).isEqualTo("text/html");
        assertThat(first.charset()).isEqualTo(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(first.validators().etag()).startsWith("\"");
        assertThat(first.validators().lastModified()).isEqualTo(LoopbackSite.LAST_MODIFIED);
        Response again = f.get(URI.create(site.url("/a.html")), first.validators(), Fetcher.ACCEPT_PAGE);
        assertThat(again.notModified()).isTrue();
        assertThat(again.body()).isEmpty();
        LoopbackSite.Request asked = site.requests("/a.html").get(1);
        assertThat(asked.header("If-None-Match")).isEqualTo(first.validators().etag());
        assertThat(asked.header("If-Modified-Since")).isEqualTo(LoopbackSite.LAST_MODIFIED);
        assertThat(asked.header("User-Agent")).isEqualTo("sitrep/1.2 (news feed reader; +https://desk.example.org/contact)");
    }

    @Test
    void gzipIsAskedForAndUndone() throws Exception {
        String body = "<p>" + "the same words again ".repeat(500) + "</p>";
        site.text("/z.html", "text/html", body);
        Response r = get(fetcher(), "/z.html");
        assertThat(site.requests("/z.html").get(0).header("Accept-Encoding")).isEqualTo("gzip");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(body);
    }

    @Test
    void bodiesOverTheCapAreRefusedCompressedOrNot() throws Exception {
        site.text("/big.html", "text/html", "x".repeat(100_000));
        Fetcher f = fetcher(Duration.ZERO, 2, Duration.ofSeconds(5), 64 * 1024);
        // gzip shrinks 100 kB of one letter to a few hundred bytes: the cap holds after decompression too.
        assertThatThrownBy(() -> get(f, "/big.html")).isInstanceOf(FetchProblem.class)
                .hasMessageStartingWith("too large (over ").hasMessageEndingWith("; see --max-bytes)")
                .satisfies(e -> assertThat(((FetchProblem) e).temporary()).isFalse());
        Fetcher plain = fetcher(Duration.ZERO, 2, Duration.ofSeconds(5), 64 * 1024);
        site.put("/big.bin", new LoopbackSite.Resource(200, "application/octet-stream", new byte[100_000], Map.of(), 0, false));
        assertThatThrownBy(() -> plain.get(URI.create(site.url("/big.bin")), Validators.NONE, "*/*"))
                .hasMessageStartingWith("too large");
    }

    @Test
    void redirectsAreFollowedWithinALimit() throws Exception {
        site.status("/old", 301, Map.of("Location", "/mid"));
        site.status("/mid", 307, Map.of("Location", site.url("/new")));
        site.text("/new", "text/html", "<p>here</p>");
        Response r = get(fetcher(), "/old");
        assertThat(r.uri().toString()).isEqualTo(site.url("/new"));
        site.status("/loop", 302, Map.of("Location", "/loop"));
        assertThatThrownBy(() -> get(fetcher(), "/loop")).hasMessage("more than 5 redirects");
        assertThat(site.requests("/loop")).hasSize(6);
    }

    @Test
    void aSlowAnswerTimesOutAndAClosedPortIsSaidPlainly() throws Exception {
        site.slow("/slow", 3000, "text/html", "<p>late</p>");
        Fetcher f = fetcher(Duration.ZERO, 2, Duration.ofMillis(500), 1 << 20);
        long start = System.nanoTime();
        assertThatThrownBy(() -> get(f, "/slow")).isInstanceOf(FetchProblem.class).hasMessage("timed out after 500 ms")
                .satisfies(e -> assertThat(((FetchProblem) e).temporary()).isTrue());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        assertThatThrownBy(() -> f.get(URI.create("http://127.0.0.1:" + closed + "/feed.xml"), Validators.NONE, "*/*"))
                .isInstanceOf(FetchProblem.class).hasMessageStartingWith("cannot connect");
    }

    @Test
    void errorsSayWhetherTryingLaterMayHelp() throws Exception {
        site.status("/gone", 410, Map.of());
        site.status("/err", 500, Map.of());
        assertThatThrownBy(() -> get(fetcher(), "/gone")).hasMessage("HTTP 410 (Gone)")
                .satisfies(e -> assertThat(((FetchProblem) e).temporary()).isFalse());
        assertThatThrownBy(() -> get(fetcher(), "/err")).hasMessage("HTTP 500 (Internal Server Error)")
                .satisfies(e -> assertThat(((FetchProblem) e).temporary()).isTrue());
    }

    @Test
    void retryAfterHoldsTheWholeHost() throws Exception {
        site.status("/busy", 429, Map.of("Retry-After", "1"));
        site.text("/fine", "text/html", "<p>ok</p>");
        Fetcher f = fetcher();
        assertThatThrownBy(() -> get(f, "/busy")).isInstanceOf(FetchProblem.class)
                .hasMessage("HTTP 429 (Too Many Requests); asked to wait 1 s")
                .satisfies(e -> assertThat(((FetchProblem) e).retryAfter()).isEqualTo(Duration.ofSeconds(1)));
        get(f, "/fine");
        long gap = site.requests("/fine").get(0).startNanos() - site.requests("/busy").get(0).startNanos();
        assertThat(Duration.ofNanos(gap)).isGreaterThanOrEqualTo(Duration.ofMillis(950));

        // A host asking for longer than the fetch's patience is not waited for: the request fails at once.
        site.status("/later", 503, Map.of("Retry-After", "3600"));
        assertThatThrownBy(() -> get(f, "/later")).hasMessageContaining("asked to wait 3600 s");
        long start = System.nanoTime();
        assertThatThrownBy(() -> get(f, "/fine")).isInstanceOf(FetchProblem.class)
                .hasMessageContaining("asked to wait").hasMessageContaining("(Retry-After); trying at a later pass")
                .satisfies(e -> assertThat(((FetchProblem) e).asked()).isFalse());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void oneHostGetsAtMostItsShareAtOnceAndADelayBetweenRequests() throws Exception {
        for (int i = 0; i < 6; i++) {
            site.slow("/p" + i, 300, "text/html", "<p>page " + i + "</p>");
        }
        Fetcher f = fetcher(Duration.ofMillis(200), 2, Duration.ofSeconds(10), 1 << 20);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Response>> all = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String path = "/p" + i;
                all.add(pool.submit(() -> get(f, path)));
            }
            for (Future<Response> r : all) {
                assertThat(r.get().status()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(site.peakInFlight()).isLessThanOrEqualTo(2);
        List<Long> starts = site.requests().stream().filter(r -> r.path().startsWith("/p"))
                .map(LoopbackSite.Request::startNanos).sorted().toList();
        for (int i = 1; i < starts.size(); i++) {
            assertThat(Duration.ofNanos(starts.get(i) - starts.get(i - 1))).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        }
    }

    @Test
    void robotsTxtIsReadOnceAndObeyedWithItsCrawlDelay() throws Exception {
        site.text("/robots.txt", "text/plain", "User-agent: sitrep\nDisallow: /private/\nCrawl-delay: 1\n\n"
                + "User-agent: *\nDisallow: /\n");
        site.text("/a", "text/html", "<p>a</p>");
        site.text("/b", "text/html", "<p>b</p>");
        site.text("/private/c", "text/html", "<p>c</p>");
        Fetcher f = fetcher();
        get(f, "/a");
        get(f, "/b");
        assertThatThrownBy(() -> get(f, "/private/c")).hasMessage("disallowed by robots.txt")
                .satisfies(e -> assertThat(((FetchProblem) e).asked()).isFalse());
        assertThat(site.requests("/robots.txt")).hasSize(1);
        assertThat(site.requests("/private/c")).isEmpty();
        long gap = site.requests("/b").get(0).startNanos() - site.requests("/a").get(0).startNanos();
        assertThat(Duration.ofNanos(gap)).as("Crawl-delay: 1").isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void aRobotsTxtThatFailsHoldsPagesForALaterPass() throws Exception {
        site.status("/robots.txt", 503, Map.of());
        site.text("/a", "text/html", "<p>a</p>");
        assertThatThrownBy(() -> get(fetcher(), "/a")).isInstanceOf(FetchProblem.class)
                .hasMessage("robots.txt answered HTTP 503 (Service Unavailable); trying at a later pass")
                .satisfies(e -> assertThat(((FetchProblem) e).temporary()).isTrue());
        assertThat(site.requests("/a")).isEmpty();
    }
}
