package org.sitrep.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A base index with a user's places in front. User places answer before the base's; the skeleton
 * fallback, on both sides, is used only when neither side knows the name exactly.
 */
final class UserPlaceIndex implements PlaceIndex {
    private final PlaceIndex base;
    private final Map<String, List<GeoPlace>> byName;
    private final Map<String, List<GeoPlace>> bySkeleton = new HashMap<>();
    private final int maxNameWords;

    UserPlaceIndex(PlaceIndex base, Map<String, List<GeoPlace>> byName) {
        this.base = base;
        Comparator<GeoPlace> mostPopulous = Comparator.comparingLong(GeoPlace::population).reversed();
        this.byName = new HashMap<>();
        int words = base.maxNameWords();
        for (Map.Entry<String, List<GeoPlace>> e : byName.entrySet()) {
            List<GeoPlace> sorted = e.getValue().stream().distinct().sorted(mostPopulous).toList();
            this.byName.put(e.getKey(), sorted);
            List<GeoPlace> sameSkeleton = bySkeleton.computeIfAbsent(Skeleton.of(e.getKey()), k -> new ArrayList<>());
            sorted.stream().filter(p -> !sameSkeleton.contains(p)).forEach(sameSkeleton::add);
            words = Math.max(words, e.getKey().split(" ").length);
        }
        bySkeleton.replaceAll((k, v) -> v.stream().sorted(mostPopulous).toList());
        this.maxNameWords = words;
    }

    @Override
    public List<GeoPlace> places(String folded) {
        List<GeoPlace> exact = exactPlaces(folded);
        if (!exact.isEmpty() || folded == null || folded.isEmpty()) {
            return exact;
        }
        return concat(bySkeleton.getOrDefault(Skeleton.of(folded), List.of()), base.places(folded));
    }

    @Override
    public List<GeoPlace> exactPlaces(String folded) {
        return concat(byName.getOrDefault(folded, List.of()), base.exactPlaces(folded));
    }

    @Override
    public List<GeoRegion> regions(String folded) {
        return base.regions(folded);
    }

    @Override
    public Optional<GeoCountry> country(String folded) {
        return base.country(folded);
    }

    @Override
    public Optional<GeoCountry> countryByCode(String iso) {
        return base.countryByCode(iso);
    }

    @Override
    public Optional<GeoRegion> admin1(String country, String admin1Code) {
        return base.admin1(country, admin1Code);
    }

    @Override
    public int maxNameWords() {
        return maxNameWords;
    }

    private static List<GeoPlace> concat(List<GeoPlace> first, List<GeoPlace> then) {
        if (first.isEmpty()) {
            return then;
        }
        if (then.isEmpty()) {
            return first;
        }
        List<GeoPlace> out = new ArrayList<>(first.size() + then.size());
        out.addAll(first);
        out.addAll(then);
        return List.copyOf(out);
    }
}
