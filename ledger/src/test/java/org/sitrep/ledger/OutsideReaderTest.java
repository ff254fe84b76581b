package org.sitrep.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ledger.Fixtures.DAY;
import static org.sitrep.ledger.Fixtures.KHARKIV;
import static org.sitrep.ledger.Fixtures.KRAMATORSK;
import static org.sitrep.ledger.Fixtures.story;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyst reads the ledger with the real {@code sqlite3} shell while this process has it open on
 * more than one connection, as {@code sitrep serve} (its pool, and a connection per browser batch) and
 * {@code sitrep ingest} (its writer and its lookups) do. When the process opened a second descriptor of
 * its own on the file and closed it, POSIX dropped the shared lock of every connection; the shell then
 * found itself the last user on closing, checkpointed, and deleted the -wal and -shm files under the
 * open connections: later commits went to a deleted log and the file was left malformed.
 */
class OutsideReaderTest {
    @TempDir
    Path dir;

    @Test
    void theShellNeverFindsItselfAloneAndEveryCommitIsKept() throws Exception {
        Sqlite3Shell.assumePresent();
        Path db = dir.resolve("ledger.db");
        LedgerLocation location = LedgerLocation.parse(db.toString());
        try (Ledger first = Ledger.open(location, true)) {
            Fixtures.Story a = story("a").strike(KRAMATORSK, DAY);
            first.ingest(a.article(), a.extraction(), "v");
            try (Ledger second = Ledger.open(location, false)) {
                assertThat(Sqlite3Shell.run(db, "SELECT COUNT(*) FROM articles")).isEqualTo("1");
                assertThat(db.resolveSibling("ledger.db-wal")).as("the log of the open ledger").exists();
                assertThat(db.resolveSibling("ledger.db-shm")).exists();
                Fixtures.Story b = story("b").strike(KHARKIV, DAY);
                second.ingest(b.article(), b.extraction(), "v");
                assertThat(Sqlite3Shell.run(db, "SELECT COUNT(*) FROM articles")).isEqualTo("2");
                Fixtures.Story c = story("c").strike(KHARKIV, DAY.plusDays(9));
                first.ingest(c.article(), c.extraction(), "v");
                assertThat(Sqlite3Shell.run(db, "SELECT source_id FROM articles ORDER BY source_id"))
                        .isEqualTo("a\nb\nc");
            }
        }
        assertThat(Sqlite3Shell.run(db, "PRAGMA integrity_check")).isEqualTo("ok");
        assertThat(Sqlite3Shell.run(db, "SELECT COUNT(*) FROM articles")).isEqualTo("3");
    }
}
