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
 */
public record Token(int index, int start, int end, String text, String folded, Type type, int sentence) {

    public enum Type { WORD, NUMBER, PUNCT }

    public boolean isWord() {
        return type == Type.WORD;
    }

    public boolean isCapitalized() {
        return type == Type.WORD && Character.isUpperCase(text.charAt(0));
    }

    public boolean is(String foldedWord) {
        return folded.equals(foldedWord);
    }
}
