package org.sitrep.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.gazetteer.NameFolding;

/**
 * Cuts text into words, numbers and punctuation. A possessive or contraction ("Russia's") becomes
 * the word and a separate {@code 's} token so that phrase lexicons can match across it; numbers keep
 * their thousands separators ("1,300"); hyphens are tokens of their own ("Rostov-on-Don").
 * Invisible characters (zero-width spaces and joiners, soft hyphens, byte order marks, bidi controls,
 * variation selectors) are no part of any token: inside a word they are carried over (a copy's
 * "mis\u200Csiles" is the word missiles, at its offsets in that copy), between tokens skipped.
 */
public final class Tokenizer {

    /** Tokens of {@code text[from, to)}, numbered from {@code firstIndex}, all in sentence -1. */
    public List<Token> tokenize(String text, int from, int to, int firstIndex) {
        TokenParts parts = new TokenParts();
        tokenize(text, from, to, parts);
        List<Token> out = new ArrayList<>(parts.size);
        for (int k = 0; k < parts.size; k++) {
            out.add(parts.token(k, firstIndex + k));
        }
        return out;
    }

    /** The tokens of {@code text[from, to)} into {@code out}, after those it holds. */
    void tokenize(String text, int from, int to, TokenParts out) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            // most characters are ASCII, where no character is invisible and digits and letters are plain ranges
            boolean ascii = c < 128;
            if (c == ' ' || (ascii ? Character.isWhitespace(c) : Character.isWhitespace(c) || isInvisible(c))) {
                i++;
            } else if (ascii ? c >= '0' && c <= '9' : Character.isDigit(c)) {
                i = number(text, i, to, out);
            } else if (ascii ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c)) {
                i = word(text, i, to, out);
            } else if (NameFolding.isApostrophe(c) && i + 1 < to && isLetter(text, i + 1, to)
                    && !isLetter(text, i - 1, to)) {
                // a leading apostrophe: "'s" after a closing quote, or a quotation mark in 'single quotes'
                if (possessiveAt(text, i, to)) {
                    i = emit(text, i, i + 2, Token.Type.WORD, out);
                } else {
                    i = emit(text, i, i + 1, Token.Type.PUNCT, out);
                }
            } else {
                i = emit(text, i, i + 1, Token.Type.PUNCT, out);
            }
        }
    }

    /** Unicode's format characters (U+200B, U+200C, U+200D, U+00AD, U+FEFF, bidi controls) and variation selectors. */
    static boolean isInvisible(char c) {
        return Character.getType(c) == Character.FORMAT || (c >= '\uFE00' && c <= '\uFE0F');
    }

    /** The first visible character from {@code i} on, or a space at the end. */
    private static char afterInvisibles(String text, int i, int to) {
        int k = i;
        while (k < to && isInvisible(text.charAt(k))) {
            k++;
        }
        return k < to ? text.charAt(k) : ' ';
    }

    private static boolean isLetter(String text, int i, int to) {
        return i >= 0 && i < to && Character.isLetter(text.charAt(i));
    }

    private static boolean possessiveAt(String text, int i, int to) {
        return i + 1 < to && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2)));
    }

    private int word(String text, int i, int to, TokenParts out) {
        int j = i;
        while (j < to) {
            char c = text.charAt(j);
            if (c < 128 ? isAsciiLetterOrDigit(c) : Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                j++;
            } else if (isInvisible(c) && Character.isLetterOrDigit(afterInvisibles(text, j, to))) {
                j++;
            } else if (NameFolding.isApostrophe(c) && j + 1 < to && Character.isLetter(text.charAt(j + 1))) {
                if (possessiveAt(text, j, to) || contraction(text, j, to)) {
                    break;
                }
                j++; // an apostrophe inside a name: Kam'yanske, Bil'horod
            } else if (c == '.' && isAcronymDot(text, i, j, to)) {
                j++; // U.S., U.N.
            } else {
                break;
            }
        }
        emit(text, i, j, Token.Type.WORD, out);
        if (j < to && NameFolding.isApostrophe(text.charAt(j)) && (possessiveAt(text, j, to) || contraction(text, j, to))) {
            int k = j + 1;
            while (k < to && Character.isLetter(text.charAt(k))) {
                k++;
            }
            emit(text, j, k, Token.Type.WORD, out);
            return k;
        }
        return j;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean contraction(String text, int j, int to) {
        int k = j + 1;
        while (k < to && Character.isLetter(text.charAt(k))) {
            k++;
        }
        String tail = text.substring(j + 1, k).toLowerCase(Locale.ROOT);
        return tail.equals("t") || tail.equals("re") || tail.equals("ve") || tail.equals("ll") || tail.equals("d")
                || tail.equals("m");
    }

    /** "U.S." keeps its dots: single letters separated by dots. */
    private static boolean isAcronymDot(String text, int start, int dot, int to) {
        int letters = dot - start;
        boolean single = letters == 1 || (letters >= 3 && text.charAt(dot - 2) == '.');
        return single && Character.isUpperCase(text.charAt(dot - 1)) && dot + 1 < to
                && Character.isUpperCase(text.charAt(dot + 1)) && (dot + 2 >= to || text.charAt(dot + 2) == '.');
    }

    private int number(String text, int i, int to, TokenParts out) {
        int j = i;
        while (j < to) {
            char c = text.charAt(j);
            if (Character.isDigit(c)) {
                j++;
            } else if ((c == ',' || c == '.') && j + 1 < to && Character.isDigit(text.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        // "9th", "3rd", "1980s", "Kh-22M": letters glued to digits stay one token
        while (j < to && Character.isLetter(text.charAt(j))) {
            j++;
        }
        boolean digitsOnly = true;
        for (int k = i; k < j; k++) {
            if (Character.isLetter(text.charAt(k))) {
                digitsOnly = false;
                break;
            }
        }
        return emit(text, i, j, digitsOnly ? Token.Type.NUMBER : Token.Type.WORD, out);
    }

    private static int emit(String text, int start, int end, Token.Type type, TokenParts out) {
        String raw = text.substring(start, end);
        String folded = type == Token.Type.PUNCT ? foldPunct(raw) : asciiFold(raw);
        if (folded == null) {
            folded = NameFolding.fold(raw).replace(" ", "");
        }
        if (type == Token.Type.WORD && folded.isEmpty()) {
            folded = raw;
        }
        out.add(start, end, raw, folded, type);
        return end;
    }

    /**
     * Most words are plain ASCII letters and digits: their fold is their lower case, and a word already
     * in lower case is its own fold. Null for anything else, which takes the full fold.
     */
    private static String asciiFold(String raw) {
        boolean lower = true;
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c >= 'A' && c <= 'Z') {
                lower = false;
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return null;
            }
        }
        return lower ? raw : raw.toLowerCase(Locale.ROOT);
    }

    private static String foldPunct(String p) {
        char c = p.charAt(0);
        if (c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB') {
            return "\"";
        }
        if (NameFolding.isApostrophe(c)) {
            return "'";
        }
        if (c == '\u2013' || c == '\u2014' || c == '\u2212' || c == '\u2010' || c == '\u2011') {
            return "-";
        }
        return p;
    }
}
