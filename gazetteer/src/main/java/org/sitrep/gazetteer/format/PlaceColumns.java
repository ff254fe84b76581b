package org.sitrep.gazetteer.format;

/**
 * Every populated place, one array per field, rows sorted by population (largest first) so that
 * ascending row numbers are already the "most populous first" order lookups promise. Code fields
 * are indexes into {@link IndexData#codes()}.
 */
public record PlaceColumns(int[] geonameid, int[] latE5, int[] lonE5, int[] population, int[] country,
                           int[] admin1, int[] admin2, int[] feature, StringColumn names) {

    /** Coordinates are stored as hundred-thousandths of a degree, the precision GeoNames publishes. */
    public static final double SCALE = 1e5;

    public int size() {
        return geonameid.length;
    }
}
