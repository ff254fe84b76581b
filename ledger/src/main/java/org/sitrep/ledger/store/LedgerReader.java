package org.sitrep.ledger.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sitrep.ledger.Decision;
import org.sitrep.ledger.IncidentDetail;
import org.sitrep.ledger.IncidentRow;
import org.sitrep.ledger.Report;
import org.sitrep.ledger.SearchHit;
import org.sitrep.ledger.incident.Geo;
import org.sitrep.ledger.query.IncidentFilter;
import org.sitrep.ledger.query.Near;

/** Queries: incidents by filter, one incident with everything behind it, full-text search. */
public final class LedgerReader {
    static final String COLUMNS = "id, event_type, sub_event_type, kind, place_name, geonameid, place_precision,"
            + " lat, lon, country, admin1, day, date_precision, members, articles, sources, contested, machine_contested,"
            + " fatalities_low, fatalities_high, sides, review, merged_into";

    private final Database db;
    private final Connection c;

    public LedgerReader(Database db) {
        this.db = db;
        this.c = db.connection();
    }

    /** Incidents matching the filter, latest first. */
    public List<IncidentRow> incidents(IncidentFilter f) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM incidents WHERE members > 0 AND dismissed = 0");
        List<Object> args = new ArrayList<>();
        IncidentWhere.append(f, sql, args);
        sql.append(" ORDER BY day_key DESC NULLS LAST, id DESC");
        // The circle is checked here, after the cells: a limit in SQL could cut rows the circle keeps.
        boolean limitInSql = f.limit() > 0 && f.near() == null;
        if (limitInSql) {
            sql.append(" LIMIT ").append(f.limit());
        }
        List<IncidentRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            Params.bind(ps, args.toArray());
            ResultSet rs = ps.executeQuery();
            while (rs.next() && (f.limit() == 0 || rows.size() < f.limit())) {
                IncidentRow row = row(rs);
                if (f.near() == null || within(row, f.near())) {
                    rows.add(row);
                }
            }
        } catch (SQLException e) {
            throw db.explain(e);
        }
        return rows;
    }

    private static boolean within(IncidentRow r, Near n) {
        return r.lat() != null && r.lon() != null && Geo.km(n.lat(), n.lon(), r.lat(), r.lon()) <= n.radiusKm();
    }

    public Optional<IncidentRow> incident(long id) {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM incidents WHERE id = ?")) {
            ps.setLong(1, id);
            ResultSet rs = ps.executeQuery();
            return rs.next() ? Optional.of(row(rs)) : Optional.empty();
        } catch (SQLException e) {
            throw db.explain(e);
        }
    }

    /** An incident with every report, claim and evidence sentence, or empty when there is no such incident. */
    public Optional<IncidentDetail> detail(long id) {
        Optional<IncidentRow> row = incident(id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        try {
            List<Report> reports = reports(id);
            Map<String, List<Report.QuotedClaim>> bySide = new TreeMap<>();
            for (Report r : reports) {
                for (Report.QuotedClaim q : r.claims()) {
                    bySide.computeIfAbsent(q.side() == null ? "unknown" : q.side(), k -> new ArrayList<>()).add(q);
                }
            }
            List<Decision> decisions = new Decisions(c, db.dialect()).forIncident(id);
            return Optional.of(new IncidentDetail(row.get(), reports, bySide, decisions));
        } catch (SQLException e) {
            throw db.explain(e);
        }
    }

    private List<Report> reports(long incidentId) throws SQLException {
        List<Report> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.source_id, a.url, a.outlet, a.published, t.text,"
                + " r.record, e.id AS event_id, a.id AS article_key FROM events e JOIN articles a ON a.id = e.article_id JOIN article_texts t ON t.article_id = a.id"
                + " JOIN event_records r ON r.event_id = e.id WHERE e.incident_id = ? ORDER BY e.id")) {
            ps.setLong(1, incidentId);
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                String text = rs.getString("text");
                ObjectNode event = Json.record(rs.getString("record"));
                List<String> evidence = new ArrayList<>();
                for (JsonNode span : event.path("evidence")) {
                    evidence.add(quote(text, span));
                }
                List<Report.QuotedClaim> claims = new ArrayList<>();
                for (JsonNode cl : event.path("claims")) {
                    claims.add(new Report.QuotedClaim(cl.path("by").asText(null), cl.path("side").asText(null),
                            cl.path("stance").asText(null), quote(text, cl)));
                }
                Integer published = Params.integer(rs, "published");
                out.add(new Report(rs.getString("source_id"), rs.getString("url"), rs.getString("outlet"),
                        published == null ? null : LocalDate.ofEpochDay(published), event, evidence, claims,
                        rs.getLong("event_id"), rs.getLong("article_key")));
            }
        }
        return out;
    }

    private static String quote(String text, JsonNode span) {
        int start = span.path("start").asInt(-1);
        int end = span.path("end").asInt(-1);
        if (start < 0 || end < start || end > text.length()) {
            return null;
        }
        return text.substring(start, end).replaceAll("\\s+", " ").strip();
    }

    /**
     * The member events of each incident, as {@code sitrep extract} writes them with {@code article_id}
     * added: what the JSON Lines export and the merge scorer read.
     */
    public Map<Long, List<ObjectNode>> members(List<Long> incidentIds) {
        Map<Long, List<ObjectNode>> out = new LinkedHashMap<>();
        incidentIds.forEach(id -> out.put(id, new ArrayList<>()));
        int chunk = 500;
        try {
            for (int from = 0; from < incidentIds.size(); from += chunk) {
                List<Long> part = incidentIds.subList(from, Math.min(incidentIds.size(), from + chunk));
                try (PreparedStatement ps = c.prepareStatement("SELECT e.incident_id, a.source_id, r.record FROM events e"
                        + " JOIN articles a ON a.id = e.article_id JOIN event_records r ON r.event_id = e.id"
                        + " WHERE e.incident_id IN ("
                        + String.join(", ", Collections.nCopies(part.size(), "?")) + ") ORDER BY e.id")) {
                    Params.bind(ps, part.toArray());
                    ResultSet rs = ps.executeQuery();
                    while (rs.next()) {
                        ObjectNode record = Json.record(rs.getString(3));
                        ObjectNode withArticle = Json.MAPPER.createObjectNode();
                        withArticle.put("article_id", rs.getString(2));
                        withArticle.setAll(record);
                        out.get(rs.getLong(1)).add(withArticle);
                    }
                }
            }
        } catch (SQLException e) {
            throw db.explain(e);
        }
        return out;
    }

    /** The outlets of each incident's articles, in the order they reported it. */
    public Map<Long, List<String>> outlets(List<Long> incidentIds) {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        incidentIds.forEach(id -> out.put(id, new ArrayList<>()));
        int chunk = 500;
        try {
            for (int from = 0; from < incidentIds.size(); from += chunk) {
                List<Long> part = incidentIds.subList(from, Math.min(incidentIds.size(), from + chunk));
                try (PreparedStatement ps = c.prepareStatement("SELECT e.incident_id, a.outlet FROM events e"
                        + " JOIN articles a ON a.id = e.article_id WHERE e.incident_id IN ("
                        + String.join(", ", Collections.nCopies(part.size(), "?")) + ") ORDER BY e.id")) {
                    Params.bind(ps, part.toArray());
                    ResultSet rs = ps.executeQuery();
                    while (rs.next()) {
                        List<String> list = out.get(rs.getLong(1));
                        String outlet = rs.getString(2);
                        if (outlet != null && !list.contains(outlet)) {
                            list.add(outlet);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw db.explain(e);
        }
        return out;
    }

    /** Articles whose text matches, best first, with the incidents they report. */
    public List<SearchHit> search(String text, int limit) {
        String q = db.dialect().searchQuery(text);
        if (q == null) {
            return List.of();
        }
        Map<Long, String> snippets = new LinkedHashMap<>();
        try {
            try (PreparedStatement ps = c.prepareStatement(db.dialect().searchSql())) {
                ps.setString(1, q);
                ps.setInt(2, limit);
                ResultSet rs = ps.executeQuery();
                while (rs.next()) {
                    snippets.put(rs.getLong("id"), rs.getString("snippet").replaceAll("\\s+", " ").strip());
                }
            }
            List<SearchHit> hits = new ArrayList<>();
            for (Map.Entry<Long, String> e : snippets.entrySet()) {
                hits.add(hit(e.getKey(), e.getValue()));
            }
            return hits;
        } catch (SQLException e) {
            throw db.explain(e);
        }
    }

    private SearchHit hit(long articleId, String snippet) throws SQLException {
        List<Long> incidents = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT e.incident_id FROM events e JOIN incidents i"
                + " ON i.id = e.incident_id WHERE e.article_id = ? AND i.dismissed = 0 ORDER BY e.incident_id")) {
            ps.setLong(1, articleId);
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                incidents.add(rs.getLong(1));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT source_id, url, outlet, published FROM articles WHERE id = ?")) {
            ps.setLong(1, articleId);
            ResultSet rs = ps.executeQuery();
            rs.next();
            Integer published = Params.integer(rs, "published");
            return new SearchHit(articleId, rs.getString(1), rs.getString(2), rs.getString(3),
                    published == null ? null : LocalDate.ofEpochDay(published), snippet, incidents);
        }
    }

    /** How much the ledger holds: articles, events, claims, incidents (listed ones), decisions. */
    public Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        String[][] queries = {{"articles", "SELECT COUNT(*) FROM articles"}, {"events", "SELECT COUNT(*) FROM events"},
                {"claims", "SELECT COUNT(*) FROM claims"},
                {"incidents", "SELECT COUNT(*) FROM incidents WHERE members > 0 AND dismissed = 0"},
                {"decisions", "SELECT COUNT(*) FROM decisions"}};
        try {
            for (String[] q : queries) {
                try (PreparedStatement ps = c.prepareStatement(q[1])) {
                    ResultSet rs = ps.executeQuery();
                    rs.next();
                    out.put(q[0], rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw db.explain(e);
        }
        return out;
    }

    static IncidentRow row(ResultSet rs) throws SQLException {
        Integer day = Params.integer(rs, "day");
        String sides = rs.getString("sides");
        List<String> sideList = sides == null ? List.of()
                : Arrays.stream(sides.split(",")).filter(s -> !s.isEmpty()).toList();
        return new IncidentRow(rs.getLong("id"), rs.getString("event_type"), rs.getString("sub_event_type"),
                rs.getString("kind"), rs.getString("place_name"), Params.longOrNull(rs, "geonameid"),
                rs.getString("place_precision"), Params.dbl(rs, "lat"), Params.dbl(rs, "lon"), rs.getString("country"),
                rs.getString("admin1"), day == null ? null : LocalDate.ofEpochDay(day), rs.getString("date_precision"),
                rs.getInt("members"), rs.getInt("articles"), rs.getInt("sources"), rs.getInt("contested") != 0,
                rs.getInt("machine_contested") != 0, Params.integer(rs, "fatalities_low"),
                Params.integer(rs, "fatalities_high"), sideList,
                rs.getString("review"), Params.longOrNull(rs, "merged_into"));
    }
}
