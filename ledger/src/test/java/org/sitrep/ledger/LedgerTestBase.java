package org.sitrep.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh ledger for each test, on the backend a subclass names, with a fixed clock. The contracts
 * (what every backend must do) extend it; each backend's test class says where the ledger lives.
 */
abstract class LedgerTestBase {
    static final String V1 = "engine 1";
    static final String V2 = "engine 2";
    protected Ledger ledger;
    protected LedgerLocation location;

    /** A new, empty ledger location for one test. */
    protected abstract LedgerLocation newLocation();

    protected void dispose(LedgerLocation l) {
    }

    @BeforeEach
    void open() {
        location = newLocation();
        ledger = Ledger.open(location, true, Clock.fixed(Instant.parse("2024-03-06T10:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        ledger.close();
        dispose(location);
    }
}
