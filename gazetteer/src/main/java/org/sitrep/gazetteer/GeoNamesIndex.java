package org.sitrep.gazetteer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.gazetteer.format.CountryColumns;
import org.sitrep.gazetteer.format.IndexCodec;
import org.sitrep.gazetteer.format.IndexData;
import org.sitrep.gazetteer.format.IndexHeader;
import org.sitrep.gazetteer.format.PlaceColumns;
import org.sitrep.gazetteer.format.PostingList;
import org.sitrep.gazetteer.format.RegionColumns;

/**
 * The GeoNames-derived index that ships with sitrep (built by
 * {@link org.sitrep.gazetteer.build.GazetteerBuilder}). Names resolve through flat hash tables; the
 * place and region records a lookup returns are created on first use and then reused, so repeated
 * lookups of the same names allocate little. Names without an exact match fall back to their
 * {@link Skeleton transliteration skeleton}; region names are also tried without their
 * {@link DivisionWords generic words} ("Luhansk Oblast") before that.
 */
public final class GeoNamesIndex implements PlaceIndex {
    /** Where the bundled index lives on the class path. */
    public static final String RESOURCE = "/org/sitrep/gazetteer/geonames.idx";

    private final IndexData data;
    private final String[] codes;
    private final PlaceColumns placeColumns;
    private final RegionColumns regionColumns;
    private final GeoPlace[] places;
    private final GeoRegion[] regions;
    private final GeoCountry[] countries;
    private final Map<String, GeoCountry> countriesByCode = new HashMap<>();
    private volatile Map<String, Integer> admin1Rows;

    private GeoNamesIndex(IndexData data) {
        this.data = data;
        this.codes = new String[data.codes().size()];
        this.placeColumns = data.places();
        this.regionColumns = data.regions();
        this.places = new GeoPlace[placeColumns.size()];
        this.regions = new GeoRegion[regionColumns.size()];
        CountryColumns c = data.countries();
        this.countries = new GeoCountry[c.size()];
        for (int row = 0; row < c.size(); row++) {
            int capital = c.capital()[row];
            countries[row] = new GeoCountry(code(c.iso()[row]), c.names().get(row), capital < 0 ? null : place(capital),
                    c.geonameid()[row], c.population()[row], code(c.continent()[row]));
            countriesByCode.put(countries[row].iso(), countries[row]);
        }
    }

