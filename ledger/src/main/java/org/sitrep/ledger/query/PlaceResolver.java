package org.sitrep.ledger.query;

import java.util.List;
import java.util.Optional;
import org.sitrep.gazetteer.GeoCountry;
import org.sitrep.gazetteer.GeoPlace;
import org.sitrep.gazetteer.GeoRegion;
import org.sitrep.gazetteer.NameFolding;
import org.sitrep.gazetteer.PlaceIndex;

/**
 * Turns the place of {@code --near PLACE} into coordinates, with the gazetteer the engine uses:
 * "lat,lon" as written; else the most populous town of that name; else a region's administrative
 * centre; else a country's capital. A name the gazetteer does not know is an error, not a guess.
 */
public final class PlaceResolver {
    private final PlaceIndex index;

    public PlaceResolver(PlaceIndex index) {
        this.index = index;
    }

    /** Coordinates written as "lat,lon", without needing the gazetteer; empty for anything else. */
    public static Optional<double[]> coordinates(String text) {
        String[] parts = text.split(",");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            double lat = Double.parseDouble(parts[0].strip());
            double lon = Double.parseDouble(parts[1].strip());
            if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                throw new QueryException("'" + text + "' is not a position (latitude -90..90, longitude -180..180)");
            }
            return Optional.of(new double[] {lat, lon});
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public Near resolve(String name, double radiusKm) {
        Optional<double[]> c = coordinates(name);
        if (c.isPresent()) {
            return new Near(name, c.get()[0], c.get()[1], radiusKm);
        }
        String folded = NameFolding.fold(name);
        List<GeoPlace> places = folded.isEmpty() ? List.of() : index.exactPlaces(folded);
        if (!places.isEmpty()) {
            GeoPlace p = places.get(0);
            return new Near(p.name() + ", " + p.country(), p.lat(), p.lon(), radiusKm);
        }
        for (GeoRegion r : folded.isEmpty() ? List.<GeoRegion>of() : index.regions(folded)) {
            if (r.centre() != null) {
                return new Near(r.name() + " (the region's centre)", r.centre().lat(), r.centre().lon(), radiusKm);
            }
        }
        Optional<GeoCountry> country = folded.isEmpty() ? Optional.empty() : index.country(folded);
        if (country.isPresent() && country.get().capital() != null) {
            GeoPlace cap = country.get().capital();
            return new Near(country.get().name() + " (its capital, " + cap.name() + ")", cap.lat(), cap.lon(), radiusKm);
        }
        throw new QueryException("unknown place '" + name + "' (not in the gazetteer; give coordinates as LAT,LON)");
    }
}
