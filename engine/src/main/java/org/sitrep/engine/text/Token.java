package org.sitrep.engine.text;

/**
 * A word, number or punctuation mark with its offsets into the article text.
 *
 * @param index    position in the document's token list
 * @param start    first char (inclusive)
 * @param end      last char (exclusive)
 * @param text     the characters as written
 * @param folded   lower case, no diacritics or apostrophes: the key for dictionary matching
 * @param type     word, number or punctuation
 * @param sentence index of the sentence holding it
 * @param shape    the case of its letters as bits ({@link #CAPITALIZED}, {@link #ACRONYM}): asked of every
 *                 token by every lexicon, so read once; and {@link #SHARED}
 * @param lexicons the lexicons that hold a phrase starting with this token, as bits ({@link Vocabulary});
 *                 {@link Vocabulary#ALL} when not known
 */
public record Token(int index, int start, int end, String text, String folded, Type type, int sentence, int shape,
                    long lexicons) {

    public enum Type { WORD, NUMBER, PUNCT }

    /** A word whose first letter is upper case. */
    public static final int CAPITALIZED = 1;
    /** Two or more letters, all upper case, dots allowed: "WHO", "U.N.", "US". */
    public static final int ACRONYM = 2;
    /**
     * Its folded word is the one shared (interned) instance of a lexicon word: a string literal or another
     * shared word equal to it is that very object, so {@link #is} can compare references.
     */
    public static final int SHARED = 4;

    /** A token whose shape is read from its text. */
    public Token(int index, int start, int end, String text, String folded, Type type, int sentence) {
        this(index, start, end, text, folded, type, sentence, shapeOf(text, type), Vocabulary.ALL);
    }

    /** The same token placed in sentence {@code sentence} at position {@code index}. */
    public Token at(int index, int sentence) {
        return new Token(index, start, end, text, folded, type, sentence, shape, lexicons);
    }

    /** The same token placed in sentence {@code sentence} at position {@code index}, with the lexicons it starts. */
    public Token at(int index, int sentence, long lexicons) {
        return new Token(index, start, end, text, folded, type, sentence, shape, lexicons);
    }

    /**
     * The same token placed in sentence {@code sentence} at position {@code index}, its folded form replaced
     * by the equal interned instance, with the lexicons it starts.
     */
    public Token at(int index, int sentence, String sharedFolded, long lexicons) {
        return new Token(index, start, end, text, sharedFolded, type, sentence, shape | SHARED, lexicons);
    }

    static int shapeOf(String text, Type type) {
        int shape = type == Type.WORD && Character.isUpperCase(text.charAt(0)) ? CAPITALIZED : 0;
        return isAcronym(text) ? shape | ACRONYM : shape;
    }

    /** Two or more letters, all upper case, dots allowed: "WHO", "U.N.", "US". */
    public static boolean isAcronym(String text) {
        int letters = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '.') {
                return false;
            }
        }
        return letters >= 2;
    }

    public boolean isWord() {
        return type == Type.WORD;
    }

    public boolean isCapitalized() {
        return (shape & CAPITALIZED) != 0;
    }

    public boolean isAcronym() {
        return (shape & ACRONYM) != 0;
    }

    /**
     * Whether the folded word is {@code foldedWord}. Most calls ask a shared word about a string literal (the
     * same instance when equal), which a reference comparison answers; otherwise the cached hash codes of a
     * shared word and the argument tell most unequal words apart before any character is read, and an equal
     * word built at run time still matches.
     */
    public boolean is(String foldedWord) {
        // the lengths first: they differ for most words asked about, and reading them costs no call
        return folded == foldedWord || folded.length() == foldedWord.length()
                && ((shape & SHARED) == 0 || folded.hashCode() == foldedWord.hashCode()) && folded.equals(foldedWord);
    }
}
