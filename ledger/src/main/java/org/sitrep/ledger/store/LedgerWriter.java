package org.sitrep.ledger.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.ledger.IngestOutcome;
import org.sitrep.ledger.feed.FeedOrigin;
import org.sitrep.ledger.incident.Compatibility;
import org.sitrep.ledger.incident.EventFacts;
import org.sitrep.ledger.incident.IncidentMatcher;
import org.sitrep.ledger.incident.IncidentSummary;
import org.sitrep.ledger.incident.Member;
import org.sitrep.ledger.incident.SourceKey;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Extraction;

/**
 * Stores articles with their events and claims and merges the events into incidents, one batch per
 * transaction: a crash loses at most the batch being written, and everything committed before it is
 * whole. An article already stored (same URL, or same normalised text) is stored once; with a new
 * engine version its machine records are replaced; analysts' decisions are never touched.
 */
public final class LedgerWriter {

    /**
     * One article to store.
     *
     * @param article       the article
     * @param extraction    what the engine read from it
     * @param engineVersion the engine that read it
     * @param fingerprint   {@link TextFingerprint#of} its text when already computed, else null
     * @param origin        the feed item it came from, linked to it in the same transaction; null for none
     */
    public record Item(Article article, Extraction extraction, String engineVersion, String fingerprint,
                       FeedOrigin origin) {
        public Item(Article article, Extraction extraction, String engineVersion) {
            this(article, extraction, engineVersion, null, null);
        }

        public Item(Article article, Extraction extraction, String engineVersion, String fingerprint) {
            this(article, extraction, engineVersion, fingerprint, null);
        }

        /**
         * An article from a feed that the caller found stored already (so it was not extracted): only its
         * link to the feed item is written, to the stored article with its text (or at its URL).
         */
        public static Item linkOnly(Article article, String engineVersion, String fingerprint, FeedOrigin origin) {
            return new Item(article, null, engineVersion, fingerprint, java.util.Objects.requireNonNull(origin));
        }

        boolean linkOnly() {
            return extraction == null && origin != null;
        }

        String sha() {
            return fingerprint != null ? fingerprint : TextFingerprint.of(article.text());
        }
    }

    /**
     * An incident with more members than this is summarised again only every {@value #REFRESH_EVERY}
     * batches and when an ingest ends ({@link #refresh}): summing up thousands of reports of one much
     * reported incident for every batch that adds one would make ingest time grow with its size.
     */
    public static final int BIG_INCIDENT = 64;
    static final int REFRESH_EVERY = 25;

    /** Marks "not stored yet" in {@link #plan}. */
    private static final ArticleRows.Stored NEW = new ArticleRows.Stored(-1, null, "", "", false);

    private final Database db;
    private final Connection c;
    private final Clock clock;
    private final ArticleRows articles;
    private final EventRows events;
    private final IncidentRows incidents;
    private final Decisions decisions;
    private final CandidateIndex index;
    private final MemberCache memberCache;
    private final RowBuffer later;
    private int batches;

    public LedgerWriter(Database db, Clock clock) {
        this.db = db;
        this.c = db.connection();
        this.clock = clock;
        this.later = RowBuffer.deferred(c);
        this.articles = new ArticleRows(c, db.dialect(), later);
        this.events = new EventRows(c, later);
        this.incidents = new IncidentRows(c, db.dialect());
        this.decisions = new Decisions(c, db.dialect());
        this.index = new CandidateIndex(c, db.dialect(), events, incidents);
        this.memberCache = new MemberCache(events);
    }

    /**
     * Whether an article must be extracted: false only when it is stored already, with the same text,
     * by the same engine. Asked before extracting, so re-running an ingest costs little.
     */
    public boolean needsExtraction(Article a, String sha, String engineVersion) {
        try {
            return plan(articles.find(a.url(), sha), sha, engineVersion) != null;
        } catch (SQLException e) {
            throw db.explain(e);
        }
    }

