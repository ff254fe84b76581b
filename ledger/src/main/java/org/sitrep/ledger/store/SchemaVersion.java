package org.sitrep.ledger.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The schema version stored in a ledger (Flyway's history table), read cheaply on every open so that
 * Flyway itself only starts when there is something to migrate, and a ledger written by a newer
 * sitrep is refused rather than misread.
 */
final class SchemaVersion {
    /** The highest migration shipped with this sitrep ({@code V4__feeds.sql}). Raise it with each new one. */
    static final int LATEST = 4;
    static final String HISTORY_TABLE = "sitrep_schema_history";
    /** An empty database: everything is to be made. */
    static final int EMPTY = 0;
    /** A database with tables of its own and no sitrep history. */
    static final int NOT_A_LEDGER = -1;

    private SchemaVersion() {
    }

    static int read(Connection c) throws SQLException {
        Set<String> tables = tables(c);
        if (!tables.contains(HISTORY_TABLE)) {
            return tables.isEmpty() ? EMPTY : NOT_A_LEDGER;
        }
        int version = EMPTY;
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM " + HISTORY_TABLE + " WHERE success")) {
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                String v = rs.getString(1);
                if (v != null && v.matches("\\d+")) {
                    version = Math.max(version, Integer.parseInt(v));
                }
            }
        }
        return version;
    }

    private static Set<String> tables(Connection c) throws SQLException {
        Set<String> names = new HashSet<>();
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
