package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.site.LoopbackSite;
import org.sitrep.app.site.Stories;
import org.sitrep.ledger.Ledger;
import org.sitrep.ledger.LedgerLocation;
import org.sitrep.ledger.feed.Feed;

/**
 * The bar, with the real command in a child JVM and its default politeness:
 * {@code sitrep watch --db L --once http://127.0.0.1:PORT/feed.xml http://127.0.0.1:PORT/missing.xml}
 * against a plain static site holding an RSS feed and its article pages. Every page is fetched once
 * and ingested; a second run fetches no article page again; the dead feed gets one line naming it.
 */
class WatchBarTest {
    private static final List<Stories.Story> STORIES = List.of(Stories.DEPOT, Stories.SCHOOL, Stories.PORT);

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        List<String> messages() {
            return err.lines().filter(l -> l.startsWith("sitrep:")).toList();
        }
    }

    @Test
    void everyPageOnceThenNeverAgainAndTheDeadFeedGetsOneLine() throws Exception {
        try (LoopbackSite site = new LoopbackSite()) {
            StringBuilder items = new StringBuilder();
            for (Stories.Story s : STORIES) {
                String path = "/news/" + s.slug() + ".html";
                site.page(path, Stories.page(s, null));
                items.append(Stories.rssItem(site.url(path), s, null));
            }
            site.rss("/feed.xml", Stories.rss("Example Wire: the war", items.toString()));
            Path db = dir.resolve("ledger.db");
            String feed = site.url("/feed.xml");
            String missing = site.url("/missing.xml");

            Run first = watch("--db", db.toString(), "--once", feed, missing);
            assertThat(first.code()).as(first.err()).isEqualTo(1);
            assertThat(first.messages()).as(first.err()).singleElement().satisfies(line -> {
                assertThat(line).startsWith("sitrep: " + missing + ": HTTP 404 (Not Found)");
                assertThat(line).contains("next try after");
            });
            for (Stories.Story s : STORIES) {
                assertThat(site.requests("/news/" + s.slug() + ".html")).as(s.slug()).hasSize(1);
            }
            assertThat(first.out()).contains("2 feeds (1 read, 0 not modified, 1 failed, 0 backing off), 3 pages fetched;"
                    + " 3 added, 0 re-extracted, 0 already stored, 0 refused");
            try (Ledger ledger = Ledger.open(LedgerLocation.parse(db.toString()), false)) {
                assertThat(ledger.counts()).containsEntry("articles", 3L);
                List<Feed> feeds = ledger.feeds().list();
                assertThat(feeds).extracting(Feed::url).containsExactly(feed, missing);
                assertThat(feeds.get(0).itemsStored()).isEqualTo(3);
                assertThat(feeds.get(0).health()).isEqualTo(Feed.Health.OK);
                assertThat(feeds.get(0).title()).isEqualTo("Example Wire: the war");
                assertThat(feeds.get(1).health()).isEqualTo(Feed.Health.FAILING);
                assertThat(ledger.search("fuel depot", 5)).hasSize(1);
            }

            site.clearLog();
            Run second = watch("--db", db.toString(), "--once", feed, missing);
            assertThat(site.requests()).as("requests of the second run").noneMatch(r -> r.path().startsWith("/news/"));
            assertThat(site.requests("/feed.xml")).singleElement()
                    .satisfies(r -> assertThat(r.header("If-None-Match")).as("a conditional GET").isNotNull());
            assertThat(site.requests("/missing.xml")).as("the dead feed backs off").isEmpty();
            assertThat(second.code()).as(second.err()).isZero();
            assertThat(second.messages()).singleElement().satisfies(line ->
                    assertThat(line).startsWith("sitrep: " + missing + ": backing off until"));
            assertThat(second.out()).contains("1 not modified").contains("0 pages fetched; 0 added");
            try (Ledger ledger = Ledger.open(LedgerLocation.parse(db.toString()), false)) {
                assertThat(ledger.counts()).containsEntry("articles", 3L);
            }
        }
    }

    /** The real command in a child JVM, as the launcher runs it, with no user files and no SITREP_DB. */
    private Run watch(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-Duser.home=" + dir, "-cp",
                System.getProperty("java.class.path"), "org.sitrep.app.Main", "watch"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("SITREP_DB");
        pb.environment().remove("SITREP_HOME");
        pb.environment().remove("SITREP_CONTACT");
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("watch finished").isTrue();
        return new Run(p.exitValue(), out.join(), Files.readString(err));
    }
}
