package org.sitrep.gazetteer.build;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.gazetteer.NameFolding;

/**
 * Which folded names a populated place is found by: its GeoNames name and ASCII name, and those
 * alternate names that are Latin script and not junk. The junk rules exist because every key is a
 * chance for the engine to mistake an ordinary word for a place.
 */
final class PlaceNames {
    /** Longer names (mostly Mexican and Spanish compound names) are dropped: they bound the engine's n-grams. */
    static final int MAX_WORDS = 8;

    private static final Pattern LATIN = Pattern.compile("[a-z0-9 ]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9 ]+");
    /** IATA airport and similar three-character codes GeoNames files among alternate names ("ODS", "IEV"). */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{3}");

    private PlaceNames() {
    }

    static Set<String> keys(String name, String asciiname, List<String> alternates) {
        Set<String> keys = new LinkedHashSet<>();
        addIfShort(keys, NameFolding.fold(name));
        addIfShort(keys, NameFolding.fold(asciiname));
        for (String alt : alternates) {
            String folded = alternateKey(alt);
            if (folded != null) {
                addIfShort(keys, folded);
            }
        }
        return keys;
    }

    /** The folded key of an alternate name, or null when the alternate is dropped. */
    static String alternateKey(String raw) {
        String alt = raw.strip();
        if (alt.contains("://") || alt.startsWith("www.") || CODE.matcher(alt).matches()) {
            return null;
        }
        // GeoNames' all-lower-case alternates are machine romanisations of CJK, Korean and Arabic
        // names ("ao de sa" for Odesa, "ji fu" for Kyiv, "bana" for Pana): nobody writes them, many are words.
        if (alt.codePoints().noneMatch(Character::isUpperCase)) {
            return null;
        }
        String folded = NameFolding.fold(alt);
        if (!LATIN.matcher(folded).matches() || DIGITS.matcher(folded).matches()
                || folded.replace(" ", "").length() <= 2) {
            return null;
        }
        return folded;
    }

    static int words(String folded) {
        int n = 1;
        for (int i = 0; i < folded.length(); i++) {
            if (folded.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    private static void addIfShort(Set<String> keys, String folded) {
        if (!folded.isEmpty() && words(folded) <= MAX_WORDS) {
            keys.add(folded);
        }
    }
}
