package org.sitrep.ledger;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The feed contract on a SQLite file. */
class SqliteFeedTest extends FeedContract {
    @TempDir
    Path dir;

    @Override
    protected LedgerLocation newLocation() {
        return Backend.sqlite(dir);
    }
}
