package org.sitrep.ledger;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The feed contract on a real PostgreSQL server ({@code SITREP_TEST_PG_URL}; {@code .ci/postgres.sh} starts one). */
@EnabledIfEnvironmentVariable(named = Backend.PG_ENV, matches = ".+")
class PostgresFeedTest extends FeedContract {

    @Override
    protected LedgerLocation newLocation() {
        return Backend.postgres();
    }

    @Override
    protected void dispose(LedgerLocation l) {
        Backend.dropPostgres(l);
    }
}
