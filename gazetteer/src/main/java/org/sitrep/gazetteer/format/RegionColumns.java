package org.sitrep.gazetteer.format;

/**
 * First- and second-level administrative divisions. Code fields index {@link IndexData#codes()};
 * {@code admin2} is -1 for a first-level division, {@code centre} a place row or -1, {@code geonameid}
 * the division's own GeoNames id (0 when the extract gives none).
 */
public record RegionColumns(int[] country, int[] admin1, int[] admin2, int[] centre, StringColumn names,
                            int[] geonameid) {
    public int size() {
        return country.length;
    }
}
