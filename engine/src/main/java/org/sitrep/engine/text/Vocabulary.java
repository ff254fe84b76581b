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
}
