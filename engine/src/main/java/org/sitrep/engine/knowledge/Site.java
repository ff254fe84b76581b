package org.sitrep.engine.knowledge;

/**
 * A named site (a power plant, a bridge, a hospital) whose position is that of the town that hosts it:
 * "the Zaporizhzhia nuclear power plant" is at Enerhodar, not at Zaporizhzhia.
 *
 * @param name      the site's name
 * @param country   ISO code
 * @param lat       latitude of the host town
 * @param lon       longitude of the host town
 * @param geonameid GeoNames id of the host town, or null
 */
public record Site(String name, String country, double lat, double lon, Long geonameid) {
}
