package org.sitrep.ledger.query;

/**
 * A circle to look for incidents in.
 *
 * @param name     the place: as the user wrote it for coordinates, else as the gazetteer resolved the name
 *                 ("Atlantis, ZA"), so that a message can say which of the places of that name was taken
 * @param lat      centre latitude
 * @param lon      centre longitude
 * @param radiusKm radius in kilometres
 */
public record Near(String name, double lat, double lon, double radiusKm) {
}
