package org.sitrep.engine.text;

/**
 * What the lexicons know of a word, told to each token once, when it is made. Every lexicon asks every
 * token whether a phrase of its starts there, and compares its word with its own words many times over,
 * so the token carries the answer ({@link Token#lexicons()}) and, for a word a lexicon holds, the
 * lexicons' own instance of it ({@link Token#folded()}), which makes each later comparison an identity test.
 */
@FunctionalInterface
public interface Vocabulary {

    /** The lexicons of a token no lexicon has been asked about: all of them may start there. */
    long ALL = -1L;

    /** Knows no word: tokens keep their own, and each lexicon looks for itself. */
    Vocabulary NONE = Token::at;

    /** {@code token} placed at position {@code index} in sentence {@code sentence}, told what is known of its word. */
    Token known(Token token, int index, int sentence);

    /**
     * The token of these parts at position {@code index} in sentence {@code sentence}, told what is known of its
     * word: what {@link #known} gives for the token the tokenizer makes of them. The segmenter calls this for
     * every token of every article, so a vocabulary may override it to make the one token and no copy.
     *
     * @param shape the bits {@link Token#CAPITALIZED} and {@link Token#ACRONYM} as read from {@code text}
     */
    default Token token(int index, int start, int end, String text, String folded, Token.Type type, int sentence,
                        int shape) {
        return known(new Token(index, start, end, text, folded, type, -1, shape, ALL), index, sentence);
    }
}
