package org.sitrep.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.ledger.Fixtures.DAY;
import static org.sitrep.ledger.Fixtures.KHARKIV;
import static org.sitrep.ledger.Fixtures.KRAMATORSK;
import static org.sitrep.ledger.Fixtures.story;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A connection to a real PostgreSQL server that is lost in the middle of work is reported as lost, not
 * as "cannot connect" (which sends an operator looking at the URL and the password), and what was
 * committed before stays.
 */
@EnabledIfEnvironmentVariable(named = Backend.PG_ENV, matches = ".+")
class PostgresConnectionTest {
    @Test
    void aConnectionEndedByTheServerIsReportedAsLost() throws Exception {
        LedgerLocation schema = Backend.postgres();
        LedgerLocation location = LedgerLocation.parse(schema.jdbcUrl() + "&ApplicationName=sitrep-lost-connection");
        try {
            try (Ledger ledger = Ledger.open(location, true)) {
                Fixtures.Story a = story("a").strike(KRAMATORSK, DAY);
                ledger.ingest(a.article(), a.extraction(), "v");
                try (Connection admin = DriverManager.getConnection(System.getenv(Backend.PG_ENV));
                     Statement s = admin.createStatement()) {
                    s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                            + " WHERE application_name = 'sitrep-lost-connection'");
                }
                Fixtures.Story b = story("b").strike(KHARKIV, DAY);
                assertThatThrownBy(() -> ledger.ingest(b.article(), b.extraction(), "v"))
                        .isInstanceOf(LedgerException.class)
                        .hasMessageStartingWith(location + ": lost the connection to PostgreSQL (")
                        .hasMessageNotContaining("cannot connect");
            }
            try (Ledger again = Ledger.open(location, false)) {
                assertThat(again.counts()).containsEntry("articles", 1L);
            }
        } finally {
            Backend.dropPostgres(schema);
        }
    }
}