    /** Loads the index bundled in this jar. */
    public static GeoNamesIndex loadDefault() throws IOException {
        try (InputStream in = GeoNamesIndex.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("gazetteer index " + RESOURCE + " is missing from the class path");
            }
            return load(in);
        }
    }

    /** Loads an index in the compact format from a stream. */
    public static GeoNamesIndex load(InputStream in) throws IOException {
        return new GeoNamesIndex(IndexCodec.read(new BufferedInputStream(in, 1 << 16)));
    }

    /** Format version and the GeoNames files the index was built from. */
    public IndexHeader header() {
        return data.header();
    }

    @Override
    public List<GeoPlace> places(String folded) {
        List<GeoPlace> exact = exactPlaces(folded);
        if (!exact.isEmpty()) {
            return exact;
        }
        List<GeoPlace> skeleton = skeletonPlaces(folded);
        return skeleton.isEmpty() ? withArabicArticle(folded) : skeleton;
    }

    /**
     * "Qamishli" for Al Qāmishlī, "Hasakah" for Al Ḩasakah: news in English often drops the Arabic article
     * that GeoNames writes, so a one-word name nothing else matches is tried with it (as a skeleton, which
     * every romanised form of the article shares).
     */
    private List<GeoPlace> withArabicArticle(String folded) {
        if (folded == null || folded.length() < 4 || folded.indexOf(' ') >= 0) {
            return List.of();
        }
        return places(data.placeSkeletons().rows(data.keys().find(Skeleton.of("al " + folded))));
    }

    @Override
    public List<GeoPlace> exactPlaces(String folded) {
        return folded == null || folded.isEmpty() ? List.of() : places(data.placeNames().rows(data.keys().find(folded)));
    }

    /** Places whose names share {@code folded}'s transliteration skeleton, whether or not an exact match exists. */
    public List<GeoPlace> skeletonPlaces(String folded) {
        return folded == null || folded.isEmpty() ? List.of()
                : places(data.placeSkeletons().rows(data.keys().find(Skeleton.of(folded))));
    }

    @Override
    public List<GeoRegion> regions(String folded) {
        if (folded == null || folded.isEmpty()) {
            return List.of();
        }
        List<GeoRegion> found = regions(data.regionNames(), folded);
        String stripped = found.isEmpty() ? DivisionWords.withoutGenericWords(folded) : null;
        if (stripped != null) {
            found = regions(data.regionNames(), stripped);
        }
        if (found.isEmpty()) {
            found = regions(data.regionSkeletons(), Skeleton.of(stripped == null ? folded : stripped));
        }
        return found;
    }

    @Override
    public Optional<GeoCountry> country(String folded) {
        if (folded == null || folded.isEmpty()) {
            return Optional.empty();
        }
        int[] rows = data.countryNames().rows(data.keys().find(folded));
        return rows.length == 0 ? Optional.empty() : Optional.of(countries[rows[0]]);
    }

    @Override
    public Optional<GeoCountry> countryByCode(String iso) {
        return iso == null ? Optional.empty() : Optional.ofNullable(countriesByCode.get(iso.toUpperCase(Locale.ROOT)));
    }

    @Override
    public Optional<GeoRegion> admin1(String country, String admin1Code) {
        if (country == null || admin1Code == null) {
            return Optional.empty();
        }
        Integer row = admin1Rows().get(admin1Key(country.toUpperCase(Locale.ROOT), admin1Code));
        return row == null ? Optional.empty() : Optional.of(region(row));
    }

    @Override
    public int maxNameWords() {
        return data.maxNameWords();
    }

    @Override
    public List<GeoPlace> allPlaces() {
        List<GeoPlace> out = new ArrayList<>(placeColumns.size());
        for (int row = 0; row < placeColumns.size(); row++) {
            out.add(place(row));
        }
        return out;
    }

    /** All countries, in ISO code order. */
    public List<GeoCountry> countries() {
        return List.of(countries);
    }

    /** Built on first use: most callers never ask, and a cold JVM pays for every string built at load. */
    private Map<String, Integer> admin1Rows() {
        Map<String, Integer> map = admin1Rows;
        if (map == null) {
            map = new HashMap<>();
            for (int row = 0; row < regionColumns.size(); row++) {
                if (regionColumns.admin2()[row] < 0) {
                    map.put(admin1Key(code(regionColumns.country()[row]), code(regionColumns.admin1()[row])), row);
                }
            }
            admin1Rows = map;
        }
        return map;
    }

    private static String admin1Key(String country, String admin1) {
        return new StringBuilder(country.length() + admin1.length() + 1).append(country).append('.').append(admin1)
                .toString();
    }

    private String code(int i) {
        String s = codes[i];
        if (s == null) {
            s = data.codes().get(i);
            codes[i] = s;
        }
        return s;
    }

    private List<GeoPlace> places(int[] rows) {
        if (rows.length == 0) {
            return List.of();
        }
        GeoPlace[] out = new GeoPlace[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = place(rows[i]);
        }
        return List.of(out);
    }

    private List<GeoRegion> regions(PostingList list, String key) {
        int[] rows = list.rows(data.keys().find(key));
        List<GeoRegion> out = new ArrayList<>(rows.length);
        for (int row : rows) {
            out.add(region(row));
        }
        return List.copyOf(out);
    }

    // The caches below are filled racily on purpose: Strings and records have only final fields, so a
    // published instance is always complete, and two threads filling one entry build equal values.
    private GeoPlace place(int row) {
        GeoPlace p = places[row];
        if (p == null) {
            PlaceColumns c = placeColumns;
            p = new GeoPlace(c.geonameid()[row], c.names().get(row), c.latE5()[row] / PlaceColumns.SCALE,
                    c.lonE5()[row] / PlaceColumns.SCALE, code(c.country()[row]), code(c.admin1()[row]),
                    code(c.admin2()[row]), code(c.feature()[row]), c.population()[row]);
            places[row] = p;
        }
        return p;
    }

    private GeoRegion region(int row) {
        GeoRegion r = regions[row];
        if (r == null) {
            RegionColumns c = regionColumns;
            int admin2 = c.admin2()[row];
            int centre = c.centre()[row];
            r = new GeoRegion(code(c.country()[row]), code(c.admin1()[row]), admin2 < 0 ? null : code(admin2),
                    c.names().get(row), centre < 0 ? null : place(centre), c.geonameid()[row]);
            regions[row] = r;
        }
        return r;
    }
}
