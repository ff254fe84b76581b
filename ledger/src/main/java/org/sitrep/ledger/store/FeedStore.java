package org.sitrep.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.ledger.feed.ArticleFeed;
import org.sitrep.ledger.feed.Feed;
import org.sitrep.ledger.feed.FeedOrigin;
import org.sitrep.ledger.feed.FeedUpdate;
import org.sitrep.ledger.feed.ItemRecord;
import org.sitrep.ledger.feed.ItemState;
import org.sitrep.ledger.feed.KnownItem;

/**
 * The feeds {@code sitrep watch} follows and the items they listed ({@code feeds}, {@code feed_items}).
 * Items stored as articles are written by {@link LedgerWriter}, in the article's own transaction
 * ({@link #link}); everything else a pass learned is written at its end, in one transaction ({@link #save}).
 */
public final class FeedStore {
    /** Keys per {@code IN (...)} list: well under both drivers' limits on parameters. */
    private static final int CHUNK = 400;
    private static final String FEED_COLUMNS = "f.id, f.url, f.title, f.added_at, f.last_fetch_at, f.last_ok_at,"
            + " f.last_status, f.etag, f.last_modified, f.failures, f.next_fetch_at,"
            + " (SELECT COUNT(*) FROM feed_items i WHERE i.feed_id = f.id) AS seen,"
            + " (SELECT COUNT(*) FROM feed_items i WHERE i.feed_id = f.id AND i.state = 'stored') AS stored,"
            + " (SELECT COUNT(*) FROM feed_items i WHERE i.feed_id = f.id AND i.state = 'refused') AS refused";
    private static final String UPSERT_ITEM = "INSERT INTO feed_items (feed_id, url, article_id, state, problem, etag,"
            + " last_modified, attempts, first_seen_at, last_fetch_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (feed_id, url) DO UPDATE SET article_id = excluded.article_id, state = excluded.state,"
            + " problem = excluded.problem, etag = COALESCE(excluded.etag, feed_items.etag),"
            + " last_modified = COALESCE(excluded.last_modified, feed_items.last_modified),"
            + " attempts = feed_items.attempts + excluded.attempts,"
            + " last_fetch_at = COALESCE(excluded.last_fetch_at, feed_items.last_fetch_at)";

    private final Database db;
    private final Connection c;

    public FeedStore(Database db) {
        this.db = db;
        this.c = db.connection();
    }

    /** The feed with this URL, added (in a transaction of its own) when the ledger does not know it yet. */
    public Feed register(String url, Instant now) {
        Optional<Feed> known = find(url);
        if (known.isPresent()) {
            return known.get();
        }
        WritingTransaction.run(db, WritingTransaction.NONE, tx -> {
            try (PreparedStatement ps = tx.prepareStatement("INSERT INTO feeds (url, added_at) VALUES (?, ?)"
                    + " ON CONFLICT (url) DO NOTHING")) {
                ps.setString(1, url);
                db.dialect().setInstant(ps, 2, now);
                ps.executeUpdate();
            }
            return null;
        });
        return find(url).orElseThrow();
    }

