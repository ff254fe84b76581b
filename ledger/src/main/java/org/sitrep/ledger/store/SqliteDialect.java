package org.sitrep.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import org.sitrep.ledger.LedgerException;
import org.sitrep.ledger.LedgerLocation;

/**
 * SQLite: one file, write-ahead log, full-text search by FTS5. Writers take the write lock when a
 * transaction begins (connections are opened in IMMEDIATE mode), so two processes queue rather than
 * fail half-way; a wait longer than the busy timeout is reported as a locked database.
 */
final class SqliteDialect implements Dialect {

    @Override
    public String migrations() {
        return "classpath:org/sitrep/ledger/db/sqlite";
    }

    @Override
    public void configure(Connection c) {
        // Set by the connection properties in Database (pragmas must precede the first transaction).
    }

    @Override
    public void lockForWriting(Connection c) {
        // BEGIN IMMEDIATE already holds the database's single write lock.
    }

    /**
     * {@code data_version} changes when another connection commits; {@code total_changes()} counts the
     * rows this connection changed, so it also tells writes made on it outside the writer (decisions).
     */
    @Override
    public long[] writeMark(Connection c) throws SQLException {
        long[] mark = new long[2];
        try (PreparedStatement ps = c.prepareStatement("PRAGMA data_version")) {
            ResultSet rs = ps.executeQuery();
            mark[0] = rs.next() ? rs.getLong(1) : -1;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT total_changes()")) {
            ResultSet rs = ps.executeQuery();
            mark[1] = rs.next() ? rs.getLong(1) : -1;
        }
        return mark;
    }

    /** The writer's own commit changes neither count's meaning: read them again. */
    @Override
    public long[] expectedMark(Connection c, long[] atStart) throws SQLException {
        return writeMark(c);
    }

    @Override
    public boolean roundTrips() {
        return false;
    }

    @Override
    public void setInstant(PreparedStatement ps, int index, Instant t) throws SQLException {
        ps.setString(index, t.toString());
    }

    @Override
    public Instant getInstant(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : Instant.parse(s);
    }

    @Override
    public void indexTexts(Connection c) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO articles_fts (rowid, text) SELECT article_id, text FROM article_texts"
                    + " WHERE article_id > (SELECT indexed_through FROM search_state) ORDER BY article_id");
            s.executeUpdate("UPDATE search_state SET indexed_through = (SELECT COALESCE(MAX(article_id), 0)"
                    + " FROM article_texts)");
        }
    }

    @Override
    public String searchSql() {
        return "SELECT rowid AS id, snippet(articles_fts, 0, '[', ']', '…', 16) AS snippet FROM articles_fts"
                + " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?";
    }

    @Override
    public String matchingArticlesSql() {
        return "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?";
    }

    /** Truncation is the floor for the non-negative numbers the map's grid computes; math functions may be absent. */
    @Override
    public String floor(String expression) {
        return "CAST(" + expression + " AS INTEGER)";
    }

    /**
     * FTS5 has a query language of its own in which a stray quote, colon or hyphen is a syntax error;
     * users type words. Each word becomes a quoted term, all of them required.
     */
    @Override
    public String searchQuery(String userText) {
        StringBuilder q = new StringBuilder();
        for (String w : userText.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                q.append(q.length() == 0 ? "" : " ").append('"').append(w).append('"');
            }
        }
        return q.length() == 0 ? null : q.toString();
    }

    @Override
    public LedgerException explain(SQLException e, LedgerLocation where) {
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (m.contains("sqlite_busy") || m.contains("database is locked") || m.contains("sqlite_locked")) {
            return new LedgerException(where + ": locked by another process (database is locked); try again when it"
                    + " has finished", e);
        }
        if (m.contains("sqlite_notadb") || m.contains("file is not a database")) {
            return new LedgerException(where + ": not a SQLite database", e);
        }
        if (m.contains("sqlite_corrupt")) {
            return new LedgerException(where + ": damaged SQLite database (" + Database.oneLine(e) + ")", e);
        }
        if (m.contains("sqlite_readonly") || m.contains("readonly")) {
            return new LedgerException(where + ": cannot write (read-only file or directory)", e);
        }
        if (m.contains("sqlite_full")) {
            return new LedgerException(where + ": disk full", e);
        }
        if (m.contains("sqlite_cantopen")) {
            return new LedgerException(where + ": cannot open (" + Database.oneLine(e) + ")", e);
        }
        if (m.contains("fts5: syntax error") || m.contains("fts5:") || m.contains("no such column")) {
            return new LedgerException("search: not a query sitrep understands (" + Database.oneLine(e) + ")", e);
        }
        return new LedgerException(where + ": database error (" + Database.oneLine(e) + ")", e);
    }
}
