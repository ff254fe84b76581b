package org.sitrep.ledger.incident;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.gazetteer.NameFolding;

/**
 * The originating source behind a claim, normalised so that the same source named differently by
 * different outlets meets on one key: "Russia's Defence Ministry", "the Russian Ministry of Defense" and
 * "Russian Defence Ministry spokesman Igor Konashenkov" are all {@code RU:defense ministry}; "Kremlin
 * spokesman Dmitry Peskov" and "Dmitry Peskov" both end on the surname. A source named only by its side
 * ("Moscow", "Ukrainian officials", "the authorities") is vague: it counts only when its side has no
 * named source, since it is most often that source repeated.
 *
 * @param side  the side the source speaks for
 * @param key   the normalised name, {@code side:name}
 * @param vague whether the name says no more than the side
 */
public record SourceKey(String side, String key, boolean vague) {

    /** A spokesperson speaks for the institution named before the word. */
    private static final Pattern SPOKESPERSON = Pattern.compile(
            "(?i)^(.*?\\S)\\s+(?:spokes(?:man|woman|person)|press (?:secretary|service|office))\\b.*");
    /** A title followed by a capitalised name: the person is the source. */
    private static final Pattern TITLED_NAME = Pattern.compile(
            "(?i:mayor|governor|minister|president|head|chief|commander|adviser|advisor|secretary|ombudsman"
                    + "|ombudswoman|spokesman|spokeswoman|leader|director|prosecutor|chairman|lawmaker|mp)"
                    + "\\s+((?:\\p{Lu}[\\p{L}'’.-]+\\s+){0,3}\\p{Lu}[\\p{L}'’-]+)\\s*(?:\\(.*)?$");
    /** Two to four capitalised words and nothing else: a person's name. */
    private static final Pattern BARE_NAME = Pattern.compile("^(?:\\p{Lu}[\\p{L}'’.-]+\\s+){1,3}\\p{Lu}[\\p{L}'’-]+$");
    private static final Set<String> INSTITUTION_WORDS = Set.of("ministry", "staff", "military", "army", "forces",
            "administration", "council", "government", "office", "service", "police", "agency", "command",
            "authorities", "officials", "media", "news", "kremlin", "corps", "guard", "force", "group", "department",
            "committee", "mission", "monitor", "observatory", "organization", "organisation", "un", "nations");
    private static final Set<String> SIDE_WORDS = Set.of("the", "a", "an", "of", "s", "its", "their", "country",
            "russia", "russias", "russian", "moscow", "ukraine", "ukraines", "ukrainian", "kyiv", "kyivs", "kiev",
            "israel", "israels", "israeli", "gaza", "gazas", "palestinian", "syria", "syrias", "syrian", "damascus",
            "sudan", "sudans", "sudanese", "khartoum", "mali", "malis", "malian", "french", "france", "myanmar",
            "myanmars", "iran", "irans", "iranian", "us", "american", "state", "states", "united", "national");
    private static final Set<String> VAGUE_WORDS = Set.of("officials", "official", "authorities", "authority",
            "government", "military", "forces", "sources", "source", "side", "officers", "local", "regional",
            "defense officials", "media", "leadership", "army", "troops", "people", "residents", "statement",
            "reports", "report", "spokesman", "spokeswoman", "spokesperson");
    private static final String[][] SYNONYMS = {
            {"defence", "defense"}, {"ministry of defense", "defense ministry"}, {"mod", "defense ministry"},
            {"ministry of foreign affairs", "foreign ministry"}, {"ministry of internal affairs", "interior ministry"},
            {"ministry of health", "health ministry"}, {"ministry of emergency situations", "emergencies ministry"},
            {"armed forces", "military"}, {"general staff of military", "general staff"},
            {"israel defense forces", "military"}, {"idf", "military"}, {"army", "military"},
            {"emergency service", "emergency service"}, {"emergencies service", "emergency service"}};

    /** The same few sources are named in thousands of articles: their keys are remembered. */
    private static final int CACHE_SIZE = 20_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, SourceKey> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    public static SourceKey of(String by, String side) {
        String cacheKey = side + "\u0000" + by;
        SourceKey known = CACHE.get(cacheKey);
        if (known != null) {
            return known;
        }
        SourceKey k = compute(by, side);
        if (CACHE.size() >= CACHE_SIZE) {
            CACHE.clear();
        }
        CACHE.put(cacheKey, k);
        return k;
    }

    private static SourceKey compute(String by, String side) {
        String s = side == null || side.isBlank() ? "unknown" : side;
        String name = by == null ? "" : by.strip();
        Matcher spokes = SPOKESPERSON.matcher(name);
        if (spokes.matches() && hasInstitutionWord(spokes.group(1))) {
            name = spokes.group(1);
        } else {
            String person = person(name);
            if (person != null) {
                return new SourceKey(s, s + ":" + person, false);
            }
        }
        String institution = institution(name);
        boolean vague = isVague(institution);
        return new SourceKey(s, s + ":" + (vague ? "*" : institution), vague);
    }

    /** The outlet an article came from, as a source of its own: "Reuters (as republished by Dawn)" is Reuters. */
    public static SourceKey outlet(String outlet) {
        String o = outlet == null ? "" : outlet.replaceAll("\\(.*", "").strip();
        String folded = NameFolding.fold(o).replaceFirst("^the ", "");
        return new SourceKey("outlet", "outlet:" + (folded.isEmpty() ? "*" : folded), folded.isEmpty());
    }

    /** The surname of a person named as the source, or null when the source is not a person. */
    static String person(String name) {
        Matcher titled = TITLED_NAME.matcher(name);
        String full = null;
        if (titled.find()) {
            full = titled.group(1);
        } else if (BARE_NAME.matcher(name).matches() && !hasInstitutionWord(name)) {
            full = name;
        }
        if (full == null || hasInstitutionWord(full)) {
            return null;
        }
        String[] words = NameFolding.fold(full).split(" ");
        // Transliterations differ in the ending: Zelensky, Zelenskiy, Zelenskyy.
        return words[words.length - 1].replaceAll("(?:iy|yy|y|ii|i)$", "");
    }

    private static boolean hasInstitutionWord(String name) {
        return Arrays.stream(NameFolding.fold(name).split(" ")).anyMatch(INSTITUTION_WORDS::contains);
    }

    static String institution(String name) {
        String folded = " " + NameFolding.fold(name.replaceAll("\\(.*", "")) + " ";
        for (String[] syn : SYNONYMS) {
            folded = folded.replace(" " + syn[0] + " ", " " + syn[1] + " ");
        }
        List<String> kept = new ArrayList<>();
        for (String w : folded.strip().split(" ")) {
            if (!w.isEmpty() && !SIDE_WORDS.contains(w)) {
                kept.add(w);
            }
        }
        return String.join(" ", kept).toLowerCase(Locale.ROOT);
    }

    private static boolean isVague(String institution) {
        if (institution.isEmpty() || VAGUE_WORDS.contains(institution)) {
            return true;
        }
        return Arrays.stream(institution.split(" ")).allMatch(VAGUE_WORDS::contains);
    }
}
