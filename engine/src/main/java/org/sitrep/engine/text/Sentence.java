package org.sitrep.engine.text;

/**
 * A sentence: tokens {@code [firstToken, endToken)} and chars {@code [start, end)}.
 *
 * @param index      position in the document
 * @param paragraph  index of the paragraph (a line of the article) holding it
 * @param start      first char
 * @param end        end char (exclusive)
 * @param firstToken first token index
 * @param endToken   token index after the last
 */
public record Sentence(int index, int paragraph, int start, int end, int firstToken, int endToken) {
    public int size() {
        return endToken - firstToken;
    }
}
