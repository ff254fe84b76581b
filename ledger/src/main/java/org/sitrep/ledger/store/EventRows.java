package org.sitrep.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.ledger.incident.DayRange;
import org.sitrep.ledger.incident.EventFacts;
import org.sitrep.ledger.incident.Member;
import org.sitrep.ledger.incident.SourceKey;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Precision;
import org.sitrep.model.Stance;

/** The events and claims tables, and the blocking reads the writer's {@link CandidateIndex} is filled from. */
final class EventRows {
    /** Read by position (see {@link #facts} and {@link #member}): looking columns up by name cost more than the query. */
    static final String FACT_COLUMNS = "e.id, e.article_id, e.incident_id, e.kind, e.event_type, e.sub_event_type,"
            + " e.place_name, e.geonameid, e.place_precision, e.lat, e.lon, e.country, e.admin1, e.day, e.date_precision,"
            + " e.day_lo, e.day_hi, e.attacker, e.target, e.verification, e.fatalities_low, e.fatalities_high";
    /** The column after {@link #FACT_COLUMNS}. */
    private static final int NEXT = 23;

    /** Events found by blocking ({@link CandidateIndex}), with the member count of each one's incident. */
    record Candidates(List<EventFacts> events, Map<Long, Integer> members) {
    }

    /** A stored representative event and its incident's member count. */
    record Kept(EventFacts facts, int incidentMembers) {
    }

    private final Connection c;

    private final RowBuffer later;

    EventRows(Connection c) {
        this(c, RowBuffer.immediate(c));
    }

    /** @param later where records and claims of new events wait to be written */
    EventRows(Connection c, RowBuffer later) {
        this.c = c;
        this.later = later;
    }

    /**
     * How many members of an incident are compared with new events: enough for the majority rule of
     * the matcher to mean something, few enough that a much-reported incident does not slow every match.
     */
    static final int REPRESENTATIVES = 16;

