package org.sitrep.ledger.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.sitrep.ledger.Decision;
import org.sitrep.ledger.LedgerException;

/** Adds a decision and applies it to its incident, in one transaction. */
public final class DecisionStore {
    private final Database db;

    public DecisionStore(Database db) {
        this.db = db;
    }

    public Decision add(Decision d) {
        Connection c = db.connection();
        try {
            c.setAutoCommit(false);
            try {
                db.dialect().lockForWriting(c);
                IncidentRows incidents = new IncidentRows(c, db.dialect());
                if (!incidents.exists(d.incidentId())) {
                    throw new LedgerException("no incident " + d.incidentId() + " in " + db.location());
                }
                Decisions decisions = new Decisions(c, db.dialect());
                long id = decisions.insert(d);
                incidents.applyDecisions(d.incidentId(), decisions.applied(d.incidentId()), d.decidedAt());
                c.commit();
                return new Decision(id, d.incidentId(), d.kind(), d.value(), d.note(), d.analyst(), d.decidedAt());
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw db.explain(e);
        }
    }
}
