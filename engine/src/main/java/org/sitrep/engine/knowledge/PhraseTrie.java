package org.sitrep.engine.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.engine.text.Token;

/**
 * Phrases as sequences of folded tokens, matched longest first at a token position. Built once,
 * then read by many threads.
 */
public final class PhraseTrie<V> {

    private final Node<V> root = new Node<>();

    /**
     * The hashes of the words a phrase can start with, as bits: most tokens start no phrase, and a bit
     * test turns them away before the map is looked into. A hash collision only costs the lookup.
     */
    private final long[] firstWords = new long[FIRST_WORD_BITS / 64];
    private static final int FIRST_WORD_BITS = 1 << 16;

    private static final class Node<V> {
        private final Map<String, Node<V>> next = new HashMap<>(4);
        private V value;
    }

    private boolean mayStart(String word) {
        int h = word.hashCode() & (FIRST_WORD_BITS - 1);
        return (firstWords[h >>> 6] & (1L << (h & 63))) != 0;
    }

    /** A match: tokens {@code [start, end)} carry {@code value}. */
    public record Match<V>(int start, int end, V value) {
    }

    /** Prefix of a key token that must match the text exactly: acronyms such as "WHO" or "US" that are also words. */
    public static final String CASED = "=";

    /** Two or more letters, all upper case, dots allowed: "WHO", "U.N.", "US". */
    public static boolean isAcronym(String text) {
        int letters = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '.') {
                return false;
            }
        }
        return letters >= 2;
    }

    public void put(List<String> foldedTokens, V value) {
        node(foldedTokens, true).value = value;
    }

    public void remove(List<String> foldedTokens) {
        Node<V> n = node(foldedTokens, false);
        if (n != null) {
            n.value = null;
        }
    }

    public V get(List<String> foldedTokens) {
        Node<V> n = node(foldedTokens, false);
        return n == null ? null : n.value;
    }

    private Node<V> node(List<String> key, boolean create) {
        Node<V> n = root;
        if (create && !key.isEmpty()) {
            int h = key.get(0).hashCode() & (FIRST_WORD_BITS - 1);
            firstWords[h >>> 6] |= 1L << (h & 63);
        }
        for (String k : key) {
            Node<V> child = n.next.get(k);
            if (child == null) {
                if (!create) {
                    return null;
                }
                child = new Node<>();
                n.next.put(k, child);
            }
            n = child;
        }
        return n;
    }

    /** The longest phrase starting at token {@code i} and ending before {@code limit}, or null. */
    public Match<V> longestAt(List<Token> tokens, int i, int limit) {
        if (i >= limit) {
            return null;
        }
        Token first = tokens.get(i);
        if (!mayStart(first.folded())) {
            String text = first.text();
            boolean acronym = text.length() >= 2 && Character.isUpperCase(text.charAt(0))
                    && (Character.isUpperCase(text.charAt(1)) || text.charAt(1) == '.');
            if (!acronym || !mayStart(CASED + text)) {
                return null;
            }
        }
        Node<V> n = root;
        Match<V> best = null;
        for (int j = i; j < limit; j++) {
            Token t = tokens.get(j);
            Node<V> next = null;
            String text = t.text();
            if (text.length() >= 2 && Character.isUpperCase(text.charAt(0))
                    && (Character.isUpperCase(text.charAt(1)) || text.charAt(1) == '.') && isAcronym(text)) {
                next = n.next.get(CASED + text); // an acronym written as such in the lexicon wins
            }
            if (next == null) {
                next = n.next.get(t.folded());
            }
            n = next;
            if (n == null) {
                break;
            }
            if (n.value != null) {
                best = new Match<>(i, j + 1, n.value);
            }
        }
        return best;
    }
}