    /**
     * What to do with an article given the stored ones with its URL or text: null when nothing (stored
     * already with this text by this engine, or its revised text is another stored article's), the
     * stored article to re-extract, or {@link #NEW}.
     */
    private static ArticleRows.Stored plan(List<ArticleRows.Stored> found, String sha, String engineVersion) {
        if (found.isEmpty()) {
            return NEW;
        }
        ArticleRows.Stored stored = found.stream().filter(ArticleRows.Stored::byUrl).findFirst().orElse(found.get(0));
        boolean sameText = stored.sha().equals(sha);
        if (!sameText && found.size() > 1) {
            return null;
        }
        return sameText && stored.engineVersion().equals(engineVersion) ? null : stored;
    }

    /** Stores a batch in one transaction; the outcome of each item, in order. */
    public List<IngestOutcome> write(List<Item> batch) {
        return WritingTransaction.run(db, hooks, tx -> {
            if (db.dialect().roundTrips()) {
                index.preload(coming(batch));
            }
            Instant now = clock.instant();
            Set<Long> touched = new LinkedHashSet<>();
            List<IngestOutcome> outcomes = new ArrayList<>(batch.size());
            for (Item item : batch) {
                outcomes.add(store(item, now, touched));
            }
            summarise(touched, decisions.any(), now);
            if (++batches % REFRESH_EVERY == 0) {
                refreshStale(decisions.any(), now);
                db.dialect().indexTexts(c);
            }
            return outcomes;
        });
    }

    /** What the batch's events will look for candidates with (before they have ids). */
    private static List<EventFacts> coming(List<Item> batch) {
        List<EventFacts> out = new ArrayList<>();
        for (Item item : batch) {
            if (item.extraction() != null) {
                for (Event e : item.extraction().events()) {
                    out.add(EventFacts.of(e, item.article().published(), 0));
                }
            }
        }
        return out;
    }

    private IngestOutcome store(Item item, Instant now, Set<Long> touched) throws SQLException {
        Article a = item.article();
        String sha = item.sha();
        List<ArticleRows.Stored> found = articles.find(a.url(), sha);
        ArticleRows.Stored stored = plan(found, sha, item.engineVersion());
        if (stored == null || item.linkOnly()) {
            Long same = sameArticle(found, sha);
            if (item.origin() != null && same != null) {
                FeedStore.link(c, db.dialect(), item.origin(), same, now);
            }
            return IngestOutcome.UNCHANGED;
        }
        if (stored == NEW) {
            long id = articles.insert(a, sha, item.engineVersion(), now);
            storeEvents(id, a, item.extraction(), List.of(), now, touched);
            link(item, id, now);
            return IngestOutcome.ADDED;
        }
        // Deleting events (and their claims) and revising a text want the rows of the batch in the database.
        later.flush();
        List<EventFacts> previous = events.forArticle(stored.id());
        Map<Long, List<BlockKey>> keys = events.keysOfArticle(stored.id());
        events.deleteForArticle(stored.id());
        keys.forEach(index::remove);
        Map<Long, Integer> left = new HashMap<>();
        for (EventFacts p : previous) {
            left.merge(p.incidentId(), 1, Integer::sum);
            touched.add(p.incidentId());
        }
        for (Map.Entry<Long, Integer> e : left.entrySet()) {
            index.addMembers(e.getKey(), -e.getValue());
            memberCache.forget(e.getKey());
        }
        articles.update(stored.id(), a, sha, item.engineVersion(), now);
        storeEvents(stored.id(), a, item.extraction(), previous, now, touched);
        link(item, stored.id(), now);
        return IngestOutcome.REEXTRACTED;
    }

    private void link(Item item, long articleId, Instant now) throws SQLException {
        if (item.origin() != null) {
            FeedStore.link(c, db.dialect(), item.origin(), articleId, now);
        }
    }

    /** The stored article an unchanged item is: the one with its text, else the one at its URL. */
    private static Long sameArticle(List<ArticleRows.Stored> found, String sha) {
        return found.stream().filter(s -> s.sha().equals(sha)).findFirst()
                .or(() -> found.stream().filter(ArticleRows.Stored::byUrl).findFirst())
                .map(ArticleRows.Stored::id).orElse(null);
    }

