package org.sitrep.ledger.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * The SHA-256 of an article's normalised text: what makes "the same article" when it comes again
 * under another URL or none. Normalising takes away what differs between copies of one text and not
 * its words: Unicode form (NFKC), curly quotes and dashes, runs of white space, and the invisible
 * characters copies gain or lose on the way (zero-width spaces and joiners, soft hyphens, byte order
 * marks, bidirectional controls, variation selectors: Unicode's format characters), which would otherwise
 * make one story several articles and count it as several sources.
 */
public final class TextFingerprint {
    private TextFingerprint() {
    }

    public static String of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalise(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static String normalise(String text) {
        // Most texts are normalised already; checking is much cheaper than normalising.
        String t = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isInvisible(t, i)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(switch (c) {
                case '\u2018', '\u2019', '\u201B', '\u2032', '\u02BC' -> '\'';
                case '\u201C', '\u201D', '\u201F', '\u2033' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                default -> c;
            });
        }
        return out.toString();
    }

    /** A format character (U+200B, U+200C, U+200D, U+00AD, U+FEFF, U+200E, U+202A..., U+2066...) or a variation selector. */
    static boolean isInvisible(String t, int i) {
        char c = t.charAt(i);
        if (Character.getType(c) == Character.FORMAT || (c >= '\uFE00' && c <= '\uFE0F')) {
            return true;
        }
        if (Character.isSurrogate(c)) {
            int cp = t.codePointAt(Character.isHighSurrogate(c) ? i : Math.max(0, i - 1));
            return (cp >= 0xE0100 && cp <= 0xE01EF) || Character.getType(cp) == Character.FORMAT;
        }
        return false;
    }
}
