package org.sitrep.gazetteer;

/**
 * A country from GeoNames countryInfo.
 *
 * @param iso        ISO 3166-1 alpha-2 code
 * @param name       English name
 * @param capital    the capital from cities500, or null
 * @param geonameid  the country's GeoNames id, 0 if unknown
 * @param population population, 0 if unknown
 * @param continent  GeoNames continent code (AF, AS, EU, NA, OC, SA, AN), or "" if unknown
 */
public record GeoCountry(String iso, String name, GeoPlace capital, long geonameid, long population,
                         String continent) {
}
