package org.sitrep.ledger.map;

/**
 * Incidents of one grid cell of the viewport, drawn as one bubble when there are too many to draw each.
 *
 * @param lat        mean latitude of its incidents
 * @param lon        mean longitude
 * @param count      incidents
 * @param contested  contested incidents among them
 * @param fatalities sum of the lowest fatality figures given, or null when none gives one
 */
public record Cluster(double lat, double lon, int count, int contested, Long fatalities, double west, double south,
                      double east, double north) {
}
