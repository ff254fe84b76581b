package org.sitrep.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.sitrep.ledger.LedgerException;
import org.sitrep.ledger.LedgerLocation;

/**
 * PostgreSQL: a server the user points sitrep at. Writers serialise on a transaction-level advisory
 * lock, since incident merging reads what the previous writer just wrote; readers never wait.
 * Full-text search uses a stored tsvector column.
 */
final class PostgresDialect implements Dialect {
    /** Any fixed number: the lock only has to be the same for every sitrep writer. */
    private static final long WRITE_LOCK = 0x5172e9L;

    @Override
    public String migrations() {
        return "classpath:org/sitrep/ledger/db/postgresql";
    }

    @Override
    public void configure(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET statement_timeout = 0");
            // The map's cluster pass groups a theatre's year (80,000 incidents) into a few dozen cells. The
            // planner cannot know how few and, with the server's default 4 MB, sorts them on disk (p95 210 ms
            // over 1M events); with this much a session may use per sort or hash, it hashes them (60 ms).
            s.execute("SET work_mem = '32MB'");
        }
    }

    @Override
    public void lockForWriting(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + WRITE_LOCK + ")");
        }
    }

    /**
     * The transaction id: every transaction that writes gets the next one, so when the writer's next
     * transaction gets the id after its last, nobody wrote in between (a write to another database of
     * the same server also takes an id: then the writer only reads again what it knew).
     */
    @Override
    public long[] writeMark(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT txid_current()")) {
            ResultSet rs = ps.executeQuery();
            rs.next();
            return new long[] {rs.getLong(1)};
        }
    }

    @Override
    public long[] expectedMark(Connection c, long[] atStart) {
        return new long[] {atStart[0] + 1};
    }

    @Override
    public boolean roundTrips() {
        return true;
    }

    @Override
    public void setInstant(PreparedStatement ps, int index, Instant t) throws SQLException {
        ps.setObject(index, t.atOffset(ZoneOffset.UTC));
    }

    @Override
    public Instant getInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** The tsvector column is computed by PostgreSQL as each text is stored. */
    @Override
    public void indexTexts(Connection c) {
    }

    @Override
    public String searchSql() {
        return "SELECT article_id AS id, ts_headline('english', text, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8')"
                + " AS snippet FROM article_texts, websearch_to_tsquery('english', ?) q WHERE search @@ q"
                + " ORDER BY ts_rank(search, q) DESC, article_id LIMIT ?";
    }

    @Override
    public String matchingArticlesSql() {
        return "SELECT article_id FROM article_texts WHERE search @@ websearch_to_tsquery('english', ?)";
    }

    @Override
    public String floor(String expression) {
        return "CAST(FLOOR(" + expression + ") AS INTEGER)";
    }

    /** websearch_to_tsquery reads what users type (words, "phrases", or, -not) and never fails on it. */
    @Override
    public String searchQuery(String userText) {
        return userText.isBlank() ? null : userText;
    }

    @Override
    public LedgerException explain(SQLException e, LedgerLocation where) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        // 08001 and 08004: no connection was made. Any other 08 (the link broke), and 57P0x (the server
        // ended the session: shut down, restarted, or an administrator's pg_terminate_backend): one was lost.
        if (state.equals("08001") || state.equals("08004")) {
            return new LedgerException(where + ": cannot connect to PostgreSQL (" + Database.oneLine(e) + ")", e);
        }
        if (state.startsWith("08") || state.startsWith("57P0")) {
            return new LedgerException(where + ": lost the connection to PostgreSQL (" + Database.oneLine(e)
                    + "); the transaction under way was not stored, what was committed before it is kept", e);
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new LedgerException(where + ": PostgreSQL refused the login (" + Database.oneLine(e) + ")", e);
        }
        if (state.equals("3D000")) {
            return new LedgerException(where + ": no such database (" + Database.oneLine(e) + ")", e);
        }
        if (state.equals("55P03") || state.equals("40P01")) {
            return new LedgerException(where + ": locked by another session (" + Database.oneLine(e) + ")", e);
        }
        return new LedgerException(where + ": database error (" + Database.oneLine(e) + ")", e);
    }
}
