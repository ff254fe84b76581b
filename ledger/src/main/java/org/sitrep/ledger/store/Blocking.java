package org.sitrep.ledger.store;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.ledger.incident.EventFacts;
import org.sitrep.ledger.incident.Geo;
import org.sitrep.model.Precision;

/**
 * Which stored events a new event is compared with: the same event type and the same spatial block
 * (the cells a 16 km circle around a town touches, then the box they make; the first-level division
 * for a region; the country). Each {@link Probe} is one block; {@link CandidateIndex} adds the days.
 */
final class Blocking {
    /** Half the side of the box a town's partners are looked for in: a town match reaches 15 km. */
    static final double BOX_KM = 16.0;

    /**
     * One block: the events under any of its keys, and for a town, only those inside the box.
     *
     * @param box {lat min, lat max, lon min, lon max}, or null for no box
     */
    record Probe(List<BlockKey> keys, double[] box) {
        boolean inside(EventFacts e) {
            if (box == null) {
                return true;
            }
            // An event under a cell key always has coordinates (the cell is made of them).
            double lat = e.lat();
            double lon = e.lon();
            return lat >= box[0] && lat <= box[1] && lon >= box[2] && lon <= box[3];
        }
    }

    private Blocking() {
    }

    /** The blocks a new event looks in; none when it has no place to block on. */
    static List<Probe> probes(EventFacts f) {
        String type = f.eventType();
        List<Probe> probes = new ArrayList<>(3);
        if (f.precision() == Precision.TOWN) {
            if (f.cell() != null) {
                List<BlockKey> keys = new ArrayList<>();
                for (int cell : Geo.cellsWithin(f.lat(), f.lon(), BOX_KM, 1000)) {
                    keys.add(new BlockKey(type, BlockKey.CELL, null, cell));
                }
                double dLat = BOX_KM / 111.0;
                double dLon = BOX_KM / (111.0 * Math.max(0.05, Math.cos(Math.toRadians(f.lat()))));
                probes.add(new Probe(keys, new double[] {f.lat() - dLat, f.lat() + dLat, f.lon() - dLon, f.lon() + dLon}));
            }
            if (f.area() != null) {
                probes.add(new Probe(f.cell() == null
                        // a village GeoNames lacks has no point: its namesakes are found among the division's towns
                        ? List.of(new BlockKey(type, BlockKey.AREA, "region", f.area()),
                                new BlockKey(type, BlockKey.AREA, "town", f.area()))
                        : List.of(new BlockKey(type, BlockKey.AREA, "region", f.area())), null));
            }
        } else if (f.precision() == Precision.REGION && f.area() != null) {
            probes.add(new Probe(List.of(new BlockKey(type, BlockKey.AREA, "town", f.area()),
                    new BlockKey(type, BlockKey.AREA, "region", f.area())), null));
        }
        // The precision is part of each key: a town reads no other town of its region or country.
        if (f.country() != null && f.precision() != null) {
            probes.add(new Probe(f.precision() == Precision.COUNTRY
                    ? List.of(new BlockKey(type, BlockKey.COUNTRY, "town", f.country()),
                            new BlockKey(type, BlockKey.COUNTRY, "region", f.country()),
                            new BlockKey(type, BlockKey.COUNTRY, "country", f.country()))
                    : List.of(new BlockKey(type, BlockKey.COUNTRY, "country", f.country())), null));
        }
        return probes;
    }

    /**
     * The keys a stored event is found under, from the blocking columns stored with it ({@code cell},
     * {@code area}, {@code place_precision}, {@code country}).
     */
    static List<BlockKey> keys(String eventType, Integer cell, String area, String precision, String country) {
        List<BlockKey> keys = new ArrayList<>(3);
        if (cell != null) {
            keys.add(new BlockKey(eventType, BlockKey.CELL, null, cell));
        }
        if (area != null && precision != null) {
            keys.add(new BlockKey(eventType, BlockKey.AREA, precision, area));
        }
        if (country != null && precision != null) {
            keys.add(new BlockKey(eventType, BlockKey.COUNTRY, precision, country));
        }
        return keys;
    }
}
