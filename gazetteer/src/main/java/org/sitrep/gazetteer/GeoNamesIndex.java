package org.sitrep.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** PLACEHOLDER: the compact GeoNames index shipped as a resource. To be replaced by the real implementation. */
public final class GeoNamesIndex implements PlaceIndex {

    /** Loads the index bundled in this jar. */
    public static GeoNamesIndex loadDefault() throws IOException {
        throw new UnsupportedOperationException("placeholder");
    }

    /** Loads an index in the compact format from a stream. */
    public static GeoNamesIndex load(InputStream in) throws IOException {
        throw new UnsupportedOperationException("placeholder");
    }

    @Override public List<GeoPlace> places(String folded) { return List.of(); }
    @Override public List<GeoRegion> regions(String folded) { return List.of(); }
    @Override public Optional<GeoCountry> country(String folded) { return Optional.empty(); }
    @Override public Optional<GeoCountry> countryByCode(String iso) { return Optional.empty(); }
    @Override public Optional<GeoRegion> admin1(String country, String admin1Code) { return Optional.empty(); }
    @Override public int maxNameWords() { return 1; }
}