    /** @param representative whether new events are to be compared with this one */
    long insert(long articleId, long incidentId, int ordinal, Event e, EventFacts f, boolean representative)
            throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO events (article_id, incident_id, ordinal, event_key,"
                + " kind, event_type, sub_event_type, place_name, geonameid, place_precision, lat, lon, country, admin1,"
                + " cell, area, day, date_precision, day_lo, day_hi, fatalities_low, fatalities_high, injured_low,"
                + " injured_high, attacker, target, verification, representative) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            Params.bind(ps, articleId, incidentId, ordinal, e.id(), e.kind().code(), f.eventType(), f.subType(),
                    f.placeName(), f.geonameid(), f.precision() == null ? null : code(f.precision()), f.lat(), f.lon(),
                    f.country(), f.admin1(), f.cell(), f.area(), e.date() == null ? null : (int) e.date().toEpochDay(),
                    e.datePrecision() == null ? null : e.datePrecision().name().toLowerCase(java.util.Locale.ROOT),
                    f.days().lo(), f.days().hi(), e.fatalities() == null ? null : e.fatalities().low(),
                    e.fatalities() == null ? null : e.fatalities().high(), e.injured() == null ? null : e.injured().low(),
                    e.injured() == null ? null : e.injured().high(), e.attacker(), e.target(),
                    e.verification() == null ? null : e.verification().name().toLowerCase(java.util.Locale.ROOT),
                    representative ? 1 : 0);
            ResultSet rs = ps.executeQuery();
            rs.next();
            id = rs.getLong(1);
        }
        later.add("INSERT INTO event_records (event_id, record) VALUES (?, ?)", id, Json.event(e));
        insertClaims(id, e.claims());
        return id;
    }

    private void insertClaims(long eventId, List<Claim> claims) throws SQLException {
        int ordinal = 0;
        for (Claim cl : claims) {
            later.add("INSERT INTO claims (event_id, ordinal, by_name, side, stance, about, span_start, span_end,"
                    + " source_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", eventId, ordinal++, cl.by(), cl.side(),
                    cl.stance() == null ? null : cl.stance().name().toLowerCase(java.util.Locale.ROOT), cl.about(),
                    cl.words() == null ? null : cl.words().start(), cl.words() == null ? null : cl.words().end(),
                    SourceKey.of(cl.by(), cl.side()).key());
        }
    }

    /** The events of one article, with their incidents. */
    List<EventFacts> forArticle(long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + FACT_COLUMNS + " FROM events e WHERE e.article_id = ?"
                + " ORDER BY e.ordinal")) {
            ps.setLong(1, articleId);
            List<EventFacts> out = new ArrayList<>();
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                out.add(facts(rs));
            }
            return out;
        }
    }

    void deleteForArticle(long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM events WHERE article_id = ?")) {
            ps.setLong(1, articleId);
            ps.executeUpdate();
        }
    }

    /** Most blocking keys read by one statement: longer ORs tempt PostgreSQL into scanning the table. */
    private static final int KEYS_PER_READ = 32;

    /**
     * The representative events under each of the keys, all of one column: a range of an
     * {@code events_block_*} index each, many of them per statement (one round trip, on PostgreSQL, for
     * what a batch's events need). Key lists come in a few fixed lengths (the last key repeated), so
     * their statements are prepared once.
     */
    Map<BlockKey, List<Kept>> blocks(List<BlockKey> keys) throws SQLException {
        Map<BlockKey, List<Kept>> out = new HashMap<>();
        for (BlockKey k : keys) {
            out.put(k, new ArrayList<>());
        }
        for (int from = 0; from < keys.size(); from += KEYS_PER_READ) {
            List<BlockKey> part = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_READ));
            int n = part.size() <= 1 ? 1 : part.size() <= 8 ? 8 : KEYS_PER_READ;
            String column = part.get(0).column();
            boolean cell = column.equals(BlockKey.CELL);
            String term = cell ? "(e.event_type = ? AND e.cell = ?)"
                    : "(e.event_type = ? AND e.place_precision = ? AND e." + column + " = ?)";
            List<Object> args = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                BlockKey k = part.get(Math.min(i, part.size() - 1));
                args.add(k.eventType());
                if (!cell) {
                    args.add(k.precision());
                }
                args.add(k.value());
            }
            // The count by a subquery, not a join: for a long OR, PostgreSQL would hash-join a scan of all incidents.
            try (PreparedStatement ps = c.prepareStatement("SELECT " + FACT_COLUMNS + ", (SELECT i.members FROM incidents i"
                    + " WHERE i.id = e.incident_id), e." + column + ", e.place_precision FROM events e"
                    + " WHERE e.representative = 1 AND (" + String.join(" OR ", Collections.nCopies(n, term)) + ")")) {
                Params.bind(ps, args.toArray());
                ResultSet rs = ps.executeQuery();
                while (rs.next()) {
                    Object value = cell ? (Object) rs.getInt(NEXT + 1) : rs.getString(NEXT + 1);
                    BlockKey k = new BlockKey(rs.getString(5), column, cell ? null : rs.getString(NEXT + 2), value);
                    List<Kept> found = out.get(k);
                    if (found != null) {
                        found.add(new Kept(facts(rs), rs.getInt(NEXT)));
                    }
                }
            }
        }
        return out;
    }

    /** The blocking keys of an article's representative events, by event id, from the columns stored. */
    Map<Long, List<BlockKey>> keysOfArticle(long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, event_type, cell, area, place_precision, country"
                + " FROM events WHERE article_id = ? AND representative = 1")) {
            ps.setLong(1, articleId);
            Map<Long, List<BlockKey>> out = new HashMap<>();
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                out.put(rs.getLong(1), Blocking.keys(rs.getString(2), Params.integer(rs, 3), rs.getString(4),
                        rs.getString(5), rs.getString(6)));
            }
            return out;
        }
    }

    /** A new event's facts as {@link #block} reads them back (an exact date is one stored as known to the day). */
    static EventFacts stored(long id, long incidentId, Event e, EventFacts f) {
        boolean exact = e.datePrecision() != null && e.datePrecision().name().equalsIgnoreCase("day");
        return new EventFacts(id, f.articleId(), incidentId, f.eventType(), f.subType(), f.placeName(), f.geonameid(),
                f.precision(), f.lat(), f.lon(), f.country(), f.admin1(), new DayRange(f.days().lo(), f.days().hi(), exact),
                f.attacker());
    }

    /** The blocking keys a new event is stored under. */
    static List<BlockKey> keys(EventFacts f) {
        return Blocking.keys(f.eventType(), f.cell(), f.area(), f.precision() == null ? null : code(f.precision()),
                f.country());
    }

    /** The members of an incident, with their claims and articles' outlets, in the order they arrived. */
    List<Member> members(long incidentId) throws SQLException {
        return members(List.of(incidentId)).getOrDefault(incidentId, List.of());
    }

    /**
     * The members of several incidents at once: a batch touches hundreds of small incidents, and two
     * queries for all of them cost far less than two for each. IN lists come in a few fixed lengths
     * (the last id repeated), so their statements are prepared once.
     */
    Map<Long, List<Member>> members(Collection<Long> incidentIds) throws SQLException {
        Map<Long, List<Member>> out = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>(incidentIds);
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            Object[] args = padded(ids.subList(from, Math.min(ids.size(), from + IN_CHUNK)));
            List<Member> found = new ArrayList<>();
            // The outlet by a subquery, not a join: for a long IN list, PostgreSQL would hash-join a scan of all articles.
            try (PreparedStatement ps = c.prepareStatement("SELECT " + FACT_COLUMNS + ", (SELECT a.outlet FROM articles a"
                    + " WHERE a.id = e.article_id) FROM events e WHERE e.incident_id IN (" + marks(args.length) + ")"
                    + " ORDER BY e.id")) {
                Params.bind(ps, args);
                ResultSet rs = ps.executeQuery();
                while (rs.next()) {
                    found.add(new Member(facts(rs), rs.getString(4), Params.integer(rs, 14), rs.getString(15),
                            rs.getString(19), rs.getString(NEXT), rs.getString(20), Params.integer(rs, 21),
                            Params.integer(rs, 22), List.of()));
                }
            }
            Map<Long, List<Member.MemberClaim>> claims = claims(found.stream().map(m -> m.facts().id()).toList());
            for (Member m : found) {
                out.computeIfAbsent(m.facts().incidentId(), k -> new ArrayList<>()).add(new Member(m.facts(), m.kind(),
                        m.day(), m.datePrecision(), m.target(), m.outlet(), m.verification(), m.fatalitiesLow(),
                        m.fatalitiesHigh(), claims.getOrDefault(m.facts().id(), List.of())));
            }
        }
        return out;
    }

    /**
     * The claims of events, by event id, in order. By the events' ids rather than a join on their incidents:
     * PostgreSQL would hash-join a scan of all claims for a long list.
     */
    private Map<Long, List<Member.MemberClaim>> claims(List<Long> eventIds) throws SQLException {
        Map<Long, List<Member.MemberClaim>> claims = new HashMap<>();
        for (int from = 0; from < eventIds.size(); from += IN_CHUNK) {
            Object[] args = padded(eventIds.subList(from, Math.min(eventIds.size(), from + IN_CHUNK)));
            try (PreparedStatement ps = c.prepareStatement("SELECT c.event_id, c.side, c.stance, c.source_key FROM claims c"
                    + " WHERE c.event_id IN (" + marks(args.length) + ") ORDER BY c.event_id, c.ordinal")) {
                Params.bind(ps, args);
                ResultSet rs = ps.executeQuery();
                while (rs.next()) {
                    String stance = rs.getString(3);
                    claims.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Member.MemberClaim(
                            rs.getString(2), stance == null ? null : Stance.valueOf(stance.toUpperCase(java.util.Locale.ROOT)),
                            rs.getString(4)));
                }
            }
        }
        return claims;
    }

    /** Longest IN list of one statement. */
    static final int IN_CHUNK = 256;

    /** The ids as parameters, padded with the last to the next of a few fixed lengths. */
    static Object[] padded(List<Long> ids) {
        int n = ids.size() <= 1 ? 1 : ids.size() <= 16 ? 16 : ids.size() <= 64 ? 64 : IN_CHUNK;
        Object[] args = new Object[n];
        for (int i = 0; i < n; i++) {
            args[i] = ids.get(Math.min(i, ids.size() - 1));
        }
        return args;
    }

    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    static EventFacts facts(ResultSet rs) throws SQLException {
        String precision = rs.getString(9);
        return new EventFacts(rs.getLong(1), rs.getLong(2), Params.longOrNull(rs, 3), rs.getString(5), rs.getString(6),
                rs.getString(7), Params.longOrNull(rs, 8),
                precision == null ? null : Precision.valueOf(precision.toUpperCase(java.util.Locale.ROOT)),
                Params.dbl(rs, 10), Params.dbl(rs, 11), rs.getString(12), rs.getString(13),
                new DayRange(Params.integer(rs, 16), Params.integer(rs, 17), "day".equals(rs.getString(15))),
                rs.getString(18));
    }

    static String code(Precision p) {
        return p.name().toLowerCase(java.util.Locale.ROOT);
    }
}
