package org.sitrep.engine.knowledge;

import java.util.List;
import org.sitrep.engine.text.Token;
import org.sitrep.engine.text.Vocabulary;

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

    /** Whether any key holds an acronym written as such ({@link #CASED}): most lexicons hold none. */
    private boolean hasCased;

    /** This lexicon's bit in {@link Token#lexicons()}, with the vocabulary that sets it; 0 and null when it has none. */
    private final long bit;
    private final LexiconVocabulary register;

    /** A lexicon that tests each token's first word itself. */
    public PhraseTrie() {
        this(null);
    }

    /** A lexicon whose words {@code register} shares and whose first words it marks on each token as it is made. */
    PhraseTrie(LexiconVocabulary register) {
        this.bit = register == null ? 0L : register.newLexicon();
        this.register = bit == 0L ? null : register;
    }

    private static final class Node<V> {
        /** Children by folded word. */
        private final WordTable<Node<V>> next = new WordTable<>();
        /** Children by acronym as written, without the {@link #CASED} prefix; null while there are none. */
        private WordTable<Node<V>> cased;
        private V value;

        Node<V> child(String key) {
            if (key.startsWith(CASED)) {
                return cased == null ? null : cased.get(key.substring(CASED.length()));
            }
            return next.get(key);
        }

        Node<V> addChild(String key) {
            if (key.startsWith(CASED)) {
                if (cased == null) {
                    cased = new WordTable<>();
                }
                return childIn(cased, key.substring(CASED.length()));
            }
            return childIn(next, key);
        }

        private static <V> Node<V> childIn(WordTable<Node<V>> children, String key) {
            Node<V> n = children.get(key);
            if (n == null) {
                n = new Node<>();
                children.put(key, n);
            }
            return n;
        }
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

    public void put(List<String> foldedTokens, V value) {
        node(foldedTokens, true).value = value;
        hasCased |= foldedTokens.stream().anyMatch(k -> k.startsWith(CASED));
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
        for (int k = 0; k < key.size(); k++) {
            String word = key.get(k);
            if (create) {
                word = added(word, k == 0);
            }
            n = create ? n.addChild(word) : n.child(word);
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    /** A word of a key being put, as the trie keeps it: the vocabulary's instance, its first word marked. */
    private String added(String word, boolean first) {
        boolean acronym = word.startsWith(CASED);
        String bare = acronym ? word.substring(CASED.length()) : word;
        if (first) {
            int h = bare.hashCode() & (FIRST_WORD_BITS - 1);
            firstWords[h >>> 6] |= 1L << (h & 63);
        }
        if (register == null) {
            return word;
        }
        if (acronym) {
            if (first) {
                register.startsAcronym(bare, bit);
            }
            return word;
        }
        return first ? register.starts(word, bit) : register.shared(word);
    }

    /** The longest phrase starting at token {@code i} and ending before {@code limit}, or null. */
    public Match<V> longestAt(List<Token> tokens, int i, int limit) {
        if (i >= limit) {
            return null;
        }
        Token first = tokens.get(i);
        if (register != null ? (first.lexicons() & bit) == 0
                : !mayStart(first.folded()) && !(hasCased && first.isAcronym() && mayStart(first.text()))) {
            return null;
        }
        boolean lookUpEveryWord = register == null; // a lexicon without a vocabulary cannot tell its words apart otherwise
        Node<V> n = root;
        Match<V> best = null;
        for (int j = i; j < limit; j++) {
            Token t = tokens.get(j);
            Node<V> next = null;
            if (n.cased != null && t.isAcronym()) {
                next = n.cased.get(t.text()); // an acronym written as such in the lexicon wins
            }
            if (next == null && (lookUpEveryWord || (t.shape() & Token.SHARED) != 0 || t.lexicons() == Vocabulary.ALL)) {
                // A token the vocabulary was asked about and did not share holds no word of this lexicon
                // (all of them are the vocabulary's): it ends the phrase without a lookup.
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
