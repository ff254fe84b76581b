package org.sitrep.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.sitrep.ledger.PlaceFix;
import org.sitrep.ledger.incident.Geo;
import org.sitrep.ledger.incident.IncidentSummary;

/** The incidents table: one summary row per incident, kept up to date as members come and go. */
final class IncidentRows {
    private final Connection c;
    private final Dialect dialect;

    IncidentRows(Connection c, Dialect dialect) {
        this.c = c;
        this.dialect = dialect;
    }

    /** A new incident, with the summary of its first member. */
    long insert(IncidentSummary s, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO incidents (event_type, sub_event_type, kind, place_name,"
                + " geonameid, place_precision, lat, lon, country, admin1, cell, day, date_precision, day_key, members,"
                + " articles, sources, machine_contested, contested, dismissed, fatalities_low, fatalities_high, sides,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " RETURNING id")) {
            Params.bind(ps, s.eventType(), s.subType(), s.kind(), s.placeName(), s.geonameid(),
                    s.precision() == null ? null : EventRows.code(s.precision()), s.lat(), s.lon(), s.country(),
                    s.admin1(), s.cell(), s.day(), s.datePrecision(), s.dayKey(), s.members(), s.articles(), s.sources(),
                    s.contested(), s.contested(), false, s.fatalitiesLow(), s.fatalitiesHigh(), s.sides());
            dialect.setInstant(ps, 24, now);
            dialect.setInstant(ps, 25, now);
            ResultSet rs = ps.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The member count stored (the writer keeps the counts of a batch and writes them when it ends). */
    int members(long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT members FROM incidents WHERE id = ?")) {
            ps.setLong(1, id);
            ResultSet rs = ps.executeQuery();
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    void save(long id, IncidentSummary s, Decisions.Applied d, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET event_type = ?, sub_event_type = ?, kind = ?,"
                + " place_name = ?, geonameid = ?, place_precision = ?, lat = ?, lon = ?, country = ?, admin1 = ?, cell = ?,"
                + " day = ?, date_precision = ?, day_key = ?, members = ?, articles = ?, sources = ?,"
                + " machine_contested = ?, contested = ?, dismissed = ?, fatalities_low = ?, fatalities_high = ?,"
                + " sides = ?, stale = 0, updated_at = ? WHERE id = ?")) {
            Params.bind(ps, s.eventType(), s.subType(), s.kind(), s.placeName(), s.geonameid(),
                    s.precision() == null ? null : EventRows.code(s.precision()), s.lat(), s.lon(), s.country(),
                    s.admin1(), s.cell(), s.day(), s.datePrecision(), s.dayKey(), s.members(), s.articles(), s.sources(),
                    s.contested(), d.contested() == null ? s.contested() : d.contested(), d.dismissed(),
                    s.fatalitiesLow(), s.fatalitiesHigh(), s.sides());
            dialect.setInstant(ps, 24, now);
            ps.setLong(25, id);
            ps.executeUpdate();
        }
        if (d != Decisions.Applied.NONE) {
            applyDecisions(id, d, now);
        }
    }

    /**
     * An incident left without members by re-extraction but holding analysts' decisions: kept, empty,
     * so that the decisions still have their incident; queries do not list it.
     */
    void saveEmpty(long id, Decisions.Applied d, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET members = 0, articles = 0, sources = 0,"
                + " dismissed = ?, updated_at = ? WHERE id = ?")) {
            Params.set(ps, 1, d.dismissed());
            dialect.setInstant(ps, 2, now);
            ps.setLong(3, id);
            ps.executeUpdate();
        }
        applyDecisions(id, d, now);
    }

    /**
     * Applies decisions on top of the machine's summary in the row: the flags always, and the place, day,
     * type and fatalities where an analyst corrected them.
     */
    void applyDecisions(long id, Decisions.Applied d, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET contested = COALESCE(?, machine_contested),"
                + " dismissed = ?, review = ?, merged_into = ?, updated_at = ? WHERE id = ?")) {
            Params.bind(ps, d.contested(), d.dismissed(), d.review(), d.mergedInto());
            dialect.setInstant(ps, 5, now);
            ps.setLong(6, id);
            ps.executeUpdate();
        }
        if (d.place() != null) {
            PlaceFix p = d.place();
            update(id, "place_name = ?, geonameid = ?, lat = ?, lon = ?, country = ?, admin1 = ?, place_precision = ?,"
                    + " cell = ?", p.name(), p.geonameid(), p.lat(), p.lon(), p.country(), p.admin1(), p.precision(),
                    Geo.cell(p.lat(), p.lon()));
        }
        if (d.day() != null) {
            update(id, "day = ?, date_precision = 'day', day_key = ?", d.day(), d.day());
        }
        if (d.type() != null) {
            update(id, "event_type = ?, sub_event_type = ?, kind = ?", d.type().eventType(), d.type().subType(),
                    d.type().kind());
        }
        if (d.fatalities() != null) {
            update(id, "fatalities_low = ?, fatalities_high = ?", d.fatalities()[0], d.fatalities()[1]);
        }
    }

    private void update(long id, String set, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET " + set + " WHERE id = ?")) {
            Params.bind(ps, values);
            ps.setLong(values.length + 1, id);
            ps.executeUpdate();
        }
    }

    /**
     * Its summary is out of date until {@link #stale()} incidents are summarised again; its member count
     * is kept exact meanwhile.
     */
    void markStale(long id, int members) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET stale = 1, members = ? WHERE id = ?")) {
            ps.setInt(1, members);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    java.util.List<Long> stale() throws SQLException {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM incidents WHERE stale = 1 ORDER BY id")) {
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    void delete(long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM incidents WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    boolean exists(long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM incidents WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeQuery().next();
        }
    }
}
