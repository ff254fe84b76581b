package org.sitrep.ledger;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Review and map queries on a real PostgreSQL server ({@code SITREP_TEST_PG_URL}). */
@EnabledIfEnvironmentVariable(named = Backend.PG_ENV, matches = ".+")
class PostgresReviewTest extends ReviewContract {

    @Override
    protected LedgerLocation newLocation() {
        return Backend.postgres();
    }

    @Override
    protected void dispose(LedgerLocation l) {
        Backend.dropPostgres(l);
    }
}
