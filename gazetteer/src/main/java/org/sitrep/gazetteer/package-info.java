/**
 * The place index sitrep resolves names against: records for places, regions and countries, the
 * {@link org.sitrep.gazetteer.PlaceIndex} contract the engine reads, name folding and the
 * transliteration skeleton shared by index and engine, the loader of the compact GeoNames-derived
 * index that ships with sitrep, and a user's own places laid over it.
 * Place data: GeoNames (www.geonames.org), licensed under CC BY 4.0.
 */
package org.sitrep.gazetteer;
