package org.sitrep.ledger.map;

import java.util.Map;

/**
 * Incidents of one grid cell of the viewport, drawn as one bubble when there are too many to draw each.
 *
 * @param lat        mean latitude of its incidents
 * @param lon        mean longitude
 * @param count      incidents
 * @param contested  contested incidents among them
 * @param fatalities sum of the lowest fatality figures given, or null when none gives one
 * @param types      incidents per ACLED event type (only the types present), so a bubble can show the mix;
 *                   null for a cell of over a million incidents, whose mix the query cannot count
 */
public record Cluster(double lat, double lon, int count, int contested, Long fatalities, double west, double south,
                      double east, double north, Map<String, Integer> types) {
}
