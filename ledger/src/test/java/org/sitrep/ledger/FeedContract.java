package org.sitrep.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.ledger.Fixtures.DAY;
import static org.sitrep.ledger.Fixtures.KHARKIV;
import static org.sitrep.ledger.Fixtures.KRAMATORSK;
import static org.sitrep.ledger.Fixtures.story;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ledger.feed.ArticleFeed;
import org.sitrep.ledger.feed.Feed;
import org.sitrep.ledger.feed.FeedOrigin;
import org.sitrep.ledger.feed.FeedUpdate;
import org.sitrep.ledger.feed.ItemRecord;
import org.sitrep.ledger.feed.ItemState;
import org.sitrep.ledger.feed.KnownItem;
import org.sitrep.ledger.store.FeedStore;
import org.sitrep.ledger.store.LedgerWriter;

/**
 * What every backend must do with feeds: register them once, keep their health, link each stored
 * article to the item it came from in the article's own transaction, and keep what a pass learned.
 */
abstract class FeedContract extends LedgerTestBase {
    static final Instant T0 = Instant.parse("2024-03-06T10:00:00Z");
    static final String FEED = "https://feeds.example/world.xml";

    FeedStore feeds() {
        return ledger.feeds();
    }

    @Test
    void aFeedIsRegisteredOnceAndStartsNew() {
        Feed first = feeds().register(FEED, T0);
        Feed again = feeds().register(FEED, T0.plusSeconds(60));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.addedAt()).isEqualTo(T0);
        assertThat(feeds().list()).singleElement().satisfies(f -> {
            assertThat(f.url()).isEqualTo(FEED);
            assertThat(f.health()).isEqualTo(Feed.Health.NEW);
            assertThat(f.title()).isNull();
            assertThat(f.itemsSeen()).isZero();
            assertThat(f.due(T0)).isTrue();
        });
    }

    @Test
    void anArticleFromAFeedIsStoredWithItsLinkInOneTransaction() {
        Feed feed = feeds().register(FEED, T0);
        Fixtures.Story s = story("kram").url("https://news.example/kram-canonical").strike(KRAMATORSK, DAY);
        FeedOrigin origin = new FeedOrigin(feed.id(), "https://news.example/kram?utm=feed");
        List<IngestOutcome> out = ledger.ingest(List.of(
                new LedgerWriter.Item(s.article(), s.extraction(), V1, null, origin)));
        assertThat(out).containsExactly(IngestOutcome.ADDED);

        FeedStore.Known known = feeds().known(List.of(origin.itemUrl(), "https://news.example/kram-canonical"));
        KnownItem item = known.in(feed.id(), origin.itemUrl()).orElseThrow();
        assertThat(item.state()).isEqualTo(ItemState.STORED);
        assertThat(item.articleId()).isNotNull();
        assertThat(item.attempts()).isEqualTo(1);
        assertThat(known.settled(origin.itemUrl())).isPresent();
        // The page's own (canonical) URL is known too: stored by the article, not by the feed item.
        assertThat(known.article("https://news.example/kram-canonical")).contains(item.articleId());

        long incident = ledger.incidents(org.sitrep.ledger.query.IncidentFilter.ALL)
                .get(0).id();
        List<ArticleFeed> behind = feeds().ofIncident(incident);
        assertThat(behind).singleElement().satisfies(a -> {
            assertThat(a.articleKey()).isEqualTo(item.articleId());
            assertThat(a.feedUrl()).isEqualTo(FEED);
            assertThat(a.itemUrl()).isEqualTo(origin.itemUrl());
        });
        assertThat(feeds().list().get(0).itemsStored()).isEqualTo(1);
    }

    @Test
    void aFailedBatchLeavesNeitherArticleNorLink() {
        Feed feed = feeds().register(FEED, T0);
        Fixtures.Story good = story("good").strike(KRAMATORSK, DAY);
        Fixtures.Story bad = story("bad").strike(KHARKIV, DAY);
        assertThatThrownBy(() -> ledger.ingest(List.of(
                new LedgerWriter.Item(good.article(), good.extraction(), V1, null, new FeedOrigin(feed.id(), "https://n.example/good")),
                new LedgerWriter.Item(bad.article(), null, V1))))
                .isInstanceOf(NullPointerException.class);
        assertThat(ledger.counts()).containsEntry("articles", 0L);
        assertThat(feeds().known(List.of("https://n.example/good")).items()).isEmpty();
        assertThat(feeds().list().get(0).itemsSeen()).isZero();
    }

    @Test
    void anItemAlreadyStoredIsOnlyLinked() {
        Feed feed = feeds().register(FEED, T0);
        Fixtures.Story s = story("kram").strike(KRAMATORSK, DAY);
        assertThat(ledger.ingest(s.article(), s.extraction(), V1)).isEqualTo(IngestOutcome.ADDED);
        // The same text, found at another address by a feed: linked to the stored article, nothing added.
        org.sitrep.model.Article copy = new org.sitrep.model.Article("copy", "https://mirror.example/kram", null, DAY,
                s.article().text());
        List<IngestOutcome> out = ledger.ingest(List.of(LedgerWriter.Item.linkOnly(copy, V1, null,
                new FeedOrigin(feed.id(), "https://mirror.example/kram"))));
        assertThat(out).containsExactly(IngestOutcome.UNCHANGED);
        assertThat(ledger.counts()).containsEntry("articles", 1L);
        KnownItem item = feeds().known(List.of("https://mirror.example/kram")).in(feed.id(), "https://mirror.example/kram")
                .orElseThrow();
        assertThat(item.state()).isEqualTo(ItemState.STORED);
        assertThat(feeds().known(List.of("https://news.example/kram")).article("https://news.example/kram"))
                .contains(item.articleId());
    }

    @Test
    void aPassKeepsHealthValidatorsAndItems() {
        Feed feed = feeds().register(FEED, T0);
        Feed other = feeds().register("https://other.example/rss", T0);
        feeds().save(List.of(
                new FeedUpdate(feed.id(), T0, "World news", "read: 3 items", true, true, "\"v1\"", "Tue, 05 Mar 2024 10:00:00 GMT", 0, null),
                new FeedUpdate(other.id(), T0, null, "HTTP 500 (Server Error)", false, false, null, null, 1,
                        T0.plusSeconds(600))),
                List.of(new ItemRecord(feed.id(), "https://n.example/video", ItemState.RETRY, null,
                                "no article text found in the page", "\"p1\"", null, true),
                        new ItemRecord(feed.id(), "https://n.example/ru", ItemState.REFUSED, null, "not English", null, null, true)),
                List.of(), T0);
        Feed read = feeds().find(FEED).orElseThrow();
        assertThat(read.title()).isEqualTo("World news");
        assertThat(read.etag()).isEqualTo("\"v1\"");
        assertThat(read.lastModified()).isEqualTo("Tue, 05 Mar 2024 10:00:00 GMT");
        assertThat(read.health()).isEqualTo(Feed.Health.OK);
        assertThat(read.lastOkAt()).isEqualTo(T0);
        assertThat(read.itemsSeen()).isEqualTo(2);
        assertThat(read.itemsRefused()).isEqualTo(1);
        Feed failing = feeds().find("https://other.example/rss").orElseThrow();
        assertThat(failing.health()).isEqualTo(Feed.Health.FAILING);
        assertThat(failing.lastOkAt()).isNull();
        assertThat(failing.due(T0.plusSeconds(599))).isFalse();
        assertThat(failing.due(T0.plusSeconds(600))).isTrue();

        // A later pass: the feed fails, its validators stay; the page retried twice more is given up.
        Instant t1 = T0.plusSeconds(3600);
        feeds().save(List.of(new FeedUpdate(feed.id(), t1, null, "timed out", false, false, null, null, Feed.DOWN_AFTER, null)),
                List.of(new ItemRecord(feed.id(), "https://n.example/video", ItemState.RETRY, null, "still no text", null, null, true)),
                List.of(), t1);
        assertThat(feeds().toRetry(feed.id(), 3)).singleElement().satisfies(k -> {
            assertThat(k.attempts()).isEqualTo(2);
            assertThat(k.etag()).as("a retry without validators keeps the ones it had").isEqualTo("\"p1\"");
            assertThat(k.problem()).isEqualTo("still no text");
        });
        assertThat(feeds().toRetry(feed.id(), 2)).isEmpty();
        Feed down = feeds().find(FEED).orElseThrow();
        assertThat(down.health()).isEqualTo(Feed.Health.DOWN);
        assertThat(down.etag()).isEqualTo("\"v1\"");
        assertThat(down.title()).isEqualTo("World news");
        assertThat(down.lastOkAt()).isEqualTo(T0);
        assertThat(down.lastFetchAt()).isEqualTo(t1);
    }

    @Test
    void anItemListedByTwoFeedsInOnePassGetsTheFirstFeedsRecord() {
        Feed a = feeds().register(FEED, T0);
        Feed b = feeds().register("https://other.example/rss", T0);
        Fixtures.Story s = story("kram").strike(KRAMATORSK, DAY);
        ledger.ingest(List.of(new LedgerWriter.Item(s.article(), s.extraction(), V1, null, new FeedOrigin(a.id(), "https://n.example/k"))));
        feeds().save(List.of(), List.of(), List.of(new FeedOrigin(b.id(), "https://n.example/k"),
                new FeedOrigin(b.id(), "https://n.example/never-stored")), T0);
        FeedStore.Known known = feeds().known(List.of("https://n.example/k", "https://n.example/never-stored"));
        assertThat(known.in(b.id(), "https://n.example/k").orElseThrow().articleId())
                .isEqualTo(known.in(a.id(), "https://n.example/k").orElseThrow().articleId());
        assertThat(known.items()).doesNotContainKey("https://n.example/never-stored");
    }
}
