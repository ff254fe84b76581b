package org.sitrep.engine.text;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable set of words, as {@link Set#of} makes one, for the rules' word lists: they are asked about
 * almost every token, and most answers are no. A lookup compares cached hash codes before any characters,
 * and a token's shared word ({@link Token#SHARED}) is found by reference, so a miss reads no string and a
 * hit none but its own.
 */
public final class WordSet extends AbstractSet<String> {

    private final List<String> words;
    private final String[] table;
    private final int[] hashes;
    private final int mask;

    private WordSet(String[] words) {
        this.words = List.of(words);
        int capacity = Integer.highestOneBit(Math.max(words.length, 2) * 4 - 1) << 1; // at most a quarter full
        this.table = new String[capacity];
        this.hashes = new int[capacity];
        this.mask = capacity - 1;
        for (String w : words) {
            int h = w.hashCode();
            int i = spread(h) & mask;
            while (table[i] != null) {
                if (table[i].equals(w)) {
                    throw new IllegalArgumentException("duplicate element: " + w);
                }
                i = (i + 1) & mask;
            }
            table[i] = w;
            hashes[i] = h;
        }
    }

    /** The set of {@code words}, none null and none twice (as {@link Set#of} requires). */
    public static Set<String> of(String... words) {
        return new WordSet(words);
    }

    /** The set of the distinct words of {@code words}, in their first order (as {@link Set#copyOf} allows duplicates). */
    public static Set<String> copyOf(java.util.Collection<String> words) {
        return new WordSet(new java.util.LinkedHashSet<>(words).toArray(new String[0]));
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String w)) {
            Objects.requireNonNull(o);
            return false;
        }
        int h = w.hashCode();
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            String k = table[i];
            if (k == null) {
                return false;
            }
            if (k == w || hashes[i] == h && k.equals(w)) {
                return true;
            }
        }
    }

    @Override
    public Iterator<String> iterator() {
        return words.iterator();
    }

    @Override
    public int size() {
        return words.size();
    }
}
