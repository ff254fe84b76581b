package org.sitrep.engine.knowledge;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.engine.text.Token;
import org.sitrep.engine.text.Vocabulary;

/**
 * The words of a set of lexicons, each lexicon one bit: tells a token, once, which lexicons can start a
 * phrase with it, and gives it the one shared instance of its word. Filled while the lexicons are built,
 * then only read.
 */
final class LexiconVocabulary implements Vocabulary {

    /** A lexicon word: its shared instance (the JVM's, so that the code's own literals are the same object too) and the lexicons it starts. */
    private record Word(String shared, long starts) {
    }

    private final WordTable<Word> words = new WordTable<>(4096);
    /** First words that must be written as acronyms ("US", "WHO"), as written. */
    private final Map<String, Long> acronyms = new HashMap<>();
    private int lexicons;

    /** A bit for one more lexicon, or 0 once all 64 are taken: that lexicon then looks for itself. */
    long newLexicon() {
        return lexicons < Long.SIZE ? 1L << lexicons++ : 0L;
    }

    /** The shared instance of a folded word, which becomes a lexicon word. */
    String shared(String folded) {
        Word had = words.get(folded);
        if (had == null) {
            had = new Word(folded.intern(), 0L);
            words.put(had.shared(), had);
        }
        return had.shared();
    }

    /** Marks {@code folded} as a first word of {@code lexicon}; returns its shared instance. */
    String starts(String folded, long lexicon) {
        Word had = words.get(folded);
        Word now = had == null ? new Word(folded.intern(), lexicon) : new Word(had.shared(), had.starts() | lexicon);
        words.put(now.shared(), now);
        return now.shared();
    }

    void startsAcronym(String written, long lexicon) {
        acronyms.merge(written, lexicon, (a, b) -> a | b);
    }

    @Override
    public Token token(int index, int start, int end, String text, String folded, Token.Type type, int sentence,
                       int shape) {
        Word w = words.get(folded);
        long starts = w == null ? 0L : w.starts();
        if ((shape & Token.ACRONYM) != 0) {
            starts |= acronyms.getOrDefault(text, 0L);
        }
        return w == null ? new Token(index, start, end, text, folded, type, sentence, shape, starts)
                : new Token(index, start, end, text, w.shared(), type, sentence, shape | Token.SHARED, starts);
    }

    @Override
    public Token known(Token token, int index, int sentence) {
        Word w = words.get(token.folded());
        long starts = w == null ? 0L : w.starts();
        if (token.isAcronym()) {
            starts |= acronyms.getOrDefault(token.text(), 0L);
        }
        return w == null ? token.at(index, sentence, starts) : token.at(index, sentence, w.shared(), starts);
    }
}
