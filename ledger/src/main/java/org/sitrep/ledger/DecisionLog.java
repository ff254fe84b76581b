package org.sitrep.ledger;

import java.time.Clock;
import org.sitrep.ledger.store.Database;
import org.sitrep.ledger.store.DecisionStore;

/** Checks a decision before it is stored: a known incident, a known analyst, a value that fits the kind. */
final class DecisionLog {
    private final DecisionStore store;
    private final Clock clock;

    DecisionLog(Database db, Clock clock) {
        this.store = new DecisionStore(db);
        this.clock = clock;
    }

    Decision record(long incidentId, Decision.Kind kind, String value, String note, String analyst) {
        if (analyst == null || analyst.isBlank()) {
            throw new LedgerException("a decision needs the analyst's name (--by NAME)");
        }
        String v = value == null ? null : value.strip().toLowerCase(java.util.Locale.ROOT);
        if (kind != Decision.Kind.NOTE && !"true".equals(v) && !"false".equals(v)) {
            throw new LedgerException("a " + kind.code() + " decision is true or false, not '" + value + "'");
        }
        if (kind == Decision.Kind.NOTE && (note == null || note.isBlank())) {
            throw new LedgerException("a note needs its text (--note TEXT)");
        }
        Decision d = new Decision(0, incidentId, kind, kind == Decision.Kind.NOTE ? null : v, note, analyst.strip(),
                clock.instant());
        return store.add(d);
    }
}
