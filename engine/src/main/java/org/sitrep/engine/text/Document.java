package org.sitrep.engine.text;

import java.util.List;

/**
 * An article cut into sentences and tokens. The first paragraph is the headline when the article has
 * one (its first line).
 */
public record Document(String text, List<Sentence> sentences, List<Token> tokens) {

    public Document {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
    }

    public Sentence sentenceOf(Token t) {
        return sentences.get(t.sentence());
    }

    public List<Token> tokensOf(Sentence s) {
        return tokens.subList(s.firstToken(), s.endToken());
    }

    public String textOf(int start, int end) {
        return text.substring(start, end);
    }

    /** The text between two token indices, inclusive of both. */
    public String textOf(int firstToken, int lastToken, boolean inclusive) {
        return text.substring(tokens.get(firstToken).start(), tokens.get(inclusive ? lastToken : lastToken - 1).end());
    }
}
