package org.sitrep.web.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.gazetteer.GeoPlace;
import org.sitrep.gazetteer.PlaceIndex;
import org.sitrep.ledger.map.BBox;

/**
 * The map's place labels, from the gazetteer the server already holds (GeoNamesIndex: every GeoNames
 * place of 500 inhabitants or more): the most populous places inside a viewport, so that a view of a
 * theatre gets its cities and a view of a town gets its villages, with no tile server. Places are kept
 * sorted by population, most first; a query walks them until it has enough inside the box.
 */
final class PlaceLabels {
    /** A label: what the page draws. {@code kind} is capital, seat (of a first-level division) or town. */
    record Label(String name, double lat, double lon, long population, String kind) {
    }

    private final PlaceIndex index;
    private volatile GeoPlace[] sorted;

    PlaceLabels(PlaceIndex index) {
        this.index = index;
    }

    /** At most {@code limit} places inside {@code box}, most populous first. */
    List<Label> inside(BBox box, int limit) {
        List<Label> out = new ArrayList<>(Math.min(limit, 512));
        for (GeoPlace p : places()) {
            if (out.size() >= limit) {
                break;
            }
            if (p.lat() < box.south() || p.lat() > box.north() || !withinLongitudes(box, p.lon())) {
                continue;
            }
            out.add(new Label(p.name(), p.lat(), p.lon(), p.population(), kind(p.featureCode())));
        }
        return out;
    }

    private static boolean withinLongitudes(BBox box, double lon) {
        return box.crossesAntimeridian() ? lon >= box.west() || lon <= box.east() : lon >= box.west() && lon <= box.east();
    }

    private static String kind(String featureCode) {
        return switch (featureCode == null ? "" : featureCode) {
            case "PPLC" -> "capital";
            case "PPLA" -> "seat";
            default -> "town";
        };
    }

    /** Sorted once, on the first request: a server that never draws a map never pays for it. */
    private GeoPlace[] places() {
        GeoPlace[] s = sorted;
        if (s == null) {
            s = index.allPlaces().stream()
                    .sorted(Comparator.comparingLong(GeoPlace::population).reversed().thenComparing(GeoPlace::geonameid))
                    .toArray(GeoPlace[]::new);
            sorted = s;
        }
        return s;
    }
}
