package org.sitrep.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import org.sitrep.ledger.Ledger;
import org.sitrep.ledger.LedgerLocation;
import org.sitrep.ledger.incident.Geo;
import org.sitrep.ledger.map.BBox;
import org.sitrep.ledger.map.MapFilter;
import org.sitrep.ledger.map.MapView;
import org.sitrep.ledger.query.IncidentFilter;
import org.sitrep.ledger.query.Near;
import org.sitrep.ledger.store.Database;
import org.sitrep.ledger.store.Dialect;

/**
 * The query side of the ledger at scale: fills a ledger with N generated events (default 1,000,000)
 * written straight into the store's tables, in incidents of 1-4 reports around real towns of five
 * theatres over three years, then times {@code incidents --near TOWN --since DAY} (the query the
 * command runs: {@link Ledger#incidents}) for random towns, with DAY a random day among the last
 * {@code --days} of the data (default 30: "what happened near X lately"), and prints p50/p95/p99;
 * then the same with DAY within the last year, a query that returns thousands of incidents.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.sitrep.bench.LedgerQueryBench [--db FILE|jdbc:postgresql://...]
 *      [--events N] [--queries Q] [--radius KM] [--days D] [--seed S]
 * </pre>
 * An existing ledger that already holds N events is reused, so the load is paid once.
 */
public final class LedgerQueryBench {
    /** Town, latitude, longitude, country, first-level division. */
    private static final Object[][] TOWNS = {
        {"Kharkiv", 49.98081, 36.25272, "UA", "Kharkiv"}, {"Kupiansk", 49.71055, 37.61517, "UA", "Kharkiv"},
        {"Izium", 49.21221, 37.25696, "UA", "Kharkiv"}, {"Sumy", 50.9216, 34.80029, "UA", "Sumy"},
        {"Kramatorsk", 48.72305, 37.55629, "UA", "Donetsk"}, {"Sloviansk", 48.8532, 37.6053, "UA", "Donetsk"},
        {"Pokrovsk", 48.28198, 37.17585, "UA", "Donetsk"}, {"Kostiantynivka", 48.52277, 37.70690, "UA", "Donetsk"},
        {"Zaporizhzhia", 47.82289, 35.19031, "UA", "Zaporizhzhia"}, {"Orikhiv", 47.56734, 35.78546, "UA", "Zaporizhzhia"},
        {"Kherson", 46.65581, 32.6178, "UA", "Kherson"}, {"Dnipro", 48.4593, 35.03865, "UA", "Dnipropetrovsk"},
        {"Nikopol", 47.56659, 34.40620, "UA", "Dnipropetrovsk"}, {"Odesa", 46.47747, 30.73262, "UA", "Odesa"},
        {"Mykolaiv", 46.97625, 31.99296, "UA", "Mykolaiv"}, {"Kyiv", 50.45466, 30.5238, "UA", "Kyiv City"},
        {"Lviv", 49.83826, 24.02324, "UA", "Lviv"}, {"Chernihiv", 51.50551, 31.28487, "UA", "Chernihiv"},
        {"Belgorod", 50.61074, 36.58015, "RU", "Belgorod Oblast"}, {"Kursk", 51.73733, 36.18735, "RU", "Kursk Oblast"},
        {"Bryansk", 53.25209, 34.37167, "RU", "Bryansk Oblast"}, {"Rostov-on-Don", 47.23135, 39.72328, "RU", "Rostov"},
        {"Idlib", 35.93062, 36.63393, "SY", "Idlib"}, {"Aleppo", 36.20124, 37.16117, "SY", "Aleppo"},
        {"Hama", 35.13179, 36.75783, "SY", "Hama"}, {"Khartoum", 15.55177, 32.53241, "SD", "Khartoum"},
        {"El Fasher", 13.62793, 25.34936, "SD", "Northern Darfur"}, {"Omdurman", 15.64453, 32.47773, "SD", "Khartoum"},
        {"Gaza", 31.50161, 34.46672, "PS", "Gaza Strip"}, {"Khan Yunis", 31.34018, 34.30627, "PS", "Gaza Strip"},
        {"Rafah", 31.29722, 34.24357, "PS", "Gaza Strip"}, {"Deir al-Balah", 31.41783, 34.35088, "PS", "Gaza Strip"},
    };
    private static final String[][] TYPES = {
        {"Explosions/Remote violence", "Shelling/artillery/missile attack", "missile_strike"},
        {"Explosions/Remote violence", "Air/drone strike", "drone_strike"},
        {"Battles", "Armed clash", "armed_clash"},
        {"Strategic developments", "Disrupted weapons use", "interception"},
        {"Violence against civilians", "Attack", "civilian_attack"},
    };
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    private static final int DAYS = 3 * 365;

