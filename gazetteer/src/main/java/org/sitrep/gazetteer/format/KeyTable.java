package org.sitrep.gazetteer.format;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

/**
 * The dictionary of every folded key in the index (place names, skeletons, region and country
 * names share it, since most skeletons and region names are also place names), as an
 * open-addressing hash table over flat arrays: a lookup is one hash, a short linear probe and one
 * byte comparison, with no object per key. The slot array is not stored in the file: rebuilding it
 * at load is faster than inflating it.
 *
 * @param keys  the distinct keys, in sorted order
 * @param slots a power of two long, at most two thirds full: key number + 1, or 0 for an empty slot
 */
public record KeyTable(StringColumn keys, int[] slots) {

    /** Builds the table over {@code keys} in iteration order: pass them sorted for reproducible files. */
    public static KeyTable of(Collection<String> keys) {
        return index(StringColumn.of(List.copyOf(keys)));
    }

    static KeyTable index(StringColumn keys) {
        int n = keys.size();
        int capacity = Integer.highestOneBit(Math.max(16, n + n / 2 + 1) - 1) << 1;
        int mask = capacity - 1;
        int[] slots = new int[capacity];
        int[] offsets = keys.offsets();
        byte[] utf8 = keys.utf8();
        for (int k = 0; k < n; k++) {
            int slot = hash(utf8, offsets[k], offsets[k + 1]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = k + 1;
        }
        return new KeyTable(keys, slots);
    }

    /** The key's number, or -1. */
    public int find(String key) {
        byte[] b = key.getBytes(StandardCharsets.UTF_8);
        int mask = slots.length - 1;
        int slot = hash(b, 0, b.length) & mask;
        while (true) {
            int k = slots[slot] - 1;
            if (k < 0) {
                return -1;
            }
            if (keys.equalsAt(k, b)) {
                return k;
            }
            slot = (slot + 1) & mask;
        }
    }

    public int size() {
        return keys.size();
    }

    /** The keys in their numbering order, for laying out posting lists alongside. */
    public List<String> keyList() {
        return List.of(keys.toArray());
    }

    /**
     * FNV-1a over the UTF-8 bytes, then a murmur3 finaliser so similar short keys spread over the low
     * bits. Sorted keys compress far better than keys in slot order, so the slots are rebuilt at load.
     */
    static int hash(byte[] b, int from, int to) {
        int h = 0x811C9DC5;
        for (int i = from; i < to; i++) {
            h = (h ^ (b[i] & 0xFF)) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
