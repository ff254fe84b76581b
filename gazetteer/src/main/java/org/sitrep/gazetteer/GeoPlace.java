package org.sitrep.gazetteer;

/**
 * A populated place from GeoNames cities500 (or a user's own places file).
 *
 * @param geonameid   GeoNames id (user places: a negative number of their own)
 * @param name        the GeoNames name
 * @param lat         latitude
 * @param lon         longitude
 * @param country     ISO 3166-1 alpha-2 code
 * @param admin1Code  GeoNames admin1 code within the country ("14" for UA.14 Luhansk), or ""
 * @param admin2Code  GeoNames admin2 code within admin1, or ""
 * @param featureCode GeoNames feature code (PPLC capital, PPLA admin1 seat, PPLA2, PPL, ...)
 * @param population  population, 0 when unknown
 */
public record GeoPlace(long geonameid, String name, double lat, double lon, String country, String admin1Code,
                       String admin2Code, String featureCode, long population) {
}
