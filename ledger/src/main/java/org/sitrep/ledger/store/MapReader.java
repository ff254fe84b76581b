package org.sitrep.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.ledger.Decision;
import org.sitrep.ledger.IncidentRow;
import org.sitrep.ledger.map.ArticleView;
import org.sitrep.ledger.map.BBox;
import org.sitrep.ledger.map.Cluster;
import org.sitrep.ledger.map.DayCount;
import org.sitrep.ledger.map.Facets;
import org.sitrep.ledger.map.MapFilter;
import org.sitrep.ledger.map.MapView;
import org.sitrep.ledger.query.IncidentFilter;
import org.sitrep.model.AcledEventType;

/**
 * The map's queries. A viewport is answered with at most {@code limit} incidents; beyond that with
 * the counts of a grid over the viewport, aggregated by the database, so that neither the server nor
 * the page ever handles every incident of a wide view.
 */
public final class MapReader {
    /** Cells across the longer side of the viewport when clustering. */
    static final int GRID = 32;
    private static final AcledEventType[] TYPES = AcledEventType.values();
    /** Bits per type in the packed sum of a cell's types; the last type is what the others leave. */
    private static final int TYPE_BITS = 20;
    private static final int PACKED_TYPES = TYPES.length - 1;

    private final Database db;
    private final Connection c;

    public MapReader(Database db) {
        this.db = db;
        this.c = db.connection();
    }

    /**
     * One pass of the database over the viewport counts its incidents by grid cell; only when there are
     * few enough to draw one by one are they read.
     */
    public MapView viewport(MapFilter f, int limit) {
        StringBuilder where = new StringBuilder();
        List<Object> args = new ArrayList<>();
        where(f, true, where, args);
        try {
            int[] unplaced = new int[1];
            List<Cluster> clusters = clusters(f.bbox(), where, args, unplaced);
            // Incidents without coordinates are listed (their place is a name only) but never clustered.
            int total = clusters.stream().mapToInt(Cluster::count).sum() + unplaced[0];
            if (total <= limit) {
                return new MapView(total, false, rows(where, args, limit), List.of());
            }
            return new MapView(total, true, List.of(), clusters);
        } catch (SQLException e) {
            throw db.explain(e);
        }
    }

    /** The incidents of the filter, latest first, at most {@code limit}: what the downloads hold. */
    public List<IncidentRow> list(MapFilter f, int limit) {
        StringBuilder where = new StringBuilder();
        List<Object> args = new ArrayList<>();
        where(f, true, where, args);
        try {
            return rows(where, args, limit);
        } catch (SQLException e) {
            throw db.explain(e);
        }
    }

