package org.sitrep.ledger;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Review and map queries on a SQLite file. */
class SqliteReviewTest extends ReviewContract {
    @TempDir
    Path dir;

    @Override
    protected LedgerLocation newLocation() {
        return Backend.sqlite(dir);
    }
}
