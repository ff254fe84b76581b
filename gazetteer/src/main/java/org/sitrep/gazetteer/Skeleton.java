package org.sitrep.gazetteer;

/**
 * A deliberately lossy key under which Russian, Ukrainian and older romanisations of one Cyrillic
 * name meet ("Mykolayev", "Mykolaiv" and "Nikolaev" minus the first letter; "Kharkov"/"Kharkiv";
 * "Sievierodonetsk"/"Severodonetsk"). Lookups use it only when a name has no exact match, because it
 * also merges names that are genuinely different.
 *
 * <p>Applied per word to an already folded name:
 * <ol>
 *   <li>{@code y} becomes {@code i}, and so does a {@code j} inside a word (German/Polish/Serbian
 *       {@code j} for й/я/ю: "Slavjansk"). So iy/yi/yy/ii/y all become i, ya/ia become ia, yu/iu
 *       become iu, ye/ie become ie. {@code w} becomes {@code v} (German/Polish в: "Charkiw").</li>
 *   <li>doubled letters collapse ("Odessa"/"Odesa", "Balakliia"/"Balaklia"), and so does a doubled
 *       {@code zh} ("Zaporizhzhia"/"Zaporizhia").</li>
 *   <li>{@code ie} becomes {@code e} (Ukrainian є/ie versus Russian е/e: "Sievierodonetsk").</li>
 *   <li>an o, e or i standing before a {@code v} that ends the word or is followed by {@code k} or
 *       {@code s} is dropped, if at least three letters precede it: the Ukrainian і for a Russian
 *       о/е in closed syllables ("Kharkov"/"Kharkiv", "Artemovsk"/"Artemivsk", "Avdeyevka"/"Avdiivka").
 *       The length guard keeps short words ("Kiev", "Lviv") from being gutted.</li>
 * </ol>
 * The Arabic article in any of its romanised forms ("al", "el", "ash", "ad", "an", ...) becomes {@code al}, and
 * the Arabic feminine ending loses its h ("Hodeidah"/"Hodeida", "Raqqah"/"Raqqa", "Nabatieh"/"Nabatiye",
 * "Dahieh"/"Dahiye") in words of six letters or more.
 * Not merged, because too many unrelated names would collide: {@code kh}/{@code h}, {@code g}/{@code h}
 * (Russian г as g, Ukrainian as h), {@code ts}/{@code c}, ё written {@code yo} or {@code e}.
 */
public final class Skeleton {
    /**
     * The Arabic article as romanised before a name: "al" and "el", and its forms assimilated to a sun
     * letter ("ash-Shati", "ad-Dawhah", "an-Najaf", "ar-Raqqa", "as-Suwayda", "at-Tall", "az-Zarqa").
     */
    private static final java.util.Set<String> ARABIC_ARTICLES = java.util.Set.of("al", "el", "ash", "ad", "an", "ar",
            "as", "at", "az", "adh", "ath", "ul");

    private Skeleton() {
    }

    public static String of(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        int start = 0;
        while (start <= folded.length()) {
            int end = folded.indexOf(' ', start);
            if (end < 0) {
                end = folded.length();
            }
            if (end > start) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(word(folded.substring(start, end)));
            }
            start = end + 1;
        }
        return out.toString();
    }

    private static String word(String w) {
        if (ARABIC_ARTICLES.contains(w)) {
            return "al"; // "Jisr ash-Shughur" and "Jisr al-Shughur", "El Fasher" and "Al Fashir"
        }
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == 'y' || (c == 'j' && i > 0)) {
                c = 'i';
            } else if (c == 'w') {
                c = 'v';
            }
            b.append(c);
        }
        collapse(b);
        replaceAll(b, "ie", "e");
        collapse(b);
        dropVowelBeforeV(b);
        if (w.length() >= 6) {
            dropFinalHAfterA(b);
        }
        return b.toString();
    }

    private static void collapse(StringBuilder b) {
        int w = 0;
        for (int r = 0; r < b.length(); r++) {
            char c = b.charAt(r);
            if (w > 0 && b.charAt(w - 1) == c) {
                continue;
            }
            if (c == 'h' && w >= 3 && b.charAt(w - 1) == 'z' && b.charAt(w - 2) == 'h' && b.charAt(w - 3) == 'z') {
                w--;
                continue;
            }
            b.setCharAt(w++, c);
        }
        b.setLength(w);
    }

    private static void replaceAll(StringBuilder b, String from, String to) {
        int i = b.indexOf(from);
        while (i >= 0) {
            b.replace(i, i + from.length(), to);
            i = b.indexOf(from, i + to.length());
        }
    }

    /**
     * The Arabic feminine ending written with or without its h: "Hodeidah"/"Hodeida", "Raqqah"/"Raqqa". Only
     * after a and in words of six letters or more: "-eh" and short words would meet people's names
     * ("Saleh" and Salé, "Sarah" and Sara).
     */
    private static void dropFinalHAfterA(StringBuilder b) {
        int n = b.length();
        if (n >= 2 && b.charAt(n - 1) == 'h' && (b.charAt(n - 2) == 'a' || b.charAt(n - 2) == 'e')) {
            b.setLength(n - 1);
        }
    }

    private static void dropVowelBeforeV(StringBuilder b) {
        for (int i = 3; i + 1 < b.length(); i++) {
            char c = b.charAt(i);
            if ((c == 'o' || c == 'e' || c == 'i') && b.charAt(i + 1) == 'v'
                    && (i + 2 == b.length() || b.charAt(i + 2) == 'k' || b.charAt(i + 2) == 's')) {
                b.deleteCharAt(i);
            }
        }
    }
}
