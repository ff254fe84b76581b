/**
 * The offline tool that turns the GeoNames extracts (cities500, admin1/admin2 codes, countryInfo)
 * into the compact index bundled with sitrep: file reading, the policy deciding which names each
 * place, region and country is found by, seat finding, and a probe that times the bundled index.
 * Run it with tools/build-gazetteer.sh. Place data: GeoNames (www.geonames.org), CC BY 4.0.
 */
package org.sitrep.gazetteer.build;
