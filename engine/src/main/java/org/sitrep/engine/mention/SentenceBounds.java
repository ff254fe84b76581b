package org.sitrep.engine.mention;

import java.util.List;
import java.util.function.ToIntFunction;
import org.sitrep.engine.text.Sentence;
import org.sitrep.engine.text.Token;

/**
 * Where each sentence's mentions begin in the lists of one article, found once per list: the rules ask
 * for a sentence's mentions of each kind again and again, and each answer was two binary searches.
 * The bounds are those {@link Mentions#in} finds. Belongs to one article, read by one thread.
 */
final class SentenceBounds {

    /** The first token of each sentence, and after the last the number of tokens. */
    private final int[] sentenceStarts;
    /** Per list (by {@link Mentions} slot): position of each sentence's first mention, filled when first asked. */
    private final int[][] bounds = new int[SLOTS][];

    static final int PLACES = 0;
    static final int ACTORS = 1;
    static final int DATES = 2;
    static final int CASUALTIES = 3;
    static final int WEAPONS = 4;
    static final int REPORTING = 5;
    static final int TRIGGERS = 6;
    static final int VERIFICATION = 7;
    private static final int SLOTS = 8;

    SentenceBounds(List<Token> tokens) {
        int sentences = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence() + 1;
        sentenceStarts = new int[sentences + 1];
        int s = 0;
        for (int k = 0; k < tokens.size(); k++) {
            while (s <= tokens.get(k).sentence()) {
                sentenceStarts[s++] = k;
            }
        }
        while (s <= sentences) {
            sentenceStarts[s++] = tokens.size();
        }
    }

    /** The mentions of {@code all} (the list in {@code slot}) that start inside {@code s}. */
    <T> List<T> in(int slot, List<T> all, Sentence s, ToIntFunction<T> first) {
        if (all.isEmpty()) {
            return List.of();
        }
        int[] b = bounds[slot];
        if (b == null) {
            b = new int[sentenceStarts.length];
            for (int k = 0; k < b.length; k++) {
                b[k] = Mentions.lowerBound(all, sentenceStarts[k], first);
            }
            bounds[slot] = b;
        }
        int i = s.index();
        if (i + 1 >= b.length || sentenceStarts[i] != s.firstToken() || sentenceStarts[i + 1] != s.endToken()) {
            return Mentions.in(all, s, first); // a sentence of another cut: searched as before
        }
        int from = b[i];
        int to = b[i + 1];
        return from >= to ? List.of() : all.subList(from, to);
    }
}
