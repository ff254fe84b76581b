package org.sitrep.gazetteer.build;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.gazetteer.DivisionWords;
import org.sitrep.gazetteer.NameFolding;

/**
 * The names a division is found by, derived from its own GeoNames name: as written, without the
 * generic word reporters leave out ("Kursk Oblast" is "Kursk"), with north/northern-style variants,
 * and with the Russian/Ukrainian adjectival endings in their usual romanisations
 * ("Yakovlevskiy", "Yakovlevsky", "Yakovlevskyi"). Seat names are added by the builder, not here.
 */
final class RegionNames {

    private static final Map<String, String> COMPASS = Map.of("north", "northern", "northern", "north",
            "south", "southern", "southern", "south", "east", "eastern", "eastern", "east", "west", "western",
            "western", "west");

    /** Interchangeable romanisations of one adjectival ending; longer endings first so they match first. */
    private static final List<List<String>> ENDINGS = List.of(
            List.of("skiy", "skyy", "skyi", "skii", "skij", "skyj", "sky", "ski"),
            List.of("skaya", "skaia", "skaja", "ska"),
            List.of("skoye", "skoie", "skoe", "ske"));

    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^)]*)\\)");

    private RegionNames() {
    }

    static Set<String> keys(String name, String asciiname) {
        Set<String> keys = new LinkedHashSet<>();
        for (String raw : List.of(name, asciiname)) {
            for (String part : splitParentheses(raw)) {
                addVariants(NameFolding.fold(part), keys);
            }
        }
        return keys;
    }

    /** "Zabaykalskiy (Transbaikal) Kray" is known both as "Zabaykalskiy Kray" and as "Transbaikal". */
    private static List<String> splitParentheses(String raw) {
        List<String> parts = new ArrayList<>();
        Matcher m = PARENTHESIS.matcher(raw);
        parts.add(m.replaceAll(" "));
        m.reset();
        while (m.find()) {
            parts.add(m.group(1));
        }
        return parts;
    }

    private static void addVariants(String folded, Set<String> keys) {
        if (folded.isEmpty()) {
            return;
        }
        List<String> bases = new ArrayList<>(List.of(folded));
        String stripped = DivisionWords.withoutGenericWords(folded);
        if (stripped != null) {
            bases.add(stripped);
        }
        for (String base : bases) {
            for (String compass : compassVariants(base)) {
                for (String v : adjectivalVariants(compass)) {
                    if (PlaceNames.words(v) <= PlaceNames.MAX_WORDS && !DivisionWords.isPlainWord(v)) {
                        keys.add(v);
                    }
                }
            }
        }
    }

    private static List<String> compassVariants(String folded) {
        int space = folded.indexOf(' ');
        if (space < 0) {
            return List.of(folded);
        }
        String other = COMPASS.get(folded.substring(0, space));
        return other == null ? List.of(folded) : List.of(folded, other + folded.substring(space));
    }

    static List<String> adjectivalVariants(String folded) {
        String[] words = folded.split(" ");
        for (List<String> family : ENDINGS) {
            boolean[] hit = new boolean[words.length];
            String[] stems = new String[words.length];
            boolean any = false;
            for (int i = 0; i < words.length; i++) {
                String ending = endingOf(words[i], family);
                if (ending != null) {
                    hit[i] = true;
                    stems[i] = words[i].substring(0, words[i].length() - ending.length());
                    any = true;
                }
            }
            if (any) {
                List<String> out = new ArrayList<>();
                out.add(folded);
                for (String ending : family) {
                    String[] v = words.clone();
                    for (int i = 0; i < v.length; i++) {
                        if (hit[i]) {
                            v[i] = stems[i] + ending;
                        }
                    }
                    out.add(String.join(" ", v));
                }
                return out.stream().distinct().toList();
            }
        }
        return List.of(folded);
    }

    /**
     * The stem of a one-word adjectival name ("sudzhanskiy" gives "sudzhan"), or null: the town a
     * Russian or Ukrainian district is named after is usually that stem plus an ending.
     */
    static String adjectivalStem(String folded) {
        if (folded.indexOf(' ') >= 0) {
            return null;
        }
        for (List<String> family : ENDINGS) {
            String ending = endingOf(folded, family);
            if (ending != null) {
                return folded.substring(0, folded.length() - ending.length());
            }
        }
        return null;
    }

    /**
     * Whether a place's one-word name could be what {@code stem} was formed from: the stem itself
     * ("grayvoron"), or plus the "-sk" the ending swallowed ("kursk" for "kurskiy"), or less a final
     * vowel ("shebekino"), or less "-ka" or "-ki" ("prokhorovka", "valuyki"), or with "-an" in place
     * of a final vowel ("sudzha", "korocha").
     */
    static boolean isStemOf(String stem, String placeKey) {
        if (placeKey.indexOf(' ') >= 0) {
            return false;
        }
        if (placeKey.equals(stem) || placeKey.equals(stem + "sk")) {
            return true;
        }
        int n = placeKey.length();
        if ("aeiouy".indexOf(placeKey.charAt(n - 1)) >= 0) {
            String lessVowel = placeKey.substring(0, n - 1);
            if (stem.equals(lessVowel) || stem.equals(lessVowel + "an")) {
                return true;
            }
        }
        return (placeKey.endsWith("ka") || placeKey.endsWith("ki")) && stem.equals(placeKey.substring(0, n - 2));
    }

    private static String endingOf(String word, List<String> family) {
        for (String ending : family) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
                return ending;
            }
        }
        return null;
    }
}
