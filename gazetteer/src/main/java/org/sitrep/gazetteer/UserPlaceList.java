package org.sitrep.gazetteer;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * What {@link UserPlaces#parse} returns: the places, plus the folded names each is known by (its
 * name and alternates), which {@link GeoPlace} has no room for but {@link UserPlaces#overlay} needs.
 */
final class UserPlaceList extends AbstractList<GeoPlace> implements RandomAccess {
    private final List<GeoPlace> places;
    private final List<List<String>> names;

    UserPlaceList(List<GeoPlace> places, List<List<String>> names) {
        this.places = List.copyOf(places);
        this.names = List.copyOf(names);
    }

    @Override
    public GeoPlace get(int index) {
        return places.get(index);
    }

    @Override
    public int size() {
        return places.size();
    }

    /** Folded name and alternates of entry {@code index}. */
    List<String> names(int index) {
        return names.get(index);
    }
}
