package org.sitrep.gazetteer.build;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.gazetteer.NameFolding;

/**
 * Finds the place standing for a division or a country, since GeoNames gives those no coordinates:
 * the seat of an admin1 (PPLC/PPLA), of an admin2 (PPLA2/PPLA/PPLC, else its most populous place,
 * else a namesake place) and a
 * country's capital. Places arrive most populous first, so "first match" means "most populous".
 */
final class Seats {
    private static final Set<String> ADMIN1_SEAT = Set.of("PPLC", "PPLA");
    private static final Set<String> ANY_SEAT = Set.of("PPLC", "PPLA", "PPLA2");

    private final List<CityRow> places;
    private final List<Set<String>> placeKeys;
    private final Map<String, List<Integer>> byCountry = new HashMap<>();
    private final Map<String, List<Integer>> byAdmin1 = new HashMap<>();
    private final Map<String, List<Integer>> byAdmin2 = new HashMap<>();

    Seats(List<CityRow> places, List<Set<String>> placeKeys) {
        this.places = places;
        this.placeKeys = placeKeys;
        for (int row = 0; row < places.size(); row++) {
            CityRow p = places.get(row);
            byCountry.computeIfAbsent(p.country(), k -> new ArrayList<>()).add(row);
            byAdmin1.computeIfAbsent(p.country() + "." + p.admin1(), k -> new ArrayList<>()).add(row);
            byAdmin2.computeIfAbsent(p.country() + "." + p.admin1() + "." + p.admin2(), k -> new ArrayList<>()).add(row);
        }
    }

    /**
     * The PPLC/PPLA inside the division; failing that, a PPLC/PPLA elsewhere in the country that bears
     * the division's name: Kyiv Oblast (UA.13) is run from Kyiv, which GeoNames files under Kyiv City
     * (UA.12). Lesser seats are not taken: the PPLA2 "Leningradskaya" in Krasnodar Krai is no seat of
     * Leningradskaya Oblast'.
     */
    int admin1(AdminRow a, Set<String> ownKeys) {
        for (int row : rows(byAdmin1, a.key())) {
            if (ADMIN1_SEAT.contains(places.get(row).featureCode())) {
                return row;
            }
        }
        for (int row : rows(byCountry, a.country())) {
            if (ADMIN1_SEAT.contains(places.get(row).featureCode()) && !Collections.disjoint(placeKeys.get(row), ownKeys)) {
                return row;
            }
        }
        return -1;
    }

    /**
     * The most populous PPLA2 in the division, counting PPLA and PPLC too: GeoNames marks a town by
     * its highest role only, so the raion run from an oblast centre holds a PPLA and no PPLA2, or a
     * stale one (Mykolaiv Raion lists Ochakiv as PPLA2). Failing a seat, the most populous place.
     * A division with no place filed under it (most Russian rayons, Syrian districts) takes the most
     * populous place of its admin1 that it is named after: "Idlib District" Idlib, "Sudzhanskiy
     * Rayon" Sudzha.
     */
    int admin2(AdminRow a, Set<String> ownKeys) {
        List<Integer> inside = rows(byAdmin2, a.key());
        for (int row : inside) {
            if (ANY_SEAT.contains(places.get(row).featureCode())) {
                return row;
            }
        }
        return inside.isEmpty() ? namesake(a, ownKeys) : inside.get(0);
    }

    private int namesake(AdminRow a, Set<String> ownKeys) {
        List<String> stems = ownKeys.stream().map(RegionNames::adjectivalStem).filter(s -> s != null).toList();
        for (int row : rows(byAdmin1, a.country() + "." + a.admin1())) {
            for (String key : placeKeys.get(row)) {
                if (ownKeys.contains(key) || stems.stream().anyMatch(stem -> RegionNames.isStemOf(stem, key))) {
                    return row;
                }
            }
        }
        return -1;
    }

    int capital(CountryRow c) {
        String capital = NameFolding.fold(c.capital());
        int byName = -1;
        for (int row : rows(byCountry, c.iso())) {
            if (places.get(row).featureCode().equals("PPLC")) {
                return row;
            }
            if (byName < 0 && !capital.isEmpty() && placeKeys.get(row).contains(capital)) {
                byName = row;
            }
        }
        return byName;
    }

    private static List<Integer> rows(Map<String, List<Integer>> map, String key) {
        return map.getOrDefault(key, List.of());
    }
}
