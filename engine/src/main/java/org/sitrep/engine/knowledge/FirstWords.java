package org.sitrep.engine.knowledge;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.engine.text.LexiconStarts;
import org.sitrep.engine.text.Token;

/**
 * The first words of the phrases of a set of lexicons, each lexicon one bit: tells a token, once, which of
 * them it can start. Filled while the lexicons are built, then only read.
 */
final class FirstWords implements LexiconStarts {

    private final Map<String, Long> folded = new HashMap<>();
    /** First words that must be written as acronyms ("US", "WHO"), as written. */
    private final Map<String, Long> acronyms = new HashMap<>();
    private int lexicons;

    /** A bit for one more lexicon, or 0 once all 64 are taken: that lexicon then looks for itself. */
    long newLexicon() {
        return lexicons < Long.SIZE ? 1L << lexicons++ : 0L;
    }

    void add(String foldedWord, long lexicon) {
        folded.merge(foldedWord, lexicon, (a, b) -> a | b);
    }

    void addAcronym(String written, long lexicon) {
        acronyms.merge(written, lexicon, (a, b) -> a | b);
    }

    @Override
    public long of(Token token) {
        long bits = folded.getOrDefault(token.folded(), 0L);
        return token.isAcronym() ? bits | acronyms.getOrDefault(token.text(), 0L) : bits;
    }
}