    public Optional<Feed> find(String url) {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + FEED_COLUMNS + " FROM feeds f WHERE f.url = ?")) {
            ps.setString(1, url);
            ResultSet rs = ps.executeQuery();
            return rs.next() ? Optional.of(feed(rs)) : Optional.empty();
        } catch (SQLException e) {
            throw db.explain(e);
        }
    }

    /** Every feed, in the order they were added. */
    public List<Feed> list() {
        List<Feed> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + FEED_COLUMNS + " FROM feeds f ORDER BY f.id")) {
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                out.add(feed(rs));
            }
        } catch (SQLException e) {
            throw db.explain(e);
        }
        return out;
    }

    /**
     * What the ledger knows of these item URLs: their records in any feed, and the articles stored under
     * exactly that URL (by {@code sitrep ingest}, or by a page whose canonical URL it is).
     */
    public Known known(Collection<String> urls) {
        Map<String, List<KnownItem>> items = new HashMap<>();
        Map<String, Long> articles = new HashMap<>();
        List<String> all = new ArrayList<>(new java.util.LinkedHashSet<>(urls));
        try {
            for (int from = 0; from < all.size(); from += CHUNK) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
                String in = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement("SELECT feed_id, url, article_id, state, problem, etag,"
                        + " last_modified, attempts FROM feed_items WHERE url IN (" + in + ")")) {
                    Params.bind(ps, chunk.toArray());
                    ResultSet rs = ps.executeQuery();
                    while (rs.next()) {
                        KnownItem k = item(rs);
                        items.computeIfAbsent(k.url(), u -> new ArrayList<>()).add(k);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT url, id FROM articles WHERE url IN (" + in + ")")) {
                    Params.bind(ps, chunk.toArray());
                    ResultSet rs = ps.executeQuery();
                    while (rs.next()) {
                        articles.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw db.explain(e);
        }
        return new Known(items, articles);
    }

    /** A feed's items whose page is to be tried again (fewer than {@code maxAttempts} fetches so far). */
    public List<KnownItem> toRetry(long feedId, int maxAttempts) {
        List<KnownItem> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT feed_id, url, article_id, state, problem, etag,"
                + " last_modified, attempts FROM feed_items WHERE feed_id = ? AND state = 'retry' AND attempts < ?"
                + " ORDER BY first_seen_at, url")) {
            Params.bind(ps, feedId, maxAttempts);
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                out.add(item(rs));
            }
        } catch (SQLException e) {
            throw db.explain(e);
        }
        return out;
    }

    /** The feeds that brought the articles of an incident, by article. */
    public List<ArticleFeed> ofIncident(long incidentId) {
        List<ArticleFeed> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT i.article_id, f.id, f.url, f.title, i.url"
                + " FROM feed_items i JOIN feeds f ON f.id = i.feed_id"
                + " WHERE i.article_id IN (SELECT article_id FROM events WHERE incident_id = ?)"
                + " ORDER BY i.article_id, f.id")) {
            ps.setLong(1, incidentId);
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                out.add(new ArticleFeed(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        } catch (SQLException e) {
            throw db.explain(e);
        }
        return out;
    }

    /**
     * Writes what a pass learned, in one transaction: each feed's result, then the items not stored
     * through the writer, then the items a second feed listed in the same pass (they get the record the
     * first feed's item got, article included).
     *
     * @param shared items listed by more than one feed in the pass, as (feed, url) of the later feeds
     */
    public void save(List<FeedUpdate> feeds, List<ItemRecord> items, List<FeedOrigin> shared, Instant now) {
        if (feeds.isEmpty() && items.isEmpty() && shared.isEmpty()) {
            return;
        }
        WritingTransaction.run(db, WritingTransaction.NONE, tx -> {
            for (FeedUpdate u : feeds) {
                update(tx, u);
            }
            for (ItemRecord r : items) {
                upsert(tx, r, now);
            }
            for (FeedOrigin s : shared) {
                copy(tx, s, now);
            }
            return null;
        });
    }

    /** Links a stored article to the item it came from; in the writer's transaction. */
    static void link(Connection tx, Dialect dialect, FeedOrigin origin, long articleId, Instant now) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement(UPSERT_ITEM)) {
            Params.bind(ps, origin.feedId(), origin.itemUrl(), articleId, ItemState.STORED.code(), null, null, null, 1);
            dialect.setInstant(ps, 9, now);
            dialect.setInstant(ps, 10, now);
            ps.executeUpdate();
        }
    }

    private void update(Connection tx, FeedUpdate u) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement("UPDATE feeds SET title = COALESCE(?, title), last_status = ?,"
                + " etag = CASE WHEN ? = 1 THEN ? ELSE etag END,"
                + " last_modified = CASE WHEN ? = 1 THEN ? ELSE last_modified END,"
                + " failures = ?, last_fetch_at = ?, last_ok_at = CASE WHEN ? = 1 THEN ? ELSE last_ok_at END,"
                + " next_fetch_at = ? WHERE id = ?")) {
            Params.bind(ps, u.title(), u.status(), u.validators(), u.etag(), u.validators(), u.lastModified(),
                    u.failures());
            db.dialect().setInstant(ps, 8, u.at());
            Params.set(ps, 9, u.answered());
            db.dialect().setInstant(ps, 10, u.at());
            if (u.nextFetchAt() == null) {
                ps.setNull(11, java.sql.Types.NULL);
            } else {
                db.dialect().setInstant(ps, 11, u.nextFetchAt());
            }
            ps.setLong(12, u.feedId());
            ps.executeUpdate();
        }
    }

    private void upsert(Connection tx, ItemRecord r, Instant now) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement(UPSERT_ITEM)) {
            Params.bind(ps, r.feedId(), r.url(), r.articleId(), r.state().code(), r.problem(), r.etag(),
                    r.lastModified(), r.fetched() ? 1 : 0);
            db.dialect().setInstant(ps, 9, now);
            if (r.fetched()) {
                db.dialect().setInstant(ps, 10, now);
            } else {
                ps.setNull(10, java.sql.Types.NULL);
            }
            ps.executeUpdate();
        }
    }

    /** The item as another feed recorded it (the one that fetched it); nothing when none did, it is then new next time. */
    private void copy(Connection tx, FeedOrigin s, Instant now) throws SQLException {
        KnownItem first = null;
        try (PreparedStatement ps = tx.prepareStatement("SELECT feed_id, url, article_id, state, problem, etag,"
                + " last_modified, attempts FROM feed_items WHERE url = ? AND feed_id <> ? ORDER BY attempts DESC, feed_id")) {
            Params.bind(ps, s.itemUrl(), s.feedId());
            ResultSet rs = ps.executeQuery();
            if (rs.next()) {
                first = item(rs);
            }
        }
        if (first != null) {
            upsert(tx, new ItemRecord(s.feedId(), s.itemUrl(), first.state(), first.articleId(), first.problem(),
                    first.etag(), first.lastModified(), false), now);
        }
    }

    private KnownItem item(ResultSet rs) throws SQLException {
        return new KnownItem(rs.getLong(1), rs.getString(2), Params.longOrNull(rs, 3), ItemState.of(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8));
    }

    private Feed feed(ResultSet rs) throws SQLException {
        Dialect d = db.dialect();
        return new Feed(rs.getLong("id"), rs.getString("url"), rs.getString("title"), d.getInstant(rs, "added_at"),
                d.getInstant(rs, "last_fetch_at"), d.getInstant(rs, "last_ok_at"), rs.getString("last_status"),
                rs.getString("etag"), rs.getString("last_modified"), rs.getInt("failures"),
                d.getInstant(rs, "next_fetch_at"), rs.getInt("seen"), rs.getInt("stored"), rs.getInt("refused"));
    }

    /**
     * What the ledger knows of a set of item URLs.
     *
     * @param items    their records, in any feed
     * @param articles articles stored under exactly that URL
     */
    public record Known(Map<String, List<KnownItem>> items, Map<String, Long> articles) {
        /** This URL's record in that feed, if any. */
        public Optional<KnownItem> in(long feedId, String url) {
            return items.getOrDefault(url, List.of()).stream().filter(k -> k.feedId() == feedId).findFirst();
        }

        /** A record of this URL in any feed that settles it (stored or refused): the page need not be fetched. */
        public Optional<KnownItem> settled(String url) {
            return items.getOrDefault(url, List.of()).stream().filter(k -> k.state() != ItemState.RETRY)
                    .min(java.util.Comparator.comparing((KnownItem k) -> k.state() != ItemState.STORED));
        }

        /** The article stored under this URL: by an item of any feed, or with this URL as its own. */
        public Optional<Long> article(String url) {
            Optional<Long> byItem = items.getOrDefault(url, List.of()).stream().map(KnownItem::articleId)
                    .filter(java.util.Objects::nonNull).findFirst();
            return byItem.isPresent() ? byItem : Optional.ofNullable(articles.get(url));
        }
    }
}
