package org.sitrep.engine.text;

/**
 * Which lexicons hold a phrase that can start with a token, as bits. Every lexicon asks this of every
 * token, most tokens start nothing, so the answer is read once, when the token is made
 * ({@link Token#lexicons()}), and a lexicon turns a token away with one bit test.
 */
@FunctionalInterface
public interface LexiconStarts {

    /** The bits of a token no lexicon has been asked about. */
    long ALL = -1L;

    /** Nothing known: every lexicon may start anywhere, so each looks for itself. */
    LexiconStarts ANY = t -> ALL;

    long of(Token token);
}
