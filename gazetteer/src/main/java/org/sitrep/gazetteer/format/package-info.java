/**
 * The compact binary index format shared by the builder and the loader: the columnar tables of
 * places, regions and countries, the open-addressing tables from folded names to them, and the codec
 * that writes and checks the versioned, deflated file. Place data: GeoNames (www.geonames.org), CC BY 4.0.
 */
package org.sitrep.gazetteer.format;