    private LedgerQueryBench() {
    }

    public static void main(String[] args) throws Exception {
        String db = "bench/target/ledger-1m.db";
        int events = 1_000_000;
        int queries = 500;
        double radius = 30;
        int days = 30;
        long seed = 20240224L;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--db" -> db = args[++i];
                case "--events" -> events = Integer.parseInt(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--radius" -> radius = Double.parseDouble(args[++i]);
                case "--days" -> days = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        LedgerLocation location = LedgerLocation.parse(db);
        try (Database d = Database.open(location, true)) {
            long have = count(d.connection(), "SELECT COUNT(*) FROM events");
            if (have < events) {
                if (have > 0) {
                    throw new IllegalStateException(location + " holds " + have + " events, fewer than " + events
                            + ": remove it (or empty the schema) and run again");
                }
                long t0 = System.nanoTime();
                load(d, events, new Random(seed));
                System.err.printf("[ledger-query] loaded %,d events in %.1f s%n", events, (System.nanoTime() - t0) / 1e9);
            }
            System.err.printf("[ledger-query] %s: %,d events, %,d incidents%n", location,
                    count(d.connection(), "SELECT COUNT(*) FROM events"), count(d.connection(), "SELECT COUNT(*) FROM incidents"));
        }
        try (Ledger ledger = Ledger.open(location, false)) {
            run(ledger, queries, radius, days, new Random(seed + 1));
            run(ledger, queries, radius, 365, new Random(seed + 2));
            long[] all = new long[0];
            for (double[] view : VIEWS) {
                for (int range : new int[] {30, 365}) {
                    all = concat(all, viewports(ledger, queries, view, range, new Random(seed + 3)));
                }
            }
            Arrays.sort(all);
            System.out.printf("map viewport + date range, all of the above: %d queries; p50 %.1f ms, p95 %.1f ms,"
                    + " p99 %.1f ms, max %.1f ms%n", all.length, ms(all, 0.50), ms(all, 0.95), ms(all, 0.99),
                    all[all.length - 1] / 1e6);
            histograms(ledger, Math.max(20, queries / 10), new Random(seed + 4));
        }
    }

    /** Map views: {name, width in degrees of longitude, height in degrees of latitude}. */
    private static final double[][] VIEWS = {{0.6, 0.4}, {3.0, 2.0}, {14.0, 8.0}};

    /**
     * What the web app's map asks for: the incidents of a viewport around a town (town, region, theatre
     * zoom) over a date range ending on a random day of the last year, at most 2,000 of them, else clusters.
     */
    private static long[] viewports(Ledger ledger, int queries, double[] view, int days, Random random) {
        int warmup = Math.min(50, queries);
        long[] nanos = new long[queries];
        long incidents = 0;
        int clustered = 0;
        for (int q = -warmup; q < queries; q++) {
            Object[] town = TOWNS[random.nextInt(TOWNS.length)];
            double lat = (double) town[1] + (random.nextDouble() - 0.5) * view[1] / 2;
            double lon = (double) town[2] + (random.nextDouble() - 0.5) * view[0] / 2;
            LocalDate until = FIRST_DAY.plusDays(DAYS - 1 - random.nextInt(365));
            MapFilter f = new MapFilter(new IncidentFilter(until.minusDays(days - 1L), until, null, null, null, false, 0, 0),
                    new BBox(lon - view[0] / 2, lat - view[1] / 2, lon + view[0] / 2, lat + view[1] / 2), null, null);
            long t0 = System.nanoTime();
            MapView v = ledger.viewport(f, 2000);
            long t = System.nanoTime() - t0;
            if (q >= 0) {
                nanos[q] = t;
                incidents += v.total();
                clustered += v.clustered() ? 1 : 0;
            }
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("map viewport %.1f x %.1f degrees, %d days: %d queries, mean %.0f incidents in view (%d%% sent as"
                        + " clusters); p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", view[0], view[1], days, queries,
                incidents / (double) queries, 100 * clustered / queries, ms(sorted, 0.50), ms(sorted, 0.95),
                ms(sorted, 0.99), sorted[queries - 1] / 1e6);
        return nanos;
    }

    /** The timeline: incidents per day over a theatre-sized view, whatever the date range. */
    private static void histograms(Ledger ledger, int queries, Random random) {
        long[] nanos = new long[queries];
        for (int q = -5; q < queries; q++) {
            Object[] town = TOWNS[random.nextInt(TOWNS.length)];
            double lat = (double) town[1];
            double lon = (double) town[2];
            MapFilter f = new MapFilter(null, new BBox(lon - 7, lat - 4, lon + 7, lat + 4), null, null);
            long t0 = System.nanoTime();
            ledger.histogram(f);
            if (q >= 0) {
                nanos[q] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("timeline histogram, 14 x 8 degrees, all dates: %d queries; p50 %.1f ms, p95 %.1f ms%n", queries,
                ms(nanos, 0.50), ms(nanos, 0.95));
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void run(Ledger ledger, int queries, double radius, int days, Random random) {
        int warmup = Math.min(100, queries);
        long[] nanos = new long[queries];
        long rows = 0;
        for (int q = -warmup; q < queries; q++) {
            Object[] town = TOWNS[random.nextInt(TOWNS.length)];
            LocalDate since = FIRST_DAY.plusDays(DAYS - 1 - random.nextInt(days));
            IncidentFilter filter = new IncidentFilter(since, null,
                    new Near((String) town[0], (double) town[1], (double) town[2], radius), null, null, false, 0, 0);
            long t0 = System.nanoTime();
            int n = ledger.incidents(filter).size();
            long t = System.nanoTime() - t0;
            if (q >= 0) {
                nanos[q] = t;
                rows += n;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("incidents --near TOWN --radius %.0fkm --since DAY (DAY within the last %d days): %d queries,"
                        + " mean %.0f incidents returned; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                radius, days, queries, rows / (double) queries, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99),
                nanos[queries - 1] / 1e6);
    }

    private static double ms(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /**
     * Writes articles, incidents, events and claims in bulk, bypassing merging (which the ingest
     * benchmark measures): each incident gets 1-4 reports from different articles, one claim each.
     */
    private static void load(Database d, int events, Random r) throws SQLException {
        Connection c = d.connection();
        Dialect dialect = d.dialect();
        c.setAutoCommit(false);
        Instant now = Instant.now();
        try (PreparedStatement article = c.prepareStatement("INSERT INTO articles (id, source_id, url, outlet, published,"
                + " text_sha256, engine_version, ingested_at, extracted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement text = c.prepareStatement("INSERT INTO article_texts (article_id, text) VALUES (?, ?)");
             PreparedStatement record = c.prepareStatement("INSERT INTO event_records (event_id, record) VALUES (?, ?)");
             PreparedStatement incident = c.prepareStatement("INSERT INTO incidents (id, event_type, sub_event_type, kind,"
                     + " place_name, geonameid, place_precision, lat, lon, country, admin1, cell, day, date_precision, day_key,"
                     + " members, articles, sources, machine_contested, contested, dismissed, fatalities_low, sides,"
                     + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'town', ?, ?, ?, ?, ?, ?, 'day', ?, ?, ?, ?, ?, ?,"
                     + " 0, ?, ?, ?, ?)");
             PreparedStatement event = c.prepareStatement("INSERT INTO events (id, article_id, incident_id, ordinal,"
                     + " event_key, kind, event_type, sub_event_type, place_name, place_precision, lat, lon, country, admin1,"
                     + " cell, area, day, date_precision, day_lo, day_hi, fatalities_low, attacker, target, verification,"
                     + " representative) VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, 'town', ?, ?, ?, ?, ?, ?, ?, 'day', ?, ?,"
                     + " ?, ?, 'civilians', 'not_stated', 1)");
             PreparedStatement claim = c.prepareStatement("INSERT INTO claims (id, event_id, ordinal, by_name, side, stance,"
                     + " about, span_start, span_end, source_key) VALUES (?, ?, 0, ?, ?, ?, ?, 0, 40, ?)")) {
            long eventId = 0;
            long incidentId = 0;
            int pending = 0;
            while (eventId < events) {
                incidentId++;
                Object[] town = TOWNS[r.nextInt(TOWNS.length)];
                // Places spread up to ~20 km around the town, so cells and distances vary.
                double lat = (double) town[1] + (r.nextDouble() - 0.5) * 0.36;
                double lon = (double) town[2] + (r.nextDouble() - 0.5) * 0.5;
                String[] type = TYPES[r.nextInt(TYPES.length)];
                int day = (int) FIRST_DAY.toEpochDay() + r.nextInt(DAYS);
                int reports = (int) Math.min(events - eventId, 1 + r.nextInt(4));
                boolean contested = r.nextInt(5) == 0;
                int killed = r.nextInt(30);
                String country = (String) town[3];
                incident.setLong(1, incidentId);
                incident.setString(2, type[0]);
                incident.setString(3, type[1]);
                incident.setString(4, type[2]);
                incident.setString(5, (String) town[0]);
                incident.setLong(6, 1_000_000 + Arrays.asList(TOWNS).indexOf(town));
                incident.setDouble(7, lat);
                incident.setDouble(8, lon);
                incident.setString(9, country);
                incident.setString(10, (String) town[4]);
                incident.setInt(11, Geo.cell(lat, lon));
                incident.setInt(12, day);
                incident.setInt(13, day);
                incident.setInt(14, reports);
                incident.setInt(15, reports);
                incident.setInt(16, 1 + r.nextInt(reports));
                incident.setInt(17, contested ? 1 : 0);
                incident.setInt(18, contested ? 1 : 0);
                incident.setInt(19, killed);
                incident.setString(20, contested ? ",RU,UA," : ",UA,");
                dialect.setInstant(incident, 21, now);
                dialect.setInstant(incident, 22, now);
                incident.addBatch();
                for (int k = 0; k < reports; k++) {
                    eventId++;
                    String source = "gen-" + eventId;
                    article.setLong(1, eventId);
                    article.setString(2, source);
                    article.setString(3, "https://bench.example/" + eventId);
                    article.setString(4, "outlet " + r.nextInt(50));
                    article.setInt(5, day + r.nextInt(2));
                    article.setString(6, Long.toHexString(eventId) + "-" + Long.toHexString(r.nextLong()));
                    article.setString(7, "bench");
                    dialect.setInstant(article, 8, now);
                    dialect.setInstant(article, 9, now);
                    article.addBatch();
                    text.setLong(1, eventId);
                    text.setString(2, type[2].replace('_', ' ') + " at " + town[0] + ", report " + eventId);
                    text.addBatch();
                    event.setLong(1, eventId);
                    event.setLong(2, eventId);
                    event.setLong(3, incidentId);
                    event.setString(4, source + "#e1");
                    event.setString(5, type[2]);
                    event.setString(6, type[0]);
                    event.setString(7, type[1]);
                    event.setString(8, (String) town[0]);
                    event.setDouble(9, lat);
                    event.setDouble(10, lon);
                    event.setString(11, country);
                    event.setString(12, (String) town[4]);
                    event.setInt(13, Geo.cell(lat, lon));
                    event.setString(14, country + ":" + ((String) town[4]).toLowerCase());
                    event.setInt(15, day);
                    event.setInt(16, day);
                    event.setInt(17, day);
                    event.setInt(18, killed + k);
                    event.setString(19, country.equals("UA") ? "RU" : null);
                    event.addBatch();
                    record.setLong(1, eventId);
                    record.setString(2, "{\"id\":\"" + source + "#e1\",\"kind\":\"" + type[2] + "\"}");
                    record.addBatch();
                    claim.setLong(1, eventId);
                    claim.setLong(2, eventId);
                    claim.setString(3, k % 2 == 0 ? "the regional governor" : "Russia's defence ministry");
                    claim.setString(4, k % 2 == 0 ? country : "RU");
                    claim.setString(5, contested && k % 2 == 1 ? "denies" : "asserts");
                    claim.setString(6, "what was said");
                    claim.setString(7, k % 2 == 0 ? country + ":governor" : "RU:defense ministry");
                    claim.addBatch();
                    pending++;
                }
                if (pending >= 5000) {
                    flush(incident, article, text, event, record, claim);
                    c.commit();
                    pending = 0;
                }
            }
            flush(incident, article, text, event, record, claim);
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE");
        }
    }

    private static void flush(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement ps : statements) {
            ps.executeBatch();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
