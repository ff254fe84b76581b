package org.sitrep.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.ledger.map.ArticleView;
import org.sitrep.ledger.map.DayCount;
import org.sitrep.ledger.map.Facets;
import org.sitrep.ledger.map.MapFilter;
import org.sitrep.ledger.map.MapView;
import org.sitrep.ledger.query.IncidentFilter;
import org.sitrep.ledger.store.Accounts;
import org.sitrep.ledger.store.Database;
import org.sitrep.ledger.store.FeedStore;
import org.sitrep.ledger.store.LedgerReader;
import org.sitrep.ledger.store.LedgerWriter;
import org.sitrep.ledger.store.MapReader;
import org.sitrep.model.Article;
import org.sitrep.model.Extraction;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A ledger, open: store articles with their extractions, list and show incidents, search, and record
 * analysts' decisions. One instance is one connection, for one thread; errors the user must see come
 * as {@link LedgerException} with a one-line message.
 */
public final class Ledger implements AutoCloseable {
    private final Database db;
    private final LedgerWriter writer;
    private final LedgerReader reader;
    private final DecisionLog decisions;
    private final MapReader map;

    private Ledger(Database db, Clock clock) {
        this.db = db;
        this.writer = new LedgerWriter(db, clock);
        this.reader = new LedgerReader(db);
        this.decisions = new DecisionLog(db, clock);
        this.map = new MapReader(db);
    }

    /**
     * Opens (and for ingest, creates) the ledger at {@code location}, checking and migrating its schema.
     *
     * @param create whether a missing SQLite file may be created
     */
    public static Ledger open(LedgerLocation location, boolean create) {
        return open(location, create, Clock.systemUTC());
    }

    public static Ledger open(LedgerLocation location, boolean create, Clock clock) {
        return new Ledger(Database.open(location, create), clock);
    }

    public LedgerLocation location() {
        return db.location();
    }

    /** False only when the article is stored already, with the same text, by the same engine. */
    public boolean needsExtraction(Article article, String engineVersion) {
        return writer.needsExtraction(article, fingerprint(article), engineVersion);
    }

    /** The same, with the article's {@link #fingerprint} computed already (ingest passes it on to the batch). */
    public boolean needsExtraction(Article article, String fingerprint, String engineVersion) {
        return writer.needsExtraction(article, fingerprint, engineVersion);
    }

    /** What makes two texts the same article: the SHA-256 of the normalised text. */
    public static String fingerprint(Article article) {
        return org.sitrep.ledger.store.TextFingerprint.of(article.text());
    }

    /** Stores one article in its own transaction. */
    public IngestOutcome ingest(Article article, Extraction extraction, String engineVersion) {
        return writer.write(List.of(new LedgerWriter.Item(article, extraction, engineVersion))).get(0);
    }

    /** Stores a batch in one transaction: all of it or, after a crash, none of it. */
    public List<IngestOutcome> ingest(List<LedgerWriter.Item> batch) {
        return writer.write(batch);
    }

    /**
     * Brings the summaries of much-reported incidents and the full-text index up to date; ingest calls
     * it when it ends (both are otherwise brought up to date every few batches, see {@link LedgerWriter}).
     */
    public void refresh() {
        writer.refresh();
    }

    public List<IncidentRow> incidents(IncidentFilter filter) {
        return reader.incidents(filter);
    }

    public Optional<IncidentDetail> show(long incidentId) {
        return reader.detail(incidentId);
    }

    /** Member events of each incident with {@code article_id}, for JSON Lines and GeoJSON exports. */
    public Map<Long, List<ObjectNode>> members(List<Long> incidentIds) {
        return reader.members(incidentIds);
    }

    /** The outlets that reported each incident. */
    public Map<Long, List<String>> outlets(List<Long> incidentIds) {
        return reader.outlets(incidentIds);
    }

    /**
     * Articles whose text holds the words. Texts an ingest stored but did not index yet (it indexes in
     * bulk, every few thousand articles and when it ends) are indexed first; when that cannot be done now
     * (another process is writing, the file is read-only), what is indexed is searched.
     */
    public List<SearchHit> search(String text, int limit) {
        try {
            writer.indexTexts();
        } catch (LedgerException busy) {
            // Searching what is indexed beats failing: the next search or ingest indexes the rest.
        }
        return reader.search(text, limit);
    }

    public Map<String, Long> counts() {
        return reader.counts();
    }

    /** Records an analyst's decision and applies it to the incident at once. */
    public Decision decide(long incidentId, Decision.Kind kind, String value, String note, String analyst) {
        return decisions.record(incidentId, kind, value, note, analyst);
    }

    /** Merges incident {@code from} into {@code into}: its reports move there; it stays, empty, for the audit log. */
    public IncidentDetail merge(long from, long into, String note, String analyst) {
        decisions.merge(from, into, note, analyst);
        return show(into).orElseThrow();
    }

    /** Moves the given reports (events) of an incident into a new incident; returns the new one. */
    public IncidentDetail split(long incidentId, List<Long> eventIds, String note, String analyst) {
        return show(decisions.split(incidentId, eventIds, note, analyst)).orElseThrow();
    }

    /** Corrects an incident's place (resolved by the caller, with the gazetteer). */
    public Decision correctPlace(long incidentId, PlaceFix place, String note, String analyst) {
        return decisions.place(incidentId, place, note, analyst);
    }

    /** The map: incidents in a viewport, or grid clusters of them when there are more than {@code limit}. */
    public MapView viewport(MapFilter filter, int limit) {
        indexTextsFor(filter);
        return map.viewport(filter, limit);
    }

    /** The incidents of a map filter, latest first, at most {@code limit} (downloads of the current filter). */
    public List<IncidentRow> list(MapFilter filter, int limit) {
        indexTextsFor(filter);
        return map.list(filter, limit);
    }

    /** The sides that make claims about any incident. */
    public List<String> sides() {
        return map.sides();
    }

    /** The incidents a stored article reports (found by its text's fingerprint, else its URL). */
    public List<Long> incidentsOfArticle(String url, String fingerprint) {
        return map.incidentsOfArticle(url, fingerprint);
    }

    /** The id of the incident recorded last, or null in an empty ledger ("new since my last visit" counts from it). */
    public Long lastIncidentId() {
        return map.lastIncidentId();
    }

    /** The countries, first-level divisions and actors the map's filters offer. */
    public Facets facets() {
        return map.facets();
    }

    /** The timeline: incidents per day over the filter, whatever its date range. */
    public List<DayCount> histogram(MapFilter filter) {
        indexTextsFor(filter);
        return map.histogram(filter);
    }

    /** The first and last day of any listed incident. */
    public Optional<LocalDate[]> dateRange() {
        return map.dateRange();
    }

    public Optional<ArticleView> article(long articleKey) {
        return map.article(articleKey);
    }

    /** The latest analysts' decisions over all incidents, newest first. */
    public List<Decision> audit(int limit) {
        return map.audit(limit);
    }

    private void indexTextsFor(MapFilter filter) {
        if (filter.text() != null) {
            try {
                writer.indexTexts();
            } catch (LedgerException busy) {
                // As for search: what is indexed is searched; the rest is indexed by the next search or ingest.
            }
        }
    }

    /** The feeds {@code sitrep watch} follows, and the items they listed. */
    public FeedStore feeds() {
        return new FeedStore(db);
    }

    /** The accounts of {@code sitrep serve}, stored in this ledger. */
    public Accounts accounts() {
        return new Accounts(db);
    }

    @Override
    public void close() {
        db.close();
    }
}
