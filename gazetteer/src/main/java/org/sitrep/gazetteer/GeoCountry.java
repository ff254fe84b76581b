package org.sitrep.gazetteer;

/**
 * A country from GeoNames countryInfo.
 *
 * @param iso     ISO 3166-1 alpha-2 code
 * @param name    English name
 * @param capital the capital from cities500, or null
 */
public record GeoCountry(String iso, String name, GeoPlace capital) {
}
