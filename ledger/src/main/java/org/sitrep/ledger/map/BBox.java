package org.sitrep.ledger.map;

import org.sitrep.ledger.query.QueryException;

/**
 * A map viewport in degrees. West may be greater than east: the box crosses the antimeridian.
 */
public record BBox(double west, double south, double east, double north) {
    public BBox {
        if (!(south >= -90 && north <= 90 && south <= north)) {
            throw new QueryException("bbox: latitudes must run south to north within -90..90");
        }
        if (!(west >= -180 && west <= 180 && east >= -180 && east <= 180)) {
            throw new QueryException("bbox: longitudes must lie within -180..180");
        }
    }

    /** "west,south,east,north", as Leaflet's {@code getBounds().toBBoxString()} writes it. */
    public static BBox parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new QueryException("bbox is west,south,east,north in degrees, not '" + text + "'");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new QueryException("bbox is west,south,east,north in degrees, not '" + text + "'");
            }
            if (!Double.isFinite(v[i])) {
                throw new QueryException("bbox is west,south,east,north in degrees, not '" + text + "'");
            }
        }
        // Leaflet gives longitudes beyond ±180 when the map is panned round the globe; clamp rather than fail.
        double west = v[2] - v[0] >= 360 ? -180 : wrap(v[0]);
        double east = v[2] - v[0] >= 360 ? 180 : wrap(v[2]);
        return new BBox(west, Math.max(-90, v[1]), east, Math.min(90, v[3]));
    }

    private static double wrap(double lon) {
        if (lon >= -180 && lon <= 180) {
            return lon;
        }
        double w = ((lon + 180) % 360 + 360) % 360 - 180;
        return w == -180 && lon > 0 ? 180 : w;
    }

    public boolean crossesAntimeridian() {
        return west > east;
    }

    /** Width in degrees of longitude. */
    public double width() {
        return crossesAntimeridian() ? 360 - west + east : east - west;
    }

    public double height() {
        return north - south;
    }
}
