package org.sitrep.ledger.incident;

import java.util.ArrayList;
import java.util.List;

/** Distances on the globe and the grid of cells that blocking and {@code --near} use. */
public final class Geo {
    /** Cell edge in degrees: wider than the 15 km town radius, so a town's neighbours are in the 3x3 cells around it. */
    public static final double CELL_DEGREES = 0.25;
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

    /** The cell and its eight neighbours. */
    public static List<Integer> neighbourhood(double lat, double lon) {
        List<Integer> cells = new ArrayList<>(9);
        int r = row(lat);
        int c = column(lon);
        for (int dr = -1; dr <= 1; dr++) {
            for (int dc = -1; dc <= 1; dc++) {
                cells.add((r + dr) * COLUMNS + Math.floorMod(c + dc, COLUMNS));
            }
        }
        return cells;
    }

    /**
     * Every cell that a circle of {@code radiusKm} around (lat, lon) touches, or null when that is more
     * than {@code max} cells (then a bounding box serves better).
     */
    public static List<Integer> cellsWithin(double lat, double lon, double radiusKm, int max) {
        double dLat = radiusKm / 111.0;
        double dLon = radiusKm / (111.0 * Math.max(0.01, Math.cos(Math.toRadians(Math.min(89.0, Math.abs(lat) + dLat)))));
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
