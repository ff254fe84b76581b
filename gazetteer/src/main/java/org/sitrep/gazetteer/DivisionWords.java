package org.sitrep.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The words that name a kind of administrative division rather than a division ("oblast",
 * "rayon", "governorate"...), which reporters add or leave out at will: "Kursk Oblast" and "Kursk"
 * mean the same region. Shared by the index builder and region lookups so both strip the same words.
 */
public final class DivisionWords {

    private static final Set<String> GENERIC = Set.of("oblast", "oblasti", "oblys", "region", "regional",
            "province", "provincia", "provincie", "governorate", "rayon", "raion", "district", "krai", "kray", "state",
            "prefecture", "municipality", "municipio", "county", "muhafazah", "muhafazat", "mohafazat", "wilayah",
            "wilayat", "wilaya", "city", "gorod", "misto", "urban", "okrug", "municipal", "mudiriyah", "mudiriyat",
            "division", "territory", "department", "departamento", "departement", "republic", "respublika",
            "rural", "council", "area", "local", "government", "hromada", "community", "miskrada", "miska", "rada",
            "gorodskoy", "comuna", "amphoe", "huyen", "pagasts", "kabupaten", "powiat", "gemeente", "obshtina",
            "kommun", "oras", "tumani", "jaras", "okres", "ilcesi", "shahrestan", "strip");

    /** Words that must not name a division on their own: every report uses them as plain English. */
    private static final Set<String> PLAIN = Set.of("north", "northern", "south", "southern", "east", "eastern",
            "west", "western", "northeast", "northeastern", "northwest", "northwestern", "southeast", "southeastern",
            "southwest", "southwestern", "central", "centre", "center", "capital", "federal", "national", "upper", "lower",
            "new", "great", "greater", "middle", "autonomous", "special", "of", "the", "and");

    /** Left dangling at either end once a generic word is gone ("City of London", "Shahrestan-e Kerman"). */
    private static final Set<String> CONNECTORS = Set.of("of", "the", "de", "di", "del", "du", "des", "e");

    private DivisionWords() {
    }

    /**
     * A folded name without its generic words ("kursk oblast" to "kursk"), or null when it has none
     * or nothing meaningful would remain ("northern state" would leave "northern").
     */
    public static String withoutGenericWords(String folded) {
        List<String> words = new ArrayList<>(Arrays.asList(folded.split(" ")));
        if (!words.removeIf(GENERIC::contains)) {
            return null;
        }
        while (!words.isEmpty() && CONNECTORS.contains(words.get(0))) {
            words.remove(0);
        }
        while (!words.isEmpty() && CONNECTORS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        if (String.join("", words).length() < 3 || words.stream().allMatch(PLAIN::contains)) {
            return null;
        }
        return String.join(" ", words);
    }

    /** Whether a folded name is a plain English word ("northern", "central") that must not name a division. */
    public static boolean isPlainWord(String folded) {
        return PLAIN.contains(folded);
    }
}
