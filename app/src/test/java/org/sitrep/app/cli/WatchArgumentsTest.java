package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.site.LoopbackSite;
import org.sitrep.app.site.Stories;

/** What watch follows: addresses, OPML files, or the feeds the ledger knows; and bad arguments. */
class WatchArgumentsTest {
    @TempDir
    Path dir;

    @Test
    void anOpmlFileThenTheLedgersOwnList() throws Exception {
        try (LoopbackSite site = new LoopbackSite()) {
            site.page("/news/port.html", Stories.page(Stories.PORT, null));
            site.rss("/feed.xml", Stories.rss("Example Wire", Stories.rssItem(site.url("/news/port.html"), Stories.PORT, null)));
            Path opml = dir.resolve("outlets.opml");
            Files.writeString(opml, "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>t</title></head><body>"
                    + "<outline text=\"Wire\" type=\"rss\" xmlUrl=\"" + site.url("/feed.xml") + "\"/>"
                    + "<outline text=\"Bad\" type=\"rss\" xmlUrl=\"ftp://files.example/feed.xml\"/></body></opml>");
            String db = dir.resolve("ledger.db").toString();
            Cli.Result first = Cli.run(dir, "watch", "--db", db, "--once", "--host-delay", "0", opml.toString());
            assertThat(first.errLines()).containsExactly("sitrep: " + opml + ": ftp://files.example/feed.xml: not an http(s) feed address");
            assertThat(first.code()).isEqualTo(1);
            assertThat(first.out()).contains("1 feed (1 read,").contains("1 added");

            Cli.Result again = Cli.run(dir, "watch", "--db", db, "--once", "--host-delay", "0");
            assertThat(again.code()).as(again.err()).isZero();
            assertThat(again.out()).contains("1 feed (0 read, 1 not modified");

            Cli.Result listed = Cli.run(dir, "feeds", "--db", db, "--format", "jsonl");
            assertThat(listed.outLines()).singleElement().satisfies(line -> {
                JsonNode f = new ObjectMapper().readTree(line);
                assertThat(f.path("url").asText()).isEqualTo(site.url("/feed.xml"));
                assertThat(f.path("health").asText()).isEqualTo("ok");
                assertThat(f.path("itemsStored").asInt()).isEqualTo(1);
                assertThat(f.path("lastStatus").asText()).isEqualTo("not modified");
            });
        }
    }

    @Test
    void aPageTwoFeedsListIsFetchedOnceEvenAfterAFailure() throws Exception {
        try (LoopbackSite site = new LoopbackSite()) {
            site.status("/news/bridge.html", 503, java.util.Map.of());
            String item = Stories.rssItem(site.url("/news/bridge.html"), Stories.BRIDGE, null);
            site.rss("/a.xml", Stories.rss("A", item));
            site.rss("/b.xml", Stories.rss("B", item));
            String db = dir.resolve("ledger.db").toString();
            String[] args = {"watch", "--db", db, "--once", "--host-delay", "0", "--interval", "1s", site.url("/a.xml"),
                site.url("/b.xml")};
            Cli.Result failed = Cli.run(dir, args);
            assertThat(failed.errLines()).as(failed.err()).singleElement()
                    .satisfies(l -> assertThat(l).contains("/news/bridge.html: HTTP 503"));
            assertThat(site.requests("/news/bridge.html")).hasSize(1);

            site.page("/news/bridge.html", Stories.page(Stories.BRIDGE, null));
            for (int pass = 0; pass < 3; pass++) {
                Thread.sleep(1100);
                Cli.Result r = Cli.run(dir, args);
                assertThat(r.code()).as(r.err()).isZero();
            }
            assertThat(site.requests("/news/bridge.html")).as("once failing, once stored, never again").hasSize(2);
            assertThat(WatchFaultsTest.rows(dir.resolve("ledger.db"), "SELECT state || ' ' || (article_id IS NOT NULL)"
                    + " FROM feed_items")).containsExactly("stored 1", "stored 1");
        }
    }

    @Test
    void nothingToFollowIsSaidPlainly() {
        String db = dir.resolve("ledger.db").toString();
        Cli.Result none = Cli.run(dir, "watch", "--db", db, "--once");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("follows no feed yet (give feed addresses or an OPML file)");
        Cli.Result bad = Cli.run(dir, "watch", "--db", db, "--once", "ftp://files.example/feed.xml", "no-such.opml");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.errLines()).containsExactly(
                "sitrep: ftp://files.example/feed.xml: not an http(s) feed address",
                "sitrep: no-such.opml: no such file (give a feed as an http(s) address, or an OPML file)",
                "sitrep: no feed to follow");
        assertThat(Cli.run(dir, "watch", "--interval", "0s", "--once", "http://x.example/f").code()).isEqualTo(2);
        assertThat(Cli.run(dir, "watch", "--host-delay", "soon", "http://x.example/f").err())
                .contains("'soon' is not a duration such as 500ms, 30s, 10m, 1h or 1d");
        assertThat(Cli.run(dir, "feeds", "--db", db).out()).isEqualTo("no feeds (sitrep watch FEED... follows some)\n");
    }
}
