package org.sitrep.gazetteer;

import java.text.Normalizer;

/**
 * The one way names are folded for matching, used by the index builder and by the engine alike:
 * lower case, diacritics removed, apostrophes dropped ("Kam'yanske" and "Kamyanske" meet), every
 * other run of non-letters and non-digits turned into one space, trimmed.
 */
public final class NameFolding {
    private NameFolding() {
    }

    public static String fold(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128 && !isApostrophe(c)) { // apostrophes are dropped anyway: "’s" needs no normalising
                ascii = false;
                break;
            }
        }
        CharSequence src = ascii ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
        boolean space = false;
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            if (isApostrophe(c)) {
                continue;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(Character.toLowerCase(c));
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u02B9' || c == '`' || c == '\u00B4';
    }
}
