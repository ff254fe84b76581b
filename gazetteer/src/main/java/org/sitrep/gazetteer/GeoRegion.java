package org.sitrep.gazetteer;

/**
 * A first- or second-level administrative division. Divisions have no coordinates of their own in
 * the GeoNames extracts: {@code centre} is their administrative seat from cities500 (PPLC/PPLA for
 * admin1, PPLA2 or the most populous place for admin2), or null when none is known.
 *
 * @param country    ISO alpha-2 code
 * @param admin1Code admin1 code within the country
 * @param admin2Code admin2 code within admin1, or null for a first-level division
 * @param name       the GeoNames name ("Luhansk", "Odessa", "Yakovlevskiy Rayon")
 * @param centre     the administrative seat, or null
 * @param geonameid  the division's own GeoNames id (the id column of admin1CodesASCII / admin2Codes), 0 if none
 */
public record GeoRegion(String country, String admin1Code, String admin2Code, String name, GeoPlace centre,
                        long geonameid) {
    public boolean isFirstLevel() {
        return admin2Code == null;
    }
}
