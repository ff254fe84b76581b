package org.sitrep.ledger;

/**
 * A place an analyst gave an incident, resolved (by the caller, with the gazetteer) before it is stored.
 *
 * @param name      as shown
 * @param geonameid its GeoNames id, or null (coordinates given by hand)
 * @param lat       latitude
 * @param lon       longitude
 * @param country   ISO code, or null
 * @param admin1    first-level division, or null
 * @param precision town, region or country
 */
public record PlaceFix(String name, Long geonameid, double lat, double lon, String country, String admin1,
                       String precision) {
    public PlaceFix {
        if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            throw new LedgerException("a place at " + lat + "," + lon + " is off the globe");
        }
        if (name == null || name.isBlank()) {
            name = lat + "," + lon;
        }
        if (precision == null) {
            precision = "town";
        }
    }
}
