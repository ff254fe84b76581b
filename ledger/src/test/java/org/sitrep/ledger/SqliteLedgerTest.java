package org.sitrep.ledger;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The ledger contract on a SQLite file. */
class SqliteLedgerTest extends LedgerContract {
    @TempDir
    Path dir;

    @Override
    protected LedgerLocation newLocation() {
        return Backend.sqlite(dir);
    }
}