    /** The sides that make claims about any listed incident. */
    public List<String> sides() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT sides FROM incidents WHERE members > 0")) {
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                for (String s : rs.getString(1).split(",")) {
                    if (!s.isEmpty()) {
                        out.add(s);
                    }
                }
            }
        } catch (SQLException e) {
            throw db.explain(e);
        }
        return new ArrayList<>(out);
    }

    private List<IncidentRow> rows(StringBuilder where, List<Object> args, int limit) throws SQLException {
        List<IncidentRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + LedgerReader.COLUMNS + " FROM incidents WHERE " + where
                + " ORDER BY day_key DESC NULLS LAST, id DESC LIMIT " + limit)) {
            Params.bind(ps, args.toArray());
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                rows.add(LedgerReader.row(rs));
            }
        }
        return rows;
    }

    private List<Cluster> clusters(BBox box, StringBuilder where, List<Object> args, int[] unplaced) throws SQLException {
        BBox b = box != null ? box : new BBox(-180, -90, 180, 90);
        double size = Math.max(b.width(), b.height()) / GRID;
        // Longitudes east of the antimeridian are shifted by 360 so that cells run on past it.
        String lon = b.crossesAntimeridian() ? "(CASE WHEN lon < ? THEN lon + 360 ELSE lon END)" : "lon";
        String gx = db.dialect().floor("(" + lon + " - ?) / ?");
        String gy = db.dialect().floor("(lat - ?) / ?");
        // The mix of event types in one packed sum: three types' counts in fields of 20 bits (the fourth is the
        // rest). One CASE per row costs a third of the query less than a SUM per type, measured over 1M events.
        StringBuilder packed = new StringBuilder("SUM(CASE event_type");
        for (int t = 0; t < PACKED_TYPES; t++) {
            packed.append(" WHEN '").append(TYPES[t].label().replace("'", "''")).append("' THEN ").append(1L << (TYPE_BITS * t));
        }
        packed.append(" ELSE 0 END)");
        String sql = "SELECT " + gx + " AS gx, " + gy + " AS gy, COUNT(*) AS n, AVG(lat) AS lat, AVG(" + lon + ") AS lon,"
                + " SUM(contested) AS contested, SUM(fatalities_low) AS fatalities, " + packed + " AS types"
                + " FROM incidents WHERE " + where + " GROUP BY 1, 2";
        List<Object> all = new ArrayList<>();
        if (b.crossesAntimeridian()) {
            all.add(b.west());
        }
        all.addAll(List.of(b.west(), size, b.south(), size));
        if (b.crossesAntimeridian()) {
            all.add(b.west());
        }
        all.addAll(args);
        List<Cluster> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Params.bind(ps, all.toArray());
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                if (rs.getObject("gx") == null) {
                    unplaced[0] += rs.getInt("n");
                    continue;
                }
                int x = rs.getInt("gx");
                int y = rs.getInt("gy");
                double west = b.west() + x * size;
                double south = b.south() + y * size;
                Map<String, Integer> types = types(rs.getInt("n"), rs.getLong("types"));
                out.add(new Cluster(rs.getDouble("lat"), normal(rs.getDouble("lon")), rs.getInt("n"), rs.getInt("contested"),
                        Params.longOrNull(rs, "fatalities"), normal(west), south, normal(west + size),
                        Math.min(90, south + size), types));
            }
        }
        return out;
    }

    /** The counts per type of a packed sum, or null when a cell is too big for its fields (over a million incidents). */
    static Map<String, Integer> types(int count, long packed) {
        if (count >= 1 << TYPE_BITS) {
            return null;
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        int rest = count;
        for (int t = 0; t < PACKED_TYPES; t++) {
            int n = (int) (packed >>> (TYPE_BITS * t) & ((1 << TYPE_BITS) - 1));
            rest -= n;
            if (n > 0) {
                out.put(TYPES[t].label(), n);
            }
        }
        if (rest > 0) {
            out.put(TYPES[PACKED_TYPES].label(), rest);
        }
        return out;
    }

    private static double normal(double lon) {
        return lon > 180 ? lon - 360 : lon;
    }

    /** Incidents per day over the filter, without its date range: the timeline shows the whole span. */
    public List<DayCount> histogram(MapFilter f) {
        StringBuilder where = new StringBuilder();
        List<Object> args = new ArrayList<>();
        where(f, false, where, args);
        List<DayCount> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT day_key, COUNT(*) FROM incidents WHERE " + where
                + " AND day_key IS NOT NULL GROUP BY day_key ORDER BY day_key")) {
            Params.bind(ps, args.toArray());
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                out.add(new DayCount(LocalDate.ofEpochDay(rs.getInt(1)), rs.getInt(2)));
            }
        } catch (SQLException e) {
            throw db.explain(e);
        }
        return out;
    }

    /** The countries, first-level divisions and actors of the listed incidents, most incidents first. */
    public Facets facets() {
        List<Facets.Region> regions = new ArrayList<>();
        List<Facets.Count> actors = new ArrayList<>();
        try {
            try (PreparedStatement ps = c.prepareStatement("SELECT country, admin1, COUNT(*) FROM incidents"
                    + " WHERE members > 0 AND dismissed = 0 AND country IS NOT NULL GROUP BY country, admin1"
                    + " ORDER BY country, COUNT(*) DESC")) {
                ResultSet rs = ps.executeQuery();
                while (rs.next()) {
                    regions.add(new Facets.Region(rs.getString(1), rs.getString(2), rs.getInt(3)));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT a, COUNT(DISTINCT incident_id) FROM ("
                    + "SELECT attacker AS a, incident_id FROM events WHERE attacker IS NOT NULL AND incident_id IS NOT NULL"
                    + " UNION ALL SELECT target AS a, incident_id FROM events WHERE target IS NOT NULL"
                    + " AND incident_id IS NOT NULL) x GROUP BY a ORDER BY 2 DESC, 1")) {
                ResultSet rs = ps.executeQuery();
                while (rs.next()) {
                    actors.add(new Facets.Count(rs.getString(1), rs.getInt(2)));
                }
            }
        } catch (SQLException e) {
            throw db.explain(e);
        }
        return new Facets(regions, actors);
    }

    /** The id of the incident recorded last (ids grow as incidents are recorded), or null when there is none. */
    public Long lastIncidentId() {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(id) FROM incidents")) {
            ResultSet rs = ps.executeQuery();
            rs.next();
            return Params.longOrNull(rs, 1);
        } catch (SQLException e) {
            throw db.explain(e);
        }
    }

    /** The first and last day of any listed incident, or empty when there is none. */
    public Optional<LocalDate[]> dateRange() {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(day_key), MAX(day_key) FROM incidents"
                + " WHERE members > 0 AND dismissed = 0")) {
            ResultSet rs = ps.executeQuery();
            rs.next();
            Integer first = Params.integer(rs, 1);
            return first == null ? Optional.empty()
                    : Optional.of(new LocalDate[] {LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(rs.getInt(2))});
        } catch (SQLException e) {
            throw db.explain(e);
        }
    }

    public Optional<ArticleView> article(long id) {
        try {
            ArticleView head;
            try (PreparedStatement ps = c.prepareStatement("SELECT a.source_id, a.url, a.outlet, a.published, t.text"
                    + " FROM articles a JOIN article_texts t ON t.article_id = a.id WHERE a.id = ?")) {
                ps.setLong(1, id);
                ResultSet rs = ps.executeQuery();
                if (!rs.next()) {
                    return Optional.empty();
                }
                Integer published = Params.integer(rs, "published");
                head = new ArticleView(id, rs.getString(1), rs.getString(2), rs.getString(3),
                        published == null ? null : LocalDate.ofEpochDay(published), rs.getString(5), new ArrayList<>(),
                        new ArrayList<>());
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT e.incident_id, r.record FROM events e"
                    + " JOIN event_records r ON r.event_id = e.id WHERE e.article_id = ? ORDER BY e.ordinal")) {
                ps.setLong(1, id);
                ResultSet rs = ps.executeQuery();
                while (rs.next()) {
                    head.incidents().add(Params.longOrNull(rs, 1));
                    head.events().add(Json.record(rs.getString(2)));
                }
            }
            return Optional.of(head);
        } catch (SQLException e) {
            throw db.explain(e);
        }
    }

    /**
     * The incidents reported by the stored article with this text fingerprint (or, when none has it, this
     * URL), in the order of its events: what an ingest from the browser links to when it is done.
     */
    public List<Long> incidentsOfArticle(String url, String fingerprint) {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.incident_id FROM events e WHERE e.article_id ="
                + " (SELECT id FROM articles WHERE text_sha256 = ? OR url = ? ORDER BY CASE WHEN text_sha256 = ?"
                + " THEN 0 ELSE 1 END LIMIT 1) AND e.incident_id IS NOT NULL ORDER BY e.ordinal")) {
            ps.setString(1, fingerprint);
            ps.setString(2, url);
            ps.setString(3, fingerprint);
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                long id = rs.getLong(1);
                if (!out.contains(id)) {
                    out.add(id);
                }
            }
        } catch (SQLException e) {
            throw db.explain(e);
        }
        return out;
    }

    /** The audit log over all incidents, newest first. */
    public List<Decision> audit(int limit) {
        try {
            return new Decisions(c, db.dialect()).latest(limit);
        } catch (SQLException e) {
            throw db.explain(e);
        }
    }

    private void where(MapFilter f, boolean withDates, StringBuilder sql, List<Object> args) {
        sql.append("members > 0");
        if (f.review() == null) {
            sql.append(" AND dismissed = 0");
        } else {
            switch (f.review()) {
                case "rejected" -> sql.append(" AND dismissed = 1");
                case "confirmed" -> sql.append(" AND dismissed = 0 AND review = 'confirmed'");
                default -> sql.append(" AND dismissed = 0 AND review IS NULL");
            }
        }
        IncidentFilter base = f.base();
        IncidentWhere.append(withDates ? base : new IncidentFilter(null, null, base.near(), base.type(), base.side(),
                base.contested(), base.minSources(), 0), sql, args);
        BBox b = f.bbox();
        if (b != null) {
            sql.append(" AND lat BETWEEN ? AND ?");
            args.add(b.south());
            args.add(b.north());
            if (b.crossesAntimeridian()) {
                sql.append(" AND (lon >= ? OR lon <= ?)");
            } else {
                sql.append(" AND lon BETWEEN ? AND ?");
            }
            args.add(b.west());
            args.add(b.east());
        }
        if (f.country() != null) {
            sql.append(" AND country = ?");
            args.add(f.country());
        }
        if (f.admin1() != null) {
            sql.append(" AND LOWER(admin1) = ?");
            args.add(f.admin1().toLowerCase(java.util.Locale.ROOT));
        }
        if (f.minFatalities() != null) {
            sql.append(" AND fatalities_low >= ?");
            args.add(f.minFatalities());
        }
        if (f.maxFatalities() != null) {
            sql.append(" AND fatalities_low <= ?");
            args.add(f.maxFatalities());
        }
        if (f.afterId() != null) {
            sql.append(" AND id > ?");
            args.add(f.afterId());
        }
        if (f.actor() != null) {
            // Attacker and target live on the reports; an incident matches when any of its reports names the actor.
            sql.append(" AND id IN (SELECT e.incident_id FROM events e WHERE e.attacker = ? OR e.target = ?)");
            args.add(f.actor());
            args.add(f.actor());
        }
        if (f.text() != null) {
            String q = db.dialect().searchQuery(f.text());
            if (q != null) {
                sql.append(" AND id IN (SELECT e.incident_id FROM events e WHERE e.article_id IN (")
                        .append(db.dialect().matchingArticlesSql()).append("))");
                args.add(q);
            }
        }
    }
}
