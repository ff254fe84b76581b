package org.sitrep.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.sitrep.ledger.LedgerException;
import org.sitrep.ledger.LedgerLocation;

/** What differs between the databases; everything else is the same SQL. */
public interface Dialect {

    /** The Flyway migration folder on the classpath. */
    String migrations();

    /** Session settings right after connecting. */
    void configure(Connection c) throws SQLException;

    /** Called first in every writing transaction: keeps two writers from merging incidents at once. */
    void lockForWriting(Connection c) throws SQLException;

    /**
     * A mark of what has been written to the ledger, read in a writing transaction with the write lock
     * held: the writer keeps what it read from the database between transactions only while the mark
     * at the start of one is the {@link #expectedMark} of its previous one.
     */
    long[] writeMark(Connection c) throws SQLException;

    /**
     * After the writer's transaction committed: the mark the next one reads when nobody else writes in between.
     *
     * @param atStart what {@link #writeMark} read when the transaction began
     */
    long[] expectedMark(Connection c, long[] atStart) throws SQLException;

    /**
     * Whether each statement is a round trip to a server: then the writer reads what a batch will need in
     * a few statements ahead of it, rather than a small one whenever it is needed (which is cheaper on
     * an embedded database, where a statement is a library call).
     */
    boolean roundTrips();

    void setInstant(PreparedStatement ps, int index, Instant t) throws SQLException;

    Instant getInstant(ResultSet rs, String column) throws SQLException;

    /**
     * Full-text search over article texts. Parameters: the user's text, the result limit. Columns:
     * {@code id} (article), {@code snippet} (matched words marked with [ ]).
     */
    String searchSql();

    /**
     * Brings the full-text index up to date with the stored texts, in the writer's transaction: where
     * texts are indexed in bulk (SQLite) rather than as they are stored (PostgreSQL, which does nothing here).
     */
    void indexTexts(Connection c) throws SQLException;

    /** The ids of the articles whose text matches: one parameter, {@link #searchQuery} of the user's words. */
    String matchingArticlesSql();

    /** SQL for the largest integer not above a non-negative number (grid cells of the map). */
    String floor(String expression);

    /** The user's words as the parameter of {@link #searchSql()}; null when there is nothing to look for. */
    String searchQuery(String userText);

    /** Turns a driver error into the one line the user sees. */
    LedgerException explain(SQLException e, LedgerLocation where);

    static Dialect of(LedgerLocation location) {
        return location.kind() == LedgerLocation.Kind.SQLITE ? new SqliteDialect() : new PostgresDialect();
    }
}
