package org.sitrep.gazetteer.format;

/**
 * First- and second-level administrative divisions. Code fields index {@link IndexData#codes()};
 * {@code admin2} is -1 for a first-level division, {@code centre} a place row or -1.
 */
public record RegionColumns(int[] country, int[] admin1, int[] admin2, int[] centre, StringColumn names) {
    public int size() {
        return country.length;
    }
}