    /**
     * Stores the article's events, each joining the incident it matches or a new one.
     *
     * @param previous the article's events before re-extraction: candidates too, so a re-extracted
     *                 event goes back to its incident (and the analysts' decisions on it) even when it
     *                 was the incident's only member
     */
    private void storeEvents(long articleId, Article a, Extraction x, List<EventFacts> previous, Instant now,
                             Set<Long> touched) throws SQLException {
        Set<Long> taken = new HashSet<>();
        int ordinal = 0;
        for (Event e : x.events()) {
            EventFacts f = EventFacts.of(e, a.published(), articleId);
            EventRows.Candidates found = index.candidates(f);
            List<EventFacts> candidates = new ArrayList<>(found.events());
            Map<Long, Integer> members = new HashMap<>(found.members());
            for (EventFacts p : previous) {
                candidates.add(new EventFacts(p.id(), -1, p.incidentId(), p.eventType(), p.subType(), p.placeName(),
                        p.geonameid(), p.precision(), p.lat(), p.lon(), p.country(), p.admin1(), p.days(), p.attacker()));
            }
            for (EventFacts p : previous) {
                members.computeIfAbsent(p.incidentId(), k -> Math.min(EventRows.REPRESENTATIVES, membersOf(k)));
            }
            for (EventFacts p : previous) {
                members.merge(p.incidentId(), 1, Integer::sum);
            }
            // A re-extracted event that is still the event it was stays in its incident: analysts may have
            // put it there (a merge, a split), and the next article's matching must not undo that.
            Long incident = stayingIn(f, previous, taken);
            if (incident == null) {
                incident = IncidentMatcher.choose(f, candidates, members, taken);
            }
            boolean representative = true;
            boolean isNew = incident == null;
            if (isNew) {
                // Most events start an incident of their own: its summary is known now, no need to read it back.
                incident = incidents.insert(IncidentSummary.of(List.of(member(e, f, a.outlet()))), now);
                index.setMembers(incident, 1);
            } else {
                // The candidates' counts are exact below the cap, which is all this needs to know.
                representative = members.getOrDefault(incident, EventRows.REPRESENTATIVES) < EventRows.REPRESENTATIVES;
                index.addMembers(incident, 1);
                touched.add(incident);
            }
            long id = events.insert(articleId, incident, ordinal++, e, f, representative);
            EventFacts stored = EventRows.stored(id, incident, e, f);
            if (representative) {
                index.add(stored, EventRows.keys(f));
            }
            remember(incident, isNew, previous.isEmpty() ? memberCache.member(stored, e, a.outlet()) : null);
            taken.add(incident);
        }
    }

    /**
     * Keeps the member cache up to date with a member just stored; null when the cache cannot know what
     * the database now holds (a re-extracted article keeps its earlier outlet when the new one is unknown).
     */
    private void remember(long incident, boolean isNew, Member member) {
        if (member == null) {
            memberCache.forget(incident);
        } else if (isNew) {
            memberCache.started(incident, member);
        } else {
            memberCache.joined(incident, member);
        }
    }

    /** The incident of the previous event most like this one, if any is like it and still free. */
    private static Long stayingIn(EventFacts f, List<EventFacts> previous, Set<Long> taken) {
        Long best = null;
        double bestScore = Compatibility.NONE;
        for (EventFacts p : previous) {
            double s = Compatibility.score(f, p);
            if (p.incidentId() != null && !taken.contains(p.incidentId()) && s != Compatibility.NONE && s > bestScore) {
                best = p.incidentId();
                bestScore = s;
            }
        }
        return best;
    }

    private int membersOf(long incident) {
        try {
            return index.members(incident);
        } catch (SQLException e) {
            throw db.explain(e);
        }
    }

