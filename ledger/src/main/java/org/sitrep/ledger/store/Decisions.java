package org.sitrep.ledger.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.ledger.Decision;
import org.sitrep.ledger.LedgerException;
import org.sitrep.ledger.PlaceFix;
import org.sitrep.ledger.TypeFix;

/**
 * The decisions table: what analysts decided about incidents, with who, when, and the value before.
 * Rows are only ever added; re-extraction never touches them, and every summary of an incident applies
 * them on top of what the machine made (the latest decision of each kind wins).
 */
final class Decisions {
    /**
     * The decisions in force for one incident; null fields leave the machine's value.
     *
     * @param contested  the analyst's verdict on contested, or null for the machine's
     * @param dismissed  whether an analyst said it is not an incident (or rejected it)
     * @param review     confirmed, rejected, or null
     * @param place      the place an analyst gave, or null
     * @param day        the day an analyst gave (epoch day), or null
     * @param type       the type an analyst gave, or null
     * @param fatalities the figures an analyst gave ({low, high}, either null), or null for the machine's
     * @param mergedInto the incident an analyst merged this one into, or null
     */
    record Applied(Boolean contested, boolean dismissed, String review, PlaceFix place, Integer day, TypeFix type,
                   Integer[] fatalities, Long mergedInto) {
        static final Applied NONE = new Applied(null, false, null, null, null, null, null, null);

        /** Whether anything beyond the contested and dismissed flags overrides the machine's summary. */
        boolean overridesSummary() {
            return place != null || day != null || type != null || fatalities != null;
        }
    }

    private final Connection c;
    private final Dialect dialect;

    Decisions(Connection c, Dialect dialect) {
        this.c = c;
        this.dialect = dialect;
    }

    long insert(Decision d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO decisions (incident_id, kind, value, note, analyst,"
                + " decided_at, previous) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            Params.bind(ps, d.incidentId(), d.kind().code(), d.value(), d.note(), d.analyst());
            dialect.setInstant(ps, 6, d.decidedAt());
            Params.set(ps, 7, d.before());
            ResultSet rs = ps.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    List<Decision> forIncident(long incidentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, incident_id, kind, value, note, analyst, decided_at,"
                + " previous FROM decisions WHERE incident_id = ? ORDER BY id")) {
            ps.setLong(1, incidentId);
            return read(ps.executeQuery());
        }
    }

    /** The latest decisions over all incidents, newest first. */
    List<Decision> latest(int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, incident_id, kind, value, note, analyst, decided_at,"
                + " previous FROM decisions ORDER BY id DESC LIMIT ?")) {
            ps.setInt(1, limit);
            return read(ps.executeQuery());
        }
    }

    private List<Decision> read(ResultSet rs) throws SQLException {
        List<Decision> out = new ArrayList<>();
        while (rs.next()) {
            out.add(new Decision(rs.getLong("id"), rs.getLong("incident_id"), Decision.Kind.of(rs.getString("kind")),
                    rs.getString("value"), rs.getString("note"), rs.getString("analyst"),
                    dialect.getInstant(rs, "decided_at"), rs.getString("previous")));
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
        String review = null;
        PlaceFix place = null;
        Integer day = null;
        TypeFix type = null;
        Integer[] fatalities = null;
        Long mergedInto = null;
        for (Decision d : decisions) {
            String v = d.value();
            switch (d.kind()) {
                case CONTESTED -> contested = Boolean.parseBoolean(v);
                case DISMISS -> dismissed = !"false".equalsIgnoreCase(v);
                case REVIEW -> review = "unreviewed".equals(v) ? null : v;
                case PLACE -> place = json(v, PlaceFix.class);
                case DATE -> day = (int) LocalDate.parse(v).toEpochDay();
                case TYPE -> type = json(v, TypeFix.class);
                case FATALITIES -> fatalities = Fatalities.parse(v);
                case MERGE -> mergedInto = Long.parseLong(v);
                default -> { }
            }
        }
        return new Applied(contested, dismissed || "rejected".equals(review), review, place, day, type, fatalities,
                mergedInto);
    }

    private static <T> T json(String v, Class<T> type) {
        try {
            return Json.MAPPER.readValue(v, type);
        } catch (JsonProcessingException e) {
            throw new LedgerException("a stored decision cannot be read (" + type.getSimpleName() + ": " + v + ")", e);
        }
    }
}
