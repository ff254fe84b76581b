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

    public Place toPlace(Span mention) {
        return new Place(name, geonameid, lat, lon, country, admin1Name, precision, mention);
    }

    /** Whether {@code other} lies inside this region or country. */
    public boolean contains(Location other) {
        if (precision == Precision.TOWN || other == this || key.equals(other.key)) {
            return false;
        }
        if (precision == Precision.COUNTRY) {
            return country != null && country.equals(other.country) && other.precision != Precision.COUNTRY;
        }
        return admin1Code != null && other.precision == Precision.TOWN && country != null
                && country.equals(other.country) && admin1Code.equals(other.admin1Code);
    }
}
