package org.sitrep.engine.knowledge;

/**
 * A named region that is not an administrative division (Donbas, southern Israel, Darfur).
 * Coordinates are given only where the lexicon states a reference point; otherwise null.
 */
public record RegionName(String name, String country, Double lat, Double lon) {
}
