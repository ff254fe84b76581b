package org.sitrep.ledger.query;

/**
 * A circle to look for incidents in.
 *
 * @param name     the place as the user named it
 * @param lat      centre latitude
 * @param lon      centre longitude
 * @param radiusKm radius in kilometres
 */
public record Near(String name, double lat, double lon, double radiusKm) {
}
