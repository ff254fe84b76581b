package org.sitrep.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.ledger.Fixtures.DAY;
import static org.sitrep.ledger.Fixtures.KRAMATORSK;
import static org.sitrep.ledger.Fixtures.story;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ledger.query.IncidentFilter;

/** What only a SQLite file can get wrong: the file is something else, someone else holds it, it is newer. */
class SqliteFileTest {
    @TempDir
    Path dir;

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftAlone() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "these are my notes, not a database\n");
        assertThatThrownBy(() -> Ledger.open(LedgerLocation.parse(file.toString()), true))
                .isInstanceOf(LedgerException.class).hasMessage(file + ": not a SQLite database");
        assertThat(Files.readString(file)).isEqualTo("these are my notes, not a database\n");
    }

    @Test
    void aSqliteDatabaseOfSomethingElseIsRefusedAndLeftAlone() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE recipes (name TEXT)");
            s.execute("INSERT INTO recipes VALUES ('borscht')");
        }
        assertThatThrownBy(() -> Ledger.open(LedgerLocation.parse(file.toString()), true))
                .isInstanceOf(LedgerException.class).hasMessageContaining("not a sitrep ledger");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertThat(s.executeQuery("SELECT COUNT(*) FROM recipes").getInt(1)).isEqualTo(1);
        }
    }

    /**
     * The map's queries are answered from their covering index whatever the statistics say: after ANALYZE
     * (which the bench's 1M-event ledger runs) SQLite once preferred incidents_day and read a table row per
     * incident in the date range, five times slower over 1,000,000 events.
     */
    @Test
    void theMapQueriesUseTheirCoveringIndexAfterAnalyze() throws Exception {
        Path file = dir.resolve("ledger.db");
        LedgerLocation location = LedgerLocation.parse(file.toString());
        try (Ledger ledger = Ledger.open(location, true)) {
            for (int i = 0; i < 30; i++) {
                ledger.ingest(story("s" + i).article(), story("s" + i).strike(KRAMATORSK, DAY.minusDays(i)).extraction(), "v1");
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("ANALYZE");
            String where = " FROM incidents WHERE members > 0 AND dismissed = 0 AND day_key >= 19700 AND day_key <= 19800"
                    + " AND lat BETWEEN 47 AND 50 AND lon BETWEEN 36 AND 39";
            for (String sql : new String[] {
                "SELECT CAST((lon - 36) / 0.1 AS INTEGER), COUNT(*), AVG(lat), SUM(contested), SUM(fatalities_low),"
                        + " SUM(CASE event_type WHEN 'Battles' THEN 1 ELSE 0 END)" + where + " GROUP BY 1",
                "SELECT day_key, COUNT(*) FROM incidents WHERE members > 0 AND dismissed = 0 AND lat BETWEEN 47 AND 50"
                        + " AND lon BETWEEN 36 AND 39 AND day_key IS NOT NULL GROUP BY day_key ORDER BY day_key"}) {
                StringBuilder plan = new StringBuilder();
                try (java.sql.ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
                    while (rs.next()) {
                        plan.append(rs.getString("detail")).append('\n');
                    }
                }
                assertThat(plan.toString()).as(sql).contains("USING COVERING INDEX incidents_view");
            }
        }
    }

    @Test
    void aLedgerFromANewerSitrepIsRefused() throws Exception {
        Path file = dir.resolve("ledger.db");
        Ledger.open(LedgerLocation.parse(file.toString()), true).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO sitrep_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, installed_on, execution_time, success) VALUES (99, '99', 'future', 'SQL',"
                    + " 'V99__future.sql', 0, 'x', '2030-01-01', 0, 1)");
        }
        assertThatThrownBy(() -> Ledger.open(LedgerLocation.parse(file.toString()), false))
                .isInstanceOf(LedgerException.class)
                .hasMessageContaining("made by a newer sitrep (schema version 99, this one knows up to ");
    }

    @Test
    void queriesDoNotCreateALedger() {
        Path file = dir.resolve("missing.db");
        assertThatThrownBy(() -> Ledger.open(LedgerLocation.parse(file.toString()), false))
                .isInstanceOf(LedgerException.class).hasMessageContaining("no ledger there");
        assertThat(file).doesNotExist();
        assertThatThrownBy(() -> Ledger.open(LedgerLocation.parse(dir.resolve("no/such/dir.db").toString()), true))
                .isInstanceOf(LedgerException.class).hasMessageContaining("no such directory");
        assertThatThrownBy(() -> Ledger.open(LedgerLocation.parse(dir.toString()), true))
                .isInstanceOf(LedgerException.class).hasMessageContaining("is a directory");
    }

    @Test
    void aLockedLedgerIsReportedAndNothingIsLost() throws Exception {
        LedgerLocation location = LedgerLocation.parse(dir.resolve("ledger.db").toString());
        try (Ledger ledger = Ledger.open(location, true)) {
            ledger.ingest(story("a").strike(KRAMATORSK, DAY).article(), story("a").strike(KRAMATORSK, DAY).extraction(), "v");
        }
        try (Connection other = DriverManager.getConnection(location.jdbcUrl()); Statement s = other.createStatement();
             Ledger ledger = Ledger.open(location, true)) {
            s.execute("BEGIN EXCLUSIVE");
            Fixtures.Story b = story("b").strike(KRAMATORSK, DAY);
            assertThatThrownBy(() -> ledger.ingest(b.article(), b.extraction(), "v"))
                    .isInstanceOf(LedgerException.class)
                    .hasMessage(location + ": locked by another process (database is locked); try again when it has finished");
            s.execute("ROLLBACK");
            assertThat(ledger.counts()).containsEntry("articles", 1L);
            assertThat(ledger.incidents(IncidentFilter.ALL)).hasSize(1);
        }
    }

    @Test
    void passwordsStayOutOfMessages() {
        LedgerLocation l = LedgerLocation.parse("jdbc:postgresql://127.0.0.1:1/db?user=me&password=secret");
        assertThat(l.display()).doesNotContain("secret").contains("password=***");
        assertThatThrownBy(() -> Ledger.open(l, false)).isInstanceOf(LedgerException.class)
                .hasMessageStartingWith("jdbc:postgresql://127.0.0.1:1/db?user=me&password=***: cannot connect to PostgreSQL")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> LedgerLocation.parse("jdbc:mysql://x/y")).hasMessageContaining("unsupported database");
    }
}
