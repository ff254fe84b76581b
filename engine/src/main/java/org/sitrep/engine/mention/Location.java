package org.sitrep.engine.mention;

import org.sitrep.model.Place;
import org.sitrep.model.Precision;
import org.sitrep.model.Span;

/**
 * A resolved place before it is tied to an event.
 *
 * @param key          identity for merging: the geonameid, or "region:CC.code" / "country:CC" / "named:name"
 * @param name         display name
 * @param geonameid    GeoNames id of a populated place, or null
 * @param lat          latitude or null
 * @param lon          longitude or null
 * @param country      ISO code or null
 * @param admin1Code   admin1 code within the country, or null
 * @param admin1Name   admin1 name, or null
 * @param precision    town, region or country
 * @param population   population of the place (0 for regions)
 * @param gazetteerId  GeoNames id of whatever was resolved (a town, a division, a country, a continent), or null
 * @param site         whether this is a named site placed at its host town
 */
public record Location(String key, String name, Long geonameid, Double lat, Double lon, String country,
                       String admin1Code, String admin1Name, Precision precision, long population, Long gazetteerId,
                       boolean site) {

    /** Great-circle distance in kilometres between two points. */
    public static double distanceKm(double la1, double lo1, double la2, double lo2) {
        double a = Math.toRadians(la1);
        double b = Math.toRadians(la2);
        double h = Math.pow(Math.sin((b - a) / 2), 2)
                + Math.cos(a) * Math.cos(b) * Math.pow(Math.sin(Math.toRadians(lo2 - lo1) / 2), 2);
        return 6371.0 * 2 * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    public Place toPlace(Span mention) {
        return new Place(name, geonameid, lat, lon, country, admin1Name, precision, mention);
    }

    /** Key prefix of a compass part of a country ("northern Mali"), a named region too. */
    public static final String COMPASS_PART = "named:part:";

    /**
     * A whole country, or a compass part of one ("northern Mali"): too vague to be where an incident happened,
     * though the text may name it as such.
     */
    public boolean countryWide() {
        return precision == Precision.COUNTRY || key.startsWith(COMPASS_PART);
    }

    /** 1 for a first-level division of the gazetteer ("region:NG.57"), 2 for a second-level one ("region:NG.57.808"), else 0. */
    public int divisionLevel() {
        if (!key.startsWith("region:")) {
            return 0;
        }
        int dots = 0;
        for (int c = 0; c < key.length(); c++) {
            dots += key.charAt(c) == '.' ? 1 : 0;
        }
        return dots == 1 || dots == 2 ? dots : 0;
    }

    /**
     * Whether an office seated here speaks for {@code place}: the seat itself, a place inside it, or, for a seat named
     * by its town ("Belgorod Governor"), the first-level region the town gives its name to.
     */
    public boolean seatOf(Location place) {
        boolean regionOfTheTown = precision == Precision.TOWN && place.precision == Precision.REGION
                && place.divisionLevel() == 1 && java.util.Objects.equals(country, place.country)
                && java.util.Objects.equals(admin1Code, place.admin1Code);
        return key.equals(place.key) || contains(place) || regionOfTheTown;
    }

    /** A named region of the region lexicon (Donbas, the Red Sea), not a division of the gazetteer. */
    public boolean named() {
        return key.startsWith("named:");
    }

    /** Waters or an area of no one country (the Red Sea, the Sahel): an event there is in no country. */
    public boolean international() {
        return named() && country == null;
    }

    /**
     * Whether {@code other} lies inside this region or country. A named region has no boundary in the
     * gazetteer: it is taken to hold the towns of its country (or of its first-level division) named beside
     * it; waters beside a place on land yield to it.
     */
    public boolean contains(Location other) {
        if (precision == Precision.TOWN || other == this || key.equals(other.key)) {
            return false;
        }
        if (international()) {
            return other.country != null;
        }
        if (precision == Precision.COUNTRY) {
            return country != null && country.equals(other.country) && other.precision != Precision.COUNTRY;
        }
        if (named()) {
            if (!country.equals(other.country) || other.named()) {
                return false;
            }
            if (other.precision == Precision.TOWN) {
                return admin1Code == null || admin1Code.equals(other.admin1Code);
            }
            if (key.startsWith(COMPASS_PART)) {
                return other.precision == Precision.REGION; // "the Saratov region in southwestern Russia"
            }
            // a division inside the one first-level division the region lies in ("northern Gaza" and a district of Gaza);
            // peers in a list ("the Donbas and Mykolaiv regions") are not inside one another
            return admin1Code != null && other.precision == Precision.REGION && admin1Code.equals(other.admin1Code)
                    && !other.key.equals("region:" + country + "." + admin1Code);
        }
        return admin1Code != null && other.precision == Precision.TOWN && country != null
                && country.equals(other.country) && admin1Code.equals(other.admin1Code);
    }
}
