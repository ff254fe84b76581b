package org.sitrep.engine.knowledge;

/**
 * A named region that is not an administrative division (Donbas, southern Israel, Darfur, the Red Sea).
 * Coordinates are given only where the lexicon states a reference point; otherwise null.
 *
 * @param name    display name
 * @param country ISO code, or null for waters and areas that belong to no one country (the Red Sea, the Sahel)
 * @param lat     latitude of its reference point, or null
 * @param lon     longitude of its reference point, or null
 * @param admin1  the GeoNames name of the first-level division it lies in, or null
 * @param compass whether it is a compass part of a country named by the text ("northern Mali"): it holds the
 *                divisions of that country named beside it
 */
public record RegionName(String name, String country, Double lat, Double lon, String admin1, boolean compass) {

    /** Written in the country column for a region of no single country. */
    public static final String NO_COUNTRY = "-";

    public RegionName(String name, String country, Double lat, Double lon) {
        this(name, country, lat, lon, null, false);
    }

    public RegionName(String name, String country, Double lat, Double lon, String admin1) {
        this(name, country, lat, lon, admin1, false);
    }

    /** Waters and areas shared by several states: the event happened there, in no one country. */
    public boolean international() {
        return country == null;
    }
}
