package org.sitrep.ledger.map;

import java.util.List;

/**
 * What the map's filters can choose from, with how many listed incidents each holds.
 *
 * @param regions the countries and their first-level divisions (admin1 null: the country's incidents
 *                without a division)
 * @param actors  the sides reports name as attacker or target
 */
public record Facets(List<Region> regions, List<Count> actors) {
    /** Incidents in one country and first-level division. */
    public record Region(String country, String admin1, int incidents) {
    }

    /** Incidents whose reports name one actor. */
    public record Count(String name, int incidents) {
    }
}
