package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.site.LoopbackSite;
import org.sitrep.app.site.Stories;

/**
 * A watcher running as a service is stopped (SIGTERM) in the middle of a pass: it stops between
 * articles, commits what it read, and exits; every stored article is whole and linked to its item, the
 * feed's ETag is not stored (its items were not all read), and the next pass reads the rest without
 * fetching a stored page again.
 */
class WatchStopTest {
    private static final int PAGES = 30;

    @TempDir
    Path dir;

    @Test
    void sigtermStopsBetweenArticlesAndTheNextPassReadsTheRest() throws Exception {
        try (LoopbackSite site = new LoopbackSite()) {
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < PAGES; i++) {
                Stories.Story base = List.of(Stories.DEPOT, Stories.SCHOOL, Stories.PORT, Stories.BRIDGE).get(i % 4);
                List<String> paragraphs = new ArrayList<>(base.paragraphs());
                paragraphs.add("This is the desk's update number " + i + " on the story, filed after the first report.");
                Stories.Story s = new Stories.Story("s" + i, base.title() + " (update " + i + ")", base.date(),
                        base.outlet(), paragraphs);
                String path = "/news/s" + i + ".html";
                site.put(path, new LoopbackSite.Resource(200, "text/html", Stories.page(s, null)
                        .getBytes(StandardCharsets.UTF_8), java.util.Map.of(), 150, true));
                items.append(Stories.rssItem(site.url(path), s, null));
            }
            site.rss("/feed.xml", Stories.rss("Updates", items.toString()));
            Path db = dir.resolve("ledger.db");
            Path err = dir.resolve("err.txt");
            Process p = start(db, err, site.url("/feed.xml"));
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (pagesAsked(site) < 8 && System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(50);
            }
            p.destroy();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
            assertThat(Files.readString(err)).contains("sitrep: stopping after the article being read");

            List<String> stored = WatchFaultsTest.rows(db, "SELECT i.url FROM feed_items i JOIN articles a ON a.id = i.article_id");
            assertThat(stored).isNotEmpty().hasSizeLessThan(PAGES);
            assertThat(WatchFaultsTest.rows(db, "SELECT COUNT(*) FROM articles")).containsExactly(String.valueOf(stored.size()));
            assertThat(WatchFaultsTest.rows(db, "SELECT COUNT(*) FROM articles a JOIN article_texts t ON t.article_id = a.id"
                    + " WHERE t.text LIKE '%update number%'")).containsExactly(String.valueOf(stored.size()));
            assertThat(WatchFaultsTest.rows(db, "SELECT (etag IS NULL) || ' ' || last_status FROM feeds"))
                    .containsExactly("1 stopped before every item was read");

            site.clearLog();
            Cli.Result rest = Cli.run(dir, "watch", "--db", db.toString(), "--once", "--host-delay", "0",
                    site.url("/feed.xml"));
            assertThat(rest.code()).as(rest.err()).isZero();
            assertThat(WatchFaultsTest.rows(db, "SELECT COUNT(*) FROM articles")).containsExactly(String.valueOf(PAGES));
            Set<String> askedAgain = site.requests().stream().map(r -> site.url(r.path())).collect(Collectors.toSet());
            assertThat(askedAgain).doesNotContainAnyElementsOf(stored);
        }
    }

    private static long pagesAsked(LoopbackSite site) {
        return site.requests().stream().filter(r -> r.path().startsWith("/news/")).count();
    }

    private Process start(Path db, Path err, String feed) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-Duser.home=" + dir, "-cp",
                System.getProperty("java.class.path"), "org.sitrep.app.Main", "watch", "--db", db.toString(),
                "--host-delay", "0", "--per-host", "1", "--batch", "3", "--interval", "1h", feed);
        pb.environment().remove("SITREP_DB");
        pb.redirectError(err.toFile());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }
}
