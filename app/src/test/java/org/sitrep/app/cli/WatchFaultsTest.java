package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.site.LoopbackSite;
import org.sitrep.app.site.Stories;

/**
 * sitrep watch against a loopback site full of faults: a feed that answers 500, one that is not XML,
 * a page that errs (its feed item carries the text), a page that times out, a page that is not an
 * article, an article not in English, a page robots.txt forbids, a redirect, an Atom feed. Each fault
 * gets one line naming its feed or page; the rest is stored whole; a second and third pass ask
 * conditionally, try again what may work now, and give up after three tries.
 */
class WatchFaultsTest {
    @TempDir
    Path dir;

    @Test
    void eachFaultGetsOneLineAndTheRestGoesOn() throws Exception {
        try (LoopbackSite site = new LoopbackSite()) {
            site.text("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
            site.page("/news/depot-fire.html", Stories.page(Stories.DEPOT, null));
            site.status("/news/school-shelled.html", 500, Map.of());
            site.slow("/news/slow.html", 3000, "text/html", Stories.page(Stories.PORT, null));
            site.page("/news/video.html", Stories.videoPage("Watch: the front line at night"));
            site.page("/news/stadt.html", Stories.page(Stories.GERMAN, null));
            site.page("/private/port-missiles.html", Stories.page(Stories.PORT, null));
            site.status("/old/bridge", 301, Map.of("Location", "/news/bridge-strike.html"));
            site.page("/news/bridge-strike.html", Stories.page(Stories.BRIDGE, null));
            site.page("/news/port-missiles.html", Stories.page(Stories.PORT, site.url("/news/port-missiles.html")));
            site.rss("/world.xml", Stories.rss("Example Wire: world", String.join("",
                    Stories.rssItem(site.url("/news/depot-fire.html"), Stories.DEPOT, null),
                    Stories.rssItem(site.url("/news/school-shelled.html"), Stories.SCHOOL, Stories.html(Stories.SCHOOL)),
                    Stories.rssItem(site.url("/news/slow.html"), Stories.PORT, null),
                    Stories.rssItem(site.url("/news/video.html"), Stories.PORT, null),
                    Stories.rssItem(site.url("/news/stadt.html"), Stories.GERMAN, null),
                    Stories.rssItem(site.url("/private/port-missiles.html"), Stories.PORT, null),
                    Stories.rssItem("/old/bridge", Stories.BRIDGE, null))));
            site.status("/down.xml", 500, Map.of());
            site.text("/broken.xml", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                    + "<title>Broken</title><item><title>No end");
            site.put("/atom.xml", new LoopbackSite.Resource(200, "application/atom+xml",
                    Stories.atom("Example Post", Stories.atomEntry(site.url("/news/port-missiles.html"), Stories.PORT,
                            Stories.html(Stories.PORT))).getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of(), 0, true));
            Path db = dir.resolve("ledger.db");
            String world = site.url("/world.xml");

            Cli.Result first = watch(db, world, site.url("/down.xml"), site.url("/broken.xml"), site.url("/atom.xml"));
            assertThat(first.code()).as(first.err()).isEqualTo(1);
            assertThat(first.errLines()).as(first.err()).hasSize(7).anySatisfy(l -> assertThat(l)
                    .startsWith("sitrep: " + site.url("/down.xml") + ": HTTP 500 (Internal Server Error); next try after"))
                    .anySatisfy(l -> assertThat(l).startsWith("sitrep: " + site.url("/broken.xml") + ": malformed XML ("))
                    .anySatisfy(l -> assertThat(l).isEqualTo("sitrep: " + site.url("/news/school-shelled.html")
                            + ": HTTP 500 (Internal Server Error); stored from the feed's own text"))
                    .anySatisfy(l -> assertThat(l).isEqualTo("sitrep: " + site.url("/news/slow.html")
                            + ": timed out after 1 s; tried again at a later pass"))
                    .anySatisfy(l -> assertThat(l).startsWith("sitrep: " + site.url("/news/video.html")
                            + ": not an article ("))
                    .anySatisfy(l -> assertThat(l).startsWith("sitrep: " + site.url("/news/stadt.html")
                            + ": not English (looks like German"))
                    .anySatisfy(l -> assertThat(l).isEqualTo("sitrep: " + site.url("/private/port-missiles.html")
                            + ": disallowed by robots.txt"));
            assertThat(site.requests("/private/port-missiles.html")).as("robots.txt is obeyed").isEmpty();
            assertThat(first.out()).contains("4 feeds (1 read, 0 not modified, 3 failed, 0 backing off)")
                    .contains("7 pages fetched; 4 added, 0 re-extracted, 0 already stored, 2 refused");
            assertThat(site.requests()).allSatisfy(r -> assertThat(r.header("User-Agent"))
                    .isEqualTo("sitrep/dev (news feed reader; +mailto:desk@example.org)"));
            assertThat(site.requests("/news/depot-fire.html").get(0).header("Accept-Encoding")).isEqualTo("gzip");

            assertThat(rows(db, "SELECT url FROM articles ORDER BY url")).containsExactly(
                    site.url("/news/bridge-strike.html"), site.url("/news/depot-fire.html"),
                    site.url("/news/port-missiles.html"), site.url("/news/school-shelled.html"));
            assertThat(rows(db, "SELECT COUNT(*) FROM articles a JOIN feed_items i ON i.article_id = a.id"))
                    .as("every article with its item, every stored item with its article").containsExactly("4");
            assertThat(rows(db, "SELECT i.url || ' ' || i.state || ' ' || i.attempts FROM feed_items i"
                    + " JOIN feeds f ON f.id = i.feed_id WHERE i.state <> 'stored' AND f.url = '" + world + "'"))
                    .containsExactlyInAnyOrder(site.url("/news/slow.html") + " retry 1",
                            site.url("/news/video.html") + " retry 1", site.url("/news/stadt.html") + " refused 1",
                            site.url("/private/port-missiles.html") + " refused 0");
            assertThat(rows(db, "SELECT url || ' ' || failures || ' ' || (etag IS NOT NULL) FROM feeds ORDER BY id"))
                    .containsExactly(world + " 1 1", site.url("/down.xml") + " 1 0", site.url("/broken.xml") + " 1 0",
                            site.url("/atom.xml") + " 0 1");
            Cli.Result feeds = Cli.run(dir, "feeds", "--db", db.toString());
            assertThat(feeds.out()).contains("failing").contains("ok").contains("malformed XML")
                    .contains("read 7 items, 7 new; 1 page failed (timed out after 1 s)");

            // Second pass: feeds asked conditionally, stored pages never again, the pages to retry retried.
            site.clearLog();
            Thread.sleep(1100);
            Cli.Result second = watch(db, world, site.url("/down.xml"), site.url("/broken.xml"), site.url("/atom.xml"));
            assertThat(second.errLines()).as(second.err()).hasSize(3);
            assertThat(site.requests(world.substring(world.lastIndexOf('/')))).singleElement()
                    .satisfies(r -> assertThat(r.header("If-None-Match")).isNotNull());
            assertThat(site.requests("/news/video.html")).singleElement()
                    .satisfies(r -> assertThat(r.header("If-None-Match")).as("a retry asks conditionally").isNotNull());
            assertThat(site.requests("/news/slow.html")).hasSize(1);
            assertThat(site.requests()).noneMatch(r -> List.of("/news/depot-fire.html", "/news/school-shelled.html",
                    "/news/stadt.html", "/news/bridge-strike.html", "/old/bridge", "/news/port-missiles.html",
                    "/private/port-missiles.html").contains(r.path()));

            // Third pass: the two pages that never became articles are given up.
            Thread.sleep(1100);
            Cli.Result third = watch(db, world, site.url("/down.xml"), site.url("/broken.xml"), site.url("/atom.xml"));
            assertThat(third.errLines()).as(third.err()).anySatisfy(l -> assertThat(l)
                    .isEqualTo("sitrep: " + site.url("/news/slow.html") + ": timed out after 1 s; given up after 3 tries"));
            assertThat(rows(db, "SELECT state || ' ' || attempts || ' ' || problem FROM feed_items WHERE url LIKE '%video%'"))
                    .singleElement().satisfies(r -> assertThat(r).startsWith("refused 3 given up after 3 tries: not an article"));
            assertThat(rows(db, "SELECT COUNT(*) FROM feed_items WHERE state = 'retry'")).containsExactly("0");
            assertThat(rows(db, "SELECT COUNT(*) FROM articles")).containsExactly("4");
        }
    }

    private Cli.Result watch(Path db, String... feeds) {
        List<String> args = new java.util.ArrayList<>(List.of("watch", "--db", db.toString(), "--once",
                "--host-delay", "0", "--timeout", "1s", "--interval", "1s", "--contact", "desk@example.org"));
        args.addAll(List.of(feeds));
        return Cli.run(dir, args.toArray(String[]::new));
    }

    static List<String> rows(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
