package org.sitrep.gazetteer.format;

/**
 * Countries from countryInfo: ISO code (index into {@link IndexData#codes()}), English name, and the
 * capital's place row or -1.
 */
public record CountryColumns(int[] iso, StringColumn names, int[] capital) {
    public int size() {
        return iso.length;
    }
}
