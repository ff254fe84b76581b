package org.sitrep.app.cli;

import java.util.Map;
import org.sitrep.ledger.LedgerLocation;
import picocli.CommandLine.Option;

/** {@code --db}: where the ledger is. Shared by every command that reads or writes one. */
final class LedgerOption {
    static final String ENV = "SITREP_DB";
    static final String DEFAULT = "sitrep.db";

    @Option(names = "--db", paramLabel = "FILE|URL", description = "The ledger: a SQLite file, or"
            + " jdbc:postgresql://host:5432/db?user=...&password=... (default: $SITREP_DB, else ./sitrep.db).")
    String db;

    LedgerLocation location(Map<String, String> env) {
        String value = db;
        if (value == null || value.isBlank()) {
            String fromEnv = env.get(ENV);
            value = fromEnv == null || fromEnv.isBlank() ? DEFAULT : fromEnv;
        }
        return LedgerLocation.parse(value);
    }
}
