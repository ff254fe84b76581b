package org.sitrep.app.input;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a text is English, by the share of its words that are very common English function words.
 * News prose in English scores 20 to 35%, and even a short, name-heavy caption over 11%; German,
 * French, Spanish and Italian prose under 4% (only "a", "in" and "on" also occur there; words
 * frequent in those languages, such as "was", "also", "will", "die", are left out) and Cyrillic
 * text 0%. The threshold sits in that gap. Texts under {@value #MIN_WORDS} words are let through (too
 * few words to judge the share) unless most of their letters are Cyrillic: English is never written
 * so, however short. The command line and the web app's ingest both ask this class: one rule for both.
 */
public final class EnglishCheck {
    public static final int MIN_WORDS = 20;
    /** Share of common English words below which a text is refused. */
    public static final double THRESHOLD = 0.07;
    private static final int SAMPLE_WORDS = 5000;
    private static final int PLAIN_SAMPLE = 150;

    private static final Set<String> ENGLISH = Set.of(
            "the", "of", "and", "to", "a", "in", "on", "is", "are", "that", "for", "with", "by", "at", "from", "it", "its",
            "she", "they", "his", "their", "said", "says", "be", "been", "were", "have", "had", "not", "this",
            "which", "but", "or", "who", "after", "would", "there", "than", "into", "about", "more", "when",
            "we", "our", "these", "those", "what", "could", "should", "while", "where", "them");

    /** Longer words need not be looked up. */
    private static final int LONGEST_ENGLISH = ENGLISH.stream().mapToInt(String::length).max().orElse(0);

    /**
     * The common words by length and first letter: a word of the text is compared in place with the few
     * that could match, with no string cut out of the text for it (every article passes this check).
     */
    private static final String[][] BY_LENGTH_AND_LETTER = byLengthAndLetter();

    private static String[][] byLengthAndLetter() {
        Map<Integer, java.util.List<String>> buckets = new HashMap<>();
        for (String w : ENGLISH) {
            buckets.computeIfAbsent(bucket(w.length(), w.charAt(0)), k -> new java.util.ArrayList<>()).add(w);
        }
        String[][] out = new String[(LONGEST_ENGLISH + 1) * 26][];
        buckets.forEach((k, words) -> out[k] = words.toArray(String[]::new));
        return out;
    }

    private static int bucket(int length, char first) {
        return length * 26 + (first - 'a');
    }

    private static boolean isCommonEnglish(String text, int start, int length) {
        char first = Character.toLowerCase(text.charAt(start));
        if (first < 'a' || first > 'z') {
            return false;
        }
        String[] candidates = BY_LENGTH_AND_LETTER[bucket(length, first)];
        if (candidates != null) {
            for (String w : candidates) {
                if (text.regionMatches(true, start, w, 0, length)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A few frequent words per language, only to name the language in the message. */
    private static final Map<String, Set<String>> OTHERS = Map.of(
            "German", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "sich", "den", "von", "dem",
                    "wurde", "auf", "für", "ein", "eine", "im", "zu"),
            "French", Set.of("le", "la", "les", "des", "et", "est", "une", "dans", "du", "que", "pour", "qui",
                    "sur", "pas", "au", "avec", "un", "ont"),
            "Spanish", Set.of("el", "los", "las", "del", "y", "que", "en", "una", "por", "con", "para", "se",
                    "fue", "al", "han", "su"),
            "Italian", Set.of("il", "di", "che", "della", "per", "una", "sono", "con", "non", "gli", "nel", "è"),
            "Portuguese", Set.of("os", "da", "do", "em", "um", "uma", "não", "para", "com", "foi", "que", "na"),
            "Dutch", Set.of("de", "het", "een", "en", "van", "niet", "dat", "op", "zijn", "werd", "voor"),
            "Polish", Set.of("i", "w", "na", "się", "z", "że", "do", "nie", "jest", "przez", "został"));

    private EnglishCheck() {
    }

    /**
     * What was counted: word tokens, how many were common English words, the letters by script, and
     * a guess at the language (null for a text that passes).
     */
    public record Verdict(int words, int englishWords, int letters, int cyrillicLetters, String guess) {
        public double share() {
            return words == 0 ? 0 : englishWords / (double) words;
        }

        public boolean english() {
            if (letters > 0 && cyrillicLetters * 2 > letters) {
                return false;
            }
            return words < MIN_WORDS || share() >= THRESHOLD;
        }
    }

    /** The message for a text that is not English, or empty when it is (or is too short to judge). */
    public static Optional<String> problem(String text) {
        Verdict v = check(text);
        if (v.english()) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT,
                "not English (%s: %.0f%% of %d words are common English words, need %.0f%%)",
                v.guess(), 100 * v.share(), v.words(), 100 * THRESHOLD));
    }

    public static Verdict check(String text) {
        int words = 0;
        int english = 0;
        int letters = 0;
        int cyrillic = 0;
        int i = 0;
        while (i < text.length() && words < SAMPLE_WORDS && !plainlyEnglish(words, english, letters, cyrillic)) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && (Character.isLetter(text.charAt(i)) || isInnerApostrophe(text, i))) {
                cyrillic += isCyrillic(text.charAt(i)) ? 1 : 0;
                i++;
            }
            letters += i - start;
            words++;
            if (i - start <= LONGEST_ENGLISH && isCommonEnglish(text, start, i - start)) {
                english++;
            }
        }
        Verdict counted = new Verdict(words, english, letters, cyrillic, null);
        // Naming the language costs a second pass; only a text that is refused needs it.
        return counted.english() ? counted
                : new Verdict(words, english, letters, cyrillic, guess(text, letters, cyrillic));
    }

    /**
     * A text that opens with 150 words of plain English (twice the threshold's share, no
     * Cyrillic) is English: the rest of it need not be read.
     */
    private static boolean plainlyEnglish(int words, int english, int letters, int cyrillic) {
        return words >= PLAIN_SAMPLE && english >= 2 * THRESHOLD * words && cyrillic == 0;
    }

    private static boolean isCyrillic(char c) {
        return c >= '\u0400' && c <= '\u052F';
    }

    private static boolean isInnerApostrophe(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '\u2019') && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    }

    private static String guess(String text, int letters, int cyrillic) {
        Map<String, Integer> counts = new HashMap<>();
        String sample = text.length() > 50_000 ? text.substring(0, 50_000) : text;
        for (String w : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            counts.merge(w, 1, Integer::sum);
        }
        if (letters > 0 && cyrillic * 2 > letters) {
            boolean ukrainian = counts.keySet().stream().anyMatch(w -> w.matches(".*[іїєґ].*"));
            boolean russian = counts.keySet().stream().anyMatch(w -> w.matches(".*[ыэъё].*"));
            return ukrainian && !russian ? "looks like Ukrainian"
                    : russian && !ukrainian ? "looks like Russian" : "Cyrillic script";
        }
        int words = counts.entrySet().stream().filter(e -> !e.getKey().isEmpty()).mapToInt(Map.Entry::getValue).sum();
        String best = null;
        double bestShare = 0.10;
        for (Map.Entry<String, Set<String>> language : OTHERS.entrySet()) {
            int hits = language.getValue().stream().mapToInt(w -> counts.getOrDefault(w, 0)).sum();
            double share = words == 0 ? 0 : hits / (double) words;
            if (share > bestShare) {
                best = language.getKey();
                bestShare = share;
            }
        }
        return best == null ? "language not recognised" : "looks like " + best;
    }
}
