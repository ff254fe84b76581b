package org.sitrep.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.ledger.Decision;
import org.sitrep.ledger.LedgerException;
import org.sitrep.ledger.incident.IncidentSummary;
import org.sitrep.ledger.incident.Member;

/**
 * Adds analysts' decisions and applies them to their incidents, each in one transaction: a correction,
 * a merge of two incidents, a split of one. Each records the value before it, for the audit log.
 * Merges and splits move the events themselves, so a later ingest (which puts a re-extracted event back
 * in the incident it was in) keeps them.
 */
public final class DecisionStore {
    private final Database db;

    public DecisionStore(Database db) {
        this.db = db;
    }

    /** Stores a decision (its {@code before} filled in from the incident as it is) and applies it. */
    public Decision add(Decision d) {
        return inTransaction(c -> {
            Decision withBefore = new Decision(0, d.incidentId(), d.kind(), d.value(), d.note(), d.analyst(),
                    d.decidedAt(), d.before() != null ? d.before() : before(c, d.incidentId(), d.kind()));
            long id = new Decisions(c, db.dialect()).insert(withBefore);
            resummarise(c, d.incidentId(), d.decidedAt());
            return new Decision(id, withBefore.incidentId(), withBefore.kind(), withBefore.value(), withBefore.note(),
                    withBefore.analyst(), withBefore.decidedAt(), withBefore.before());
        });
    }

    /** Moves every event of {@code from} into {@code into}; {@code from} stays, empty, pointing at it. */
    public void merge(long from, long into, String note, String analyst, Instant now) {
        inTransaction(c -> {
            if (from == into) {
                throw new LedgerException("an incident cannot be merged into itself");
            }
            requireListed(c, into);
            Decisions decisions = new Decisions(c, db.dialect());
            decisions.insert(new Decision(0, from, Decision.Kind.MERGE, String.valueOf(into), note, analyst, now,
                    describe(c, from)));
            decisions.insert(new Decision(0, into, Decision.Kind.ABSORB, String.valueOf(from), note, analyst, now,
                    describe(c, into)));
            execute(c, "UPDATE events SET incident_id = ? WHERE incident_id = ?", into, from);
            resummarise(c, from, now);
            resummarise(c, into, now);
            return null;
        });
    }

    /**
     * Moves some of an incident's events into a new incident.
     *
     * @return the new incident's id
     */
    public long split(long from, List<Long> eventIds, String note, String analyst, Instant now) {
        return inTransaction(c -> {
            Set<Long> moving = new LinkedHashSet<>(eventIds);
            List<Long> all = eventsOf(c, from);
            if (moving.isEmpty()) {
                throw new LedgerException("a split needs the reports (events) to move into the new incident");
            }
            if (!all.containsAll(moving)) {
                List<Long> strangers = new ArrayList<>(moving);
                strangers.removeAll(all);
                throw new LedgerException("events " + strangers + " are not reports of incident " + from);
            }
            if (moving.size() == all.size()) {
                throw new LedgerException("a split must leave at least one report in incident " + from);
            }
            EventRows events = new EventRows(c);
            List<Member> movers = events.members(from).stream().filter(m -> moving.contains(m.facts().id())).toList();
            IncidentRows incidents = new IncidentRows(c, db.dialect());
            long created = incidents.insert(IncidentSummary.of(movers), now);
            for (long e : moving) {
                execute(c, "UPDATE events SET incident_id = ? WHERE id = ?", created, e);
            }
            Decisions decisions = new Decisions(c, db.dialect());
            String which = "reports " + moving;
            decisions.insert(new Decision(0, from, Decision.Kind.SPLIT, String.valueOf(created), join(which, note),
                    analyst, now, describe(c, from)));
            decisions.insert(new Decision(0, created, Decision.Kind.SPLIT_FROM, String.valueOf(from), join(which, note),
                    analyst, now, null));
            resummarise(c, from, now);
            resummarise(c, created, now);
            return created;
        });
    }

