package org.sitrep.engine.mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.engine.knowledge.Knowledge;
import org.sitrep.engine.knowledge.PhraseTrie;

/**
 * Words for places that the gazetteer does not hold as names: demonyms and adjectives ("Turkish"),
 * abbreviations ("U.S."), continents and world regions with their GeoNames ids, and the abbreviations
 * of US states and Canadian provinces that follow a town ("Glasgow, Ky."). Read once from the files in
 * {@code places/} beside this class; general knowledge of English, not of any conflict.
 */
final class PlaceWords {

    /**
     * What a demonym or abbreviation stands for: a country, a first-level division or a world region.
     *
     * @param country ISO code, or null for a world region
     * @param admin1  admin1 code within the country, or null
     * @param world   the world region, or null
     */
    record Target(String country, String admin1, WorldRegion world) {
    }

    /** A continent or world region: GeoNames id and representative point. */
    record WorldRegion(String name, long geonameid, double lat, double lon) {
    }

    private static PlaceWords defaults;

    final PhraseTrie<Target> demonyms = new PhraseTrie<>();
    final PhraseTrie<Target> abbreviations = new PhraseTrie<>();
    final PhraseTrie<WorldRegion> worldRegions = new PhraseTrie<>();
    /** Common given names, folded: the word after one is a surname. */
    final java.util.Set<String> givenNames = new java.util.HashSet<>();
    /** Folded state abbreviation ("ky", "nh") to "US.KY". */
    final Map<String, String> stateAbbreviations = new HashMap<>();

    private PlaceWords() {
        Map<String, WorldRegion> byName = new HashMap<>();
        for (String[] f : lines("world-regions.txt", 5)) {
            WorldRegion w = new WorldRegion(f[1], Long.parseLong(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]));
            byName.putIfAbsent(w.name(), w);
            for (String p : f[0].split(",")) {
                worldRegions.put(Knowledge.key(p.strip()), w);
            }
        }
        for (String[] f : lines("demonyms.txt", 2)) {
            Target t = target(f[1], byName);
            for (String p : f[0].split(",")) {
                demonyms.put(Knowledge.key(p.strip()), t);
            }
        }
        for (String[] f : lines("abbreviations.txt", 2)) {
            Target t = target(f[1], byName);
            for (String p : f[0].split(",")) {
                abbreviations.put(Knowledge.key(p.strip()), t);
            }
        }
        for (String[] f : lines("given-names.txt", 1)) {
            for (String p : f[0].split(",")) {
                givenNames.add(p.strip());
            }
        }
        for (String[] f : lines("us-state-abbreviations.txt", 2)) {
            for (String p : f[0].split(",")) {
                stateAbbreviations.put(p.strip().replace(".", "").toLowerCase(java.util.Locale.ROOT), f[1]);
            }
        }
    }

    static synchronized PlaceWords defaults() {
        if (defaults == null) {
            defaults = new PlaceWords();
        }
        return defaults;
    }

    private static Target target(String code, Map<String, WorldRegion> world) {
        if (world.containsKey(code)) {
            return new Target(null, null, world.get(code));
        }
        int dot = code.indexOf('.');
        return dot < 0 ? new Target(code, null, null) : new Target(code.substring(0, dot), code.substring(dot + 1), null);
    }

    private static List<String[]> lines(String file, int fields) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = PlaceWords.class.getResourceAsStream("places/" + file)) {
            if (in == null) {
                throw new IllegalStateException("place word list missing: " + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                String[] f = s.split("\\|", -1);
                if (f.length < fields) {
                    throw new IllegalStateException("places/" + file + ":" + n + ": expected " + fields + " fields");
                }
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].strip();
                }
                out.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
