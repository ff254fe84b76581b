package org.sitrep.gazetteer;

import java.util.List;
import java.util.Optional;

/**
 * Name lookup over places, regions and countries. Every name argument is already folded with
 * {@link NameFolding#fold(CharSequence)}; implementations fold their names the same way, so
 * "Odesa", "Odessa" and "Одеса" transliterations listed by GeoNames meet on one key.
 * Implementations are immutable and safe to share between threads.
 */
public interface PlaceIndex {

    /** Populated places whose name or any Latin-script alternate name folds to {@code folded}; most populous first. */
    List<GeoPlace> places(String folded);

    /**
     * Like {@link #places(String)} but never falling back to approximate matching, for callers that
     * combine indexes or want to know how sure a match is. Indexes without such a fallback need not override it.
     */
    default List<GeoPlace> exactPlaces(String folded) {
        return places(folded);
    }

    /**
     * Administrative divisions known by {@code folded}: their own names with generic words dropped
     * ("Luhansk", "Odessa", "Yakovlevskiy"), and the names and variants of their administrative seat
     * ("lugansk" and "luhansk" both reach UA.14). First-level divisions first.
     */
    List<GeoRegion> regions(String folded);

    /** A country by folded English name or variant ("ukraine", "russia", "russian federation"). */
    Optional<GeoCountry> country(String folded);

    /** A country by ISO alpha-2 code. */
    Optional<GeoCountry> countryByCode(String iso);

    /** The first-level division a place belongs to, or empty. */
    Optional<GeoRegion> admin1(String country, String admin1Code);

    /** The largest number of space-separated words in any folded name: bounds n-gram lookups. */
    int maxNameWords();

    /** Every populated place the index holds, in no particular order (a map labels them); empty if it cannot list them. */
    default List<GeoPlace> allPlaces() {
        return List.of();
    }
}
