package org.sitrep.gazetteer.format;

/**
 * Countries from countryInfo: ISO code (index into {@link IndexData#codes()}), English name, the
 * capital's place row or -1, the country's GeoNames id, its population and its continent code (an
 * index into the codes, as the ISO code).
 */
public record CountryColumns(int[] iso, StringColumn names, int[] capital, int[] geonameid, int[] population,
                             int[] continent) {
    public int size() {
        return iso.length;
    }
}
