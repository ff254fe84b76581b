package org.sitrep.ledger;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.ledger.query.IncidentFilter;
import org.sitrep.ledger.store.Database;
import org.sitrep.ledger.store.LedgerReader;
import org.sitrep.ledger.store.LedgerWriter;
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

    private Ledger(Database db, Clock clock) {
        this.db = db;
        this.writer = new LedgerWriter(db, clock);
        this.reader = new LedgerReader(db);
        this.decisions = new DecisionLog(db, clock);
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

    @Override
    public void close() {
        db.close();
    }
}
