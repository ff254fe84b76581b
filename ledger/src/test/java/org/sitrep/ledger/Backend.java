package org.sitrep.ledger;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where a test's ledger lives: a SQLite file in the test's temporary directory, or a fresh schema of
 * the PostgreSQL database named by {@code SITREP_TEST_PG_URL} (dropped afterwards), so tests never see
 * each other's data.
 */
final class Backend {
    static final String PG_ENV = "SITREP_TEST_PG_URL";
    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    private Backend() {
    }

    static LedgerLocation sqlite(Path dir) {
        return LedgerLocation.parse(dir.resolve("ledger.db").toString());
    }

    /** A new, empty schema; its name is in the returned URL's currentSchema. */
    static LedgerLocation postgres() {
        String base = System.getenv(PG_ENV);
        String schema = "t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare PostgreSQL at " + PG_ENV + ": " + e.getMessage(), e);
        }
        return LedgerLocation.parse(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    static void dropPostgres(LedgerLocation location) {
        String url = location.jdbcUrl();
        String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
        try (Connection c = DriverManager.getConnection(System.getenv(PG_ENV)); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
