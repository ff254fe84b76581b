package org.sitrep.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A user's own places, for villages, positions and landmarks GeoNames lacks. One place per line,
 * fields separated by {@code |}:
 * <pre>
 * # name | alternate names, comma-separated | lat | lon | country | admin1 code | population
 * Robotyne | Robotino, Rabotino | 47.4436 | 35.8372 | UA | 26 | 480
 * Krynky |  | 46.7283 | 33.0856 | UA
 * </pre>
 * Name, latitude, longitude and ISO country code are required; alternate names may be left empty,
 * and admin1 code and population may be left empty or left out. Blank lines and lines starting with
 * {@code #} are ignored.
 *
 * <p>Each entry's geonameid is negative and derived from its folded name and coordinates, so it
 * stays the same from run to run and file to file as long as the entry does.
 */
public final class UserPlaces {
    /** Feature code given to user places: a populated place, as far as anyone can tell. */
    public static final String FEATURE_CODE = "PPL";

    private static final int MIN_FIELDS = 5;
    private static final int MAX_FIELDS = 7;

    private UserPlaces() {
    }

    public static List<GeoPlace> parse(Reader r, String sourceName) throws UserPlacesException {
        List<GeoPlace> places = new ArrayList<>();
        List<List<String>> names = new ArrayList<>();
        Map<Long, Integer> lineOfId = new HashMap<>();
        BufferedReader in = r instanceof BufferedReader b ? b : new BufferedReader(r);
        int lineNo = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                LineParser p = new LineParser(sourceName, lineNo);
                GeoPlace place = p.place(trimmed);
                Integer earlier = lineOfId.putIfAbsent(place.geonameid(), lineNo);
                if (earlier != null) {
                    throw new UserPlacesException(sourceName, lineNo, "repeats the place on line " + earlier);
                }
                places.add(place);
                names.add(p.names());
            }
        } catch (IOException e) {
            throw new UserPlacesException(sourceName, "cannot be read (" + e.getMessage() + ")", e);
        }
        return new UserPlaceList(places, names);
    }

    /**
     * An index that finds {@code extra} by name and alternate names ahead of {@code base}'s places.
     * Alternates are known for lists returned by {@link #parse}; other lists are found by name only.
     * Overlays nest: {@code overlay(overlay(base, mine), theirs)}.
     */
    public static PlaceIndex overlay(PlaceIndex base, List<GeoPlace> extra) {
        Map<String, List<GeoPlace>> byName = new HashMap<>();
        for (int i = 0; i < extra.size(); i++) {
            GeoPlace place = extra.get(i);
            List<String> keys = extra instanceof UserPlaceList u ? u.names(i) : List.of(NameFolding.fold(place.name()));
            for (String key : keys) {
                byName.computeIfAbsent(key, k -> new ArrayList<>()).add(place);
            }
        }
        return new UserPlaceIndex(base, byName);
    }

    /** Parses one line; remembers the names it read so the caller can index them. */
    private static final class LineParser {
        private final String source;
        private final int line;
        private final Set<String> names = new LinkedHashSet<>();

        LineParser(String source, int line) {
            this.source = source;
            this.line = line;
        }

        GeoPlace place(String text) throws UserPlacesException {
            String[] f = text.split("\\|", -1);
            if (f.length < MIN_FIELDS || f.length > MAX_FIELDS) {
                throw error("expected " + MIN_FIELDS + " to " + MAX_FIELDS
                        + " fields separated by '|' (name | alternates | lat | lon | country | admin1 | population),"
                        + " found " + f.length);
            }
            String name = f[0].strip();
            if (NameFolding.fold(name).isEmpty()) {
                throw error("the place has no name");
            }
            names.add(NameFolding.fold(name));
            for (String alt : f[1].split(",")) {
                if (!alt.isBlank()) {
                    String folded = NameFolding.fold(alt);
                    if (folded.isEmpty()) {
                        throw error("alternate name '" + alt.strip() + "' has no letters or digits");
                    }
                    names.add(folded);
                }
            }
            double lat = coordinate(f[2], "latitude", 90);
            double lon = coordinate(f[3], "longitude", 180);
            String country = f[4].strip();
            if (!country.matches("[A-Za-z]{2}")) {
                throw error("country '" + country + "' is not a two-letter ISO code such as UA");
            }
            String admin1 = f.length > 5 ? f[5].strip() : "";
            if (!admin1.matches("[A-Za-z0-9]*")) {
                throw error("admin1 code '" + admin1 + "' should be letters and digits only, such as 14");
            }
            long population = f.length > 6 ? population(f[6]) : 0;
            return new GeoPlace(idOf(names.iterator().next(), lat, lon), name, lat, lon,
                    country.toUpperCase(Locale.ROOT), admin1, "", FEATURE_CODE, population);
        }

        List<String> names() {
            return List.copyOf(names);
        }

        private double coordinate(String field, String what, double limit) throws UserPlacesException {
            String s = field.strip();
            double v;
            try {
                v = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw error(what + " '" + s + "' is not a number (decimal degrees, such as 48.0159)");
            }
            if (!(v >= -limit && v <= limit)) {
                throw error(what + " " + s + " is not between -" + (int) limit + " and " + (int) limit);
            }
            return v;
        }

        private long population(String field) throws UserPlacesException {
            String s = field.strip();
            if (s.isEmpty()) {
                return 0;
            }
            if (!s.matches("[0-9]{1,12}")) {
                throw error("population '" + s + "' is not a whole number");
            }
            return Long.parseLong(s);
        }

        private UserPlacesException error(String problem) {
            return new UserPlacesException(source, line, problem);
        }
    }

    /** Negative, stable, and distinct for distinct (name, position) pairs short of a 62-bit hash collision. */
    static long idOf(String foldedName, double lat, double lon) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest((foldedName + "|" + lat + "|" + lon).getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xFF);
            }
            return -1 - (v >>> 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
