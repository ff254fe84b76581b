package org.sitrep.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inserts that nothing reads back before the batch ends (texts, event records, claims), written in JDBC
 * batches when the writer needs them in the database ({@link #flush}) rather than one statement each:
 * on PostgreSQL one round trip for hundreds of rows instead of one per row. Rows must only refer to
 * rows already written (their articles and events are inserted at once, for their ids).
 */
final class RowBuffer {
    private final Connection c;
    private final boolean deferred;
    /** Rows by statement, statements in the order first used. */
    private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();

    private RowBuffer(Connection c, boolean deferred) {
        this.c = c;
        this.deferred = deferred;
    }

    /** Rows kept until {@link #flush}. */
    static RowBuffer deferred(Connection c) {
        return new RowBuffer(c, true);
    }

    /** Rows written as they come (for code that inserts a few rows outside the writer's batches). */
    static RowBuffer immediate(Connection c) {
        return new RowBuffer(c, false);
    }

    void add(String sql, Object... values) throws SQLException {
        rows.computeIfAbsent(sql, k -> new ArrayList<>()).add(values);
        if (!deferred) {
            flush();
        }
    }

    /** Writes the rows kept. */
    void flush() throws SQLException {
        for (Map.Entry<String, List<Object[]>> e : rows.entrySet()) {
            try (PreparedStatement ps = c.prepareStatement(e.getKey())) {
                PreparedStatement target = ps.unwrap(PreparedStatement.class);
                for (Object[] values : e.getValue()) {
                    for (int i = 0; i < values.length; i++) {
                        Params.set(target, i + 1, values[i]);
                    }
                    target.addBatch();
                }
                target.executeBatch();
            }
        }
        rows.clear();
    }

    /** Forgets the rows kept: the transaction they were for was rolled back. */
    void clear() {
        rows.clear();
    }
}
