package org.sitrep.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.ledger.Decision;

/**
 * The decisions table: what analysts decided about incidents, with who and when. Rows are only ever
 * added; re-extraction never touches them, and every summary of an incident applies them on top of
 * what the machine made (the latest decision of each kind wins).
 */
final class Decisions {
    /**
     * The decisions in force for one incident.
     *
     * @param contested the analyst's verdict on contested, or null for the machine's
     * @param dismissed whether an analyst said it is not an incident
     */
    record Applied(Boolean contested, boolean dismissed) {
        static final Applied NONE = new Applied(null, false);
    }

    private final Connection c;
    private final Dialect dialect;

    Decisions(Connection c, Dialect dialect) {
        this.c = c;
        this.dialect = dialect;
    }

    long insert(Decision d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO decisions (incident_id, kind, value, note, analyst,"
                + " decided_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
            Params.bind(ps, d.incidentId(), d.kind().code(), d.value(), d.note(), d.analyst());
            dialect.setInstant(ps, 6, d.decidedAt());
            ResultSet rs = ps.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    List<Decision> forIncident(long incidentId) throws SQLException {
        List<Decision> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, incident_id, kind, value, note, analyst, decided_at"
                + " FROM decisions WHERE incident_id = ? ORDER BY id")) {
            ps.setLong(1, incidentId);
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                out.add(new Decision(rs.getLong("id"), rs.getLong("incident_id"), Decision.Kind.of(rs.getString("kind")),
                        rs.getString("value"), rs.getString("note"), rs.getString("analyst"),
                        dialect.getInstant(rs, "decided_at")));
            }
        }
        return out;
    }

    /** Whether any decision exists at all. */
    boolean any() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM (SELECT 1 FROM decisions LIMIT 1) d")) {
            ResultSet rs = ps.executeQuery();
            return rs.next() && rs.getInt(1) != 0;
        }
    }

    Applied applied(long incidentId) throws SQLException {
        return apply(forIncident(incidentId));
    }

    static Applied apply(List<Decision> decisions) {
        Boolean contested = null;
        boolean dismissed = false;
        for (Decision d : decisions) {
            switch (d.kind()) {
                case CONTESTED -> contested = Boolean.parseBoolean(d.value());
                case DISMISS -> dismissed = !"false".equalsIgnoreCase(d.value());
                default -> { }
            }
        }
        return new Applied(contested, dismissed);
    }
}
