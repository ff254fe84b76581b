package org.sitrep.ledger.incident;

import java.util.ArrayList;
import java.util.List;

/** Distances on the globe and the grid of cells that blocking and {@code --near} use. */
public final class Geo {
    /**
     * Cell edge in degrees (about 11 km north-south). Small cells make the blocks tight: the cells a
     * 15 km circle touches cover a third of the area the 3x3 block of quarter-degree cells did, so
     * merging reads a third of the rows.
     */
    public static final double CELL_DEGREES = 0.1;
    private static final int COLUMNS = (int) Math.round(360 / CELL_DEGREES);
    private static final double EARTH_KM = 6371.0;

    private Geo() {
    }

    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return EARTH_KM * 2 * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    /** The cell holding (lat, lon). */
    public static int cell(double lat, double lon) {
        return row(lat) * COLUMNS + column(lon);
    }

    /**
     * Every cell that a circle of {@code radiusKm} around (lat, lon) touches, or null when that is more
     * than {@code max} cells (then a bounding box serves better).
     */
    public static List<Integer> cellsWithin(double lat, double lon, double radiusKm, int max) {
        double dLat = radiusKm / 111.0;
        double dLon = Math.min(180.0,
                radiusKm / (111.0 * Math.max(0.01, Math.cos(Math.toRadians(Math.min(89.0, Math.abs(lat) + dLat))))));
        int r0 = row(lat - dLat);
        int r1 = row(lat + dLat);
        int c0 = column(lon - dLon);
        int c1 = column(lon + dLon);
        int width = c1 >= c0 ? c1 - c0 + 1 : COLUMNS - c0 + c1 + 1;
        if ((long) (r1 - r0 + 1) * width > max) {
            return null;
        }
        List<Integer> cells = new ArrayList<>();
        for (int r = r0; r <= r1; r++) {
            for (int i = 0; i < width; i++) {
                cells.add(r * COLUMNS + (c0 + i) % COLUMNS);
            }
        }
        return cells;
    }

    private static int row(double lat) {
        return (int) Math.floor((Math.max(-90.0, Math.min(90.0, lat)) + 90.0) / CELL_DEGREES);
    }

    private static int column(double lon) {
        return Math.floorMod((int) Math.floor((lon + 180.0) / CELL_DEGREES), COLUMNS);
    }
}
