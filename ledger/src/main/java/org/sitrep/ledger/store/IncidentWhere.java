package org.sitrep.ledger.store;

import java.util.Collections;
import java.util.List;
import org.sitrep.ledger.incident.Geo;
import org.sitrep.ledger.query.IncidentFilter;
import org.sitrep.ledger.query.Near;

/** The WHERE conditions of an incident filter, as SQL with its parameters: shared by the listing and the map. */
final class IncidentWhere {
    /** A --near circle covering more cells than this is looked up by bounding box instead. */
    private static final int MAX_CELLS = 400;

    private IncidentWhere() {
    }

    /** Appends " AND ..." for each condition of the filter (not its limit). */
    static void append(IncidentFilter f, StringBuilder sql, List<Object> args) {
        if (f.since() != null) {
            sql.append(" AND day_key >= ?");
            args.add((int) f.since().toEpochDay());
        }
        if (f.until() != null) {
            sql.append(" AND day_key <= ?");
            args.add((int) f.until().toEpochDay());
        }
        if (f.near() != null) {
            near(f.near(), sql, args);
        }
        if (f.type() != null) {
            sql.append(" AND (LOWER(event_type) = ? OR LOWER(sub_event_type) = ? OR kind = ?)");
            args.addAll(List.of(f.type(), f.type(), f.type()));
        }
        if (f.side() != null) {
            sql.append(" AND sides LIKE ?");
            args.add("%," + f.side() + ",%");
        }
        if (f.contested()) {
            sql.append(" AND contested = 1");
        }
        if (f.minSources() > 0) {
            sql.append(" AND sources >= ?");
            args.add(f.minSources());
        }
    }

    private static void near(Near n, StringBuilder sql, List<Object> args) {
        List<Integer> cells = Geo.cellsWithin(n.lat(), n.lon(), n.radiusKm(), MAX_CELLS);
        if (cells != null) {
            sql.append(" AND cell IN (").append(String.join(", ", Collections.nCopies(cells.size(), "?"))).append(")");
            args.addAll(cells);
        } else {
            double dLat = n.radiusKm() / 110.0;
            double dLon = Math.min(180, n.radiusKm() / (110.0 * Math.max(0.01, Math.cos(Math.toRadians(Math.min(89,
                    Math.abs(n.lat()) + dLat))))));
            sql.append(" AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?");
            args.addAll(List.of(n.lat() - dLat, n.lat() + dLat, n.lon() - dLon, n.lon() + dLon));
        }
    }

}
