/**
 * The place index sitrep resolves names against: records for places, regions and countries, the
 * {@link org.sitrep.gazetteer.PlaceIndex} contract the engine reads, name folding shared by index and
 * engine, and the loader of the compact GeoNames-derived index that ships with sitrep.
 * Place data: GeoNames (www.geonames.org), CC BY 4.0.
 */
package org.sitrep.gazetteer;