    private static String join(String what, String note) {
        return note == null || note.isBlank() ? what : what + ": " + note.strip();
    }

    /** The incident's summary made again from its members, with every decision applied. */
    private void resummarise(Connection c, long incident, Instant now) throws SQLException {
        IncidentRows incidents = new IncidentRows(c, db.dialect());
        Decisions.Applied applied = new Decisions(c, db.dialect()).applied(incident);
        List<Member> members = new EventRows(c).members(incident);
        if (members.isEmpty()) {
            incidents.saveEmpty(incident, applied, now);
        } else {
            incidents.save(incident, IncidentSummary.of(members), applied, now);
        }
    }

    private static List<Long> eventsOf(Connection c, long incident) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM events WHERE incident_id = ? ORDER BY id")) {
            ps.setLong(1, incident);
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        if (ids.isEmpty()) {
            throw new LedgerException("no incident " + incident + " with reports");
        }
        return ids;
    }

    private void requireListed(Connection c, long incident) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT members, merged_into FROM incidents WHERE id = ?")) {
            ps.setLong(1, incident);
            ResultSet rs = ps.executeQuery();
            if (!rs.next()) {
                throw new LedgerException("no incident " + incident + " in " + db.location());
            }
            if (rs.getInt(1) == 0) {
                throw new LedgerException("incident " + incident + " has no reports left (merged into "
                        + rs.getObject(2) + "?)");
            }
        }
    }

    /** The incident's current value of what the decision changes, as the audit log shows it. */
    private String before(Connection c, long incident, Decision.Kind kind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT place_name, lat, lon, day, date_precision, event_type,"
                + " sub_event_type, fatalities_low, fatalities_high, contested, dismissed, review FROM incidents"
                + " WHERE id = ?")) {
            ps.setLong(1, incident);
            ResultSet rs = ps.executeQuery();
            if (!rs.next()) {
                throw new LedgerException("no incident " + incident + " in " + db.location());
            }
            Integer day = Params.integer(rs, "day");
            return switch (kind) {
                case CONTESTED -> String.valueOf(rs.getInt("contested") != 0);
                case DISMISS -> String.valueOf(rs.getInt("dismissed") != 0);
                case REVIEW -> rs.getString("review") == null ? "unreviewed" : rs.getString("review");
                case PLACE -> rs.getString("place_name") == null ? null : rs.getString("place_name")
                        + (Params.dbl(rs, "lat") == null ? "" : String.format(Locale.ROOT, " (%.4f, %.4f)",
                        Params.dbl(rs, "lat"), Params.dbl(rs, "lon")));
                case DATE -> day == null ? rs.getString("date_precision") : LocalDate.ofEpochDay(day).toString();
                case TYPE -> rs.getString("event_type") + " / " + rs.getString("sub_event_type");
                case FATALITIES -> Fatalities.format(Params.integer(rs, "fatalities_low"),
                        Params.integer(rs, "fatalities_high"));
                default -> null;
            };
        }
    }

    /** A short description of an incident for the audit log of a merge or split. */
    private static String describe(Connection c, long incident) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sub_event_type, place_name, day, members FROM incidents"
                + " WHERE id = ?")) {
            ps.setLong(1, incident);
            ResultSet rs = ps.executeQuery();
            if (!rs.next()) {
                throw new LedgerException("no incident " + incident);
            }
            Integer day = Params.integer(rs, "day");
            return "#" + incident + " " + rs.getString(1) + " at " + rs.getString(2)
                    + (day == null ? "" : " on " + LocalDate.ofEpochDay(day)) + ", " + rs.getInt(4) + (rs.getInt(4) == 1 ? " report" : " reports");
        }
    }

    private static void execute(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Params.bind(ps, args);
            ps.executeUpdate();
        }
    }

    private <T> T inTransaction(WritingTransaction.Work<T> work) {
        return WritingTransaction.run(db, WritingTransaction.NONE, work);
    }
}
