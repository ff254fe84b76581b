package org.sitrep.engine.knowledge;

/**
 * A map from words to values for the lexicons' lookups, which run for nearly every token of every article:
 * open addressing over one array of keys with their hash codes beside them, so a lookup is one probe loop
 * with no node to follow and no call but the word's cached {@link String#hashCode}. The word that is the
 * very instance kept here (a token's shared word) is found by reference; another is told apart by its hash
 * before any character is compared. Filled while the lexicons are read, then only read (safe to share
 * between threads once published).
 */
final class WordTable<V> {

    private String[] keys;
    private int[] hashes;
    private Object[] values;
    private int size;

    WordTable() {
        this(4);
    }

    /** @param expected how many words it will likely hold */
    WordTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(expected, 2) * 2 - 1) << 1; // at most half full
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new Object[capacity];
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** The value of {@code word}, or null. */
    @SuppressWarnings("unchecked")
    V get(String word) {
        int h = word.hashCode();
        String[] ks = keys;
        int mask = ks.length - 1;
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            String k = ks[i];
            if (k == null) {
                return null;
            }
            if (k == word || hashes[i] == h && k.equals(word)) {
                return (V) values[i];
            }
        }
    }

    /** Sets the value of {@code word}, adding the word when it is new. */
    void put(String word, V value) {
        int h = word.hashCode();
        int mask = keys.length - 1;
        int i = spread(h) & mask;
        while (keys[i] != null) {
            if (hashes[i] == h && keys[i].equals(word)) {
                values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = word;
        hashes[i] = h;
        values[i] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldHashes = hashes;
        Object[] oldValues = values;
        int capacity = oldKeys.length * 2;
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new Object[capacity];
        int mask = capacity - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = spread(oldHashes[j]) & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                hashes[i] = oldHashes[j];
                values[i] = oldValues[j];
            }
        }
    }
}