    /** A new event as the first member of its incident, before anything is stored. */
    private static Member member(Event e, EventFacts f, String outlet) {
        List<Member.MemberClaim> claims = new ArrayList<>(e.claims().size());
        for (org.sitrep.model.Claim c : e.claims()) {
            claims.add(new Member.MemberClaim(c.side(), c.stance(), SourceKey.of(c.by(), c.side()).key()));
        }
        String precision = e.datePrecision() == null ? null : e.datePrecision().name().toLowerCase(Locale.ROOT);
        Integer day = e.date() != null && "day".equals(precision) ? (int) e.date().toEpochDay() : null;
        return new Member(f, e.kind().code(), day, precision, e.target(), outlet,
                e.verification() == null ? null : e.verification().name().toLowerCase(Locale.ROOT),
                e.fatalities() == null ? null : e.fatalities().low(), e.fatalities() == null ? null : e.fatalities().high(),
                claims);
    }

    /**
     * Writes the summaries of the incidents a batch touched, from their members, with the analysts'
     * decisions on top; big incidents are only marked stale (see {@link #BIG_INCIDENT}).
     *
     * @param anyDecisions whether the ledger holds any decision at all (most never do: no need to look)
     */
    private void summarise(Collection<Long> touched, boolean anyDecisions, Instant now) throws SQLException {
        // Members read back from the database come with their claims.
        later.flush();
        List<Long> small = new ArrayList<>();
        for (long incident : touched) {
            // Member counts are written here, once per batch, rather than as each member comes.
            int count = index.members(incident);
            if (count > BIG_INCIDENT) {
                incidents.markStale(incident, count);
                // Summed up from the database every few batches: no need to keep its many members.
                memberCache.forget(incident);
            } else {
                small.add(incident);
            }
        }
        write(small, memberCache.members(small), anyDecisions, now);
    }

    private void write(List<Long> ids, Map<Long, List<Member>> members, boolean anyDecisions, Instant now)
            throws SQLException {
        for (long incident : ids) {
            List<Member> m = members.getOrDefault(incident, List.of());
            Decisions.Applied applied = anyDecisions ? decisions.applied(incident) : Decisions.Applied.NONE;
            if (!m.isEmpty()) {
                IncidentSummary s = IncidentSummary.of(m);
                incidents.save(incident, s, applied, now);
                index.setMembers(incident, s.members());
            } else if (anyDecisions && !decisions.forIncident(incident).isEmpty()) {
                incidents.saveEmpty(incident, applied, now);
                index.setMembers(incident, 0);
            } else {
                incidents.delete(incident);
                index.forget(incident);
                memberCache.forget(incident);
            }
        }
    }

    /**
     * Summarises the big incidents left stale by earlier batches and indexes the texts not yet indexed
     * for search: what an ingest does when it ends (and what finishes one that was interrupted).
     */
    public void refresh() {
        WritingTransaction.run(db, hooks, tx -> {
            refreshStale(decisions.any(), clock.instant());
            db.dialect().indexTexts(c);
            return null;
        });
    }

    /** Indexes for search the texts stored since the last time: {@code search} asks for it first. */
    public void indexTexts() {
        WritingTransaction.run(db, hooks, tx -> {
            db.dialect().indexTexts(c);
            return null;
        });
    }

    private void refreshStale(boolean anyDecisions, Instant now) throws SQLException {
        for (long incident : incidents.stale()) {
            write(List.of(incident), Map.of(incident, events.members(incident)), anyDecisions, now);
        }
    }

    /**
     * What the writer remembers of the database (candidates, members, rows waiting to be inserted) is
     * checked when a transaction starts (forgotten if anyone else wrote), confirmed when it commits, and
     * dropped when it fails.
     */
    private final WritingTransaction.Hooks hooks = new WritingTransaction.Hooks() {
        @Override
        public void begun() throws SQLException {
            if (!index.begin()) {
                memberCache.clear();
            }
            memberCache.trim();
        }

        @Override
        public void committed() throws SQLException {
            index.committed();
        }

        @Override
        public void failed() {
            index.rolledBack();
            memberCache.clear();
            later.clear();
        }
    };
}
