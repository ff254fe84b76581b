package org.sitrep.web.api;

import java.util.List;
import org.sitrep.gazetteer.GeoPlace;
import org.sitrep.gazetteer.GeoRegion;
import org.sitrep.gazetteer.NameFolding;
import org.sitrep.gazetteer.PlaceIndex;
import org.sitrep.ledger.PlaceFix;
import org.sitrep.ledger.query.PlaceResolver;

/**
 * The place an analyst types when correcting an incident: "lat,lon", or a name the gazetteer knows
 * (its most populous town of that name, else a region). An unknown name is refused, not guessed.
 */
final class PlaceLookup {
    private final PlaceIndex index;

    PlaceLookup(PlaceIndex index) {
        this.index = index;
    }

    PlaceFix resolve(String text) {
        if (text == null || text.isBlank()) {
            throw new BadRequest("a place: a name the gazetteer knows, or lat,lon");
        }
        String t = text.strip();
        double[] c = PlaceResolver.coordinates(t).orElse(null);
        if (c != null) {
            return new PlaceFix(t, null, c[0], c[1], null, null, "town");
        }
        String folded = NameFolding.fold(t);
        List<GeoPlace> places = folded.isEmpty() ? List.of() : index.exactPlaces(folded);
        if (!places.isEmpty()) {
            GeoPlace p = places.get(0);
            String admin1 = index.admin1(p.country(), p.admin1Code()).map(GeoRegion::name).orElse(null);
            return new PlaceFix(p.name(), p.geonameid(), p.lat(), p.lon(), p.country(), admin1, "town");
        }
        for (GeoRegion r : folded.isEmpty() ? List.<GeoRegion>of() : index.regions(folded)) {
            if (r.centre() != null) {
                String admin1 = r.isFirstLevel() ? r.name() : index.admin1(r.country(), r.admin1Code())
                        .map(GeoRegion::name).orElse(null);
                return new PlaceFix(r.name(), null, r.centre().lat(), r.centre().lon(), r.country(), admin1, "region");
            }
        }
        throw new BadRequest("unknown place '" + t + "' (not in the gazetteer; give lat,lon)");
    }
}
