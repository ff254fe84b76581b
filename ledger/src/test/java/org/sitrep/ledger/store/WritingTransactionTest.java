package org.sitrep.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ledger.LedgerLocation;

/** A transaction that fails half-way leaves nothing behind, whatever stopped it. */
class WritingTransactionTest {
    @TempDir
    Path dir;

    @Test
    void anOutOfMemoryErrorHalfWayRollsBackRatherThanCommits() throws Exception {
        try (Database db = Database.open(LedgerLocation.parse(dir.resolve("l.db").toString()), true)) {
            assertThatThrownBy(() -> WritingTransaction.run(db, WritingTransaction.NONE, c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO users (name, role, password_hash, created_at)"
                            + " VALUES ('half', 'viewer', 'x', '2024-01-01T00:00:00Z')");
                }
                throw new OutOfMemoryError("Java heap space (thrown by the test)");
            })).isInstanceOf(OutOfMemoryError.class);
            try (Statement s = db.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM users")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
            assertThat(db.connection().getAutoCommit()).isTrue();
        }
    }
}
