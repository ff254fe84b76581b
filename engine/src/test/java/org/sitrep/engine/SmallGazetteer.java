package org.sitrep.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.gazetteer.GeoCountry;
import org.sitrep.gazetteer.GeoPlace;
import org.sitrep.gazetteer.GeoRegion;
import org.sitrep.gazetteer.NameFolding;
import org.sitrep.gazetteer.PlaceIndex;

/**
 * A real {@link PlaceIndex} over a handful of real GeoNames rows (test resources {@code places.tsv},
 * {@code admin1.tsv}, {@code countries.tsv}): the same lookups the bundled index answers, on a few
 * dozen names. Used by the engine's tests while the bundled index is built elsewhere.
 */
public final class SmallGazetteer implements PlaceIndex {

    private static final Set<String> GENERIC = Set.of("oblast", "region", "province", "city", "rayon", "krai");
    private static SmallGazetteer shared;

    private final Map<String, List<GeoPlace>> places = new HashMap<>();
    private final Map<String, List<GeoRegion>> regions = new HashMap<>();
    private final Map<String, GeoCountry> countries = new HashMap<>();
    private final Map<String, GeoCountry> byCode = new HashMap<>();
    private final Map<String, GeoRegion> admin1 = new HashMap<>();
    private int maxWords = 1;

    /** The index over the bundled test rows; built once, immutable, shared by every test. */
    public static synchronized SmallGazetteer get() {
        if (shared == null) {
            shared = new SmallGazetteer();
        }
        return shared;
    }

    private SmallGazetteer() {
        Map<Long, GeoPlace> byId = new HashMap<>();
        Map<Long, List<String>> names = new HashMap<>();
        for (String[] c : rows("places.tsv")) {
            GeoPlace p = new GeoPlace(Long.parseLong(c[0]), c[1], Double.parseDouble(c[3]), Double.parseDouble(c[4]),
                    c[6], c[7], c[8], c[5], Long.parseLong(c[9]));
            byId.put(p.geonameid(), p);
            Set<String> keys = new LinkedHashSet<>();
            keys.add(c[1]);
            if (!c[2].isEmpty()) {
                keys.addAll(List.of(c[2].split(",")));
            }
            names.put(p.geonameid(), List.copyOf(keys));
            for (String k : keys) {
                add(places, k, p);
            }
        }
        for (String[] c : rows("admin1.tsv")) {
            String[] code = c[0].split("\\.");
            GeoPlace centre = c.length > 2 && !c[2].isEmpty() ? byId.get(Long.parseLong(c[2])) : null;
            GeoRegion r = new GeoRegion(code[0], code[1], null, c[1], centre, 0);
            admin1.put(c[0], r);
            add(regions, c[1], r);
            add(regions, withoutGenericWords(c[1]), r);
            if (centre != null) {
                for (String n : names.get(centre.geonameid())) {
                    add(regions, n, r);
                }
            }
        }
        for (String[] c : rows("countries.tsv")) {
            GeoPlace capital = c.length > 2 && !c[2].isEmpty() ? byId.get(Long.parseLong(c[2])) : null;
            GeoCountry country = new GeoCountry(c[0], c[1], capital, 0, 0, "");
            byCode.put(c[0], country);
            countries.put(NameFolding.fold(c[1]), country);
            if (c.length > 3 && !c[3].isEmpty()) {
                for (String v : c[3].split(",")) {
                    countries.put(NameFolding.fold(v), country);
                }
            }
        }
        for (String k : countries.keySet()) {
            maxWords = Math.max(maxWords, k.split(" ").length);
        }
        places.values().forEach(l -> l.sort(Comparator.comparingLong(GeoPlace::population).reversed()));
    }

    private static String withoutGenericWords(String name) {
        List<String> kept = new ArrayList<>();
        for (String w : NameFolding.fold(name).split(" ")) {
            if (!GENERIC.contains(w)) {
                kept.add(w);
            }
        }
        return String.join(" ", kept);
    }

    private <V> void add(Map<String, List<V>> map, String name, V value) {
        String key = NameFolding.fold(name);
        if (key.isEmpty()) {
            return;
        }
        List<V> list = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(value)) {
            list.add(value);
        }
        maxWords = Math.max(maxWords, key.split(" ").length);
    }

    private static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = SmallGazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public List<GeoPlace> places(String folded) {
        return List.copyOf(places.getOrDefault(folded, List.of()));
    }

    @Override
    public List<GeoRegion> regions(String folded) {
        return List.copyOf(regions.getOrDefault(folded, List.of()));
    }

    @Override
    public Optional<GeoCountry> country(String folded) {
        return Optional.ofNullable(countries.get(folded));
    }

    @Override
    public Optional<GeoCountry> countryByCode(String iso) {
        return Optional.ofNullable(byCode.get(iso));
    }

    @Override
    public Optional<GeoRegion> admin1(String country, String admin1Code) {
        return Optional.ofNullable(admin1.get(country + "." + admin1Code));
    }

    @Override
    public int maxNameWords() {
        return maxWords;
    }
}
