package org.sitrep.gazetteer.format;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * For every key of the {@link KeyTable}, the rows of one table (places, regions or countries) it
 * names, best first as the builder ranked them. Most keys name nothing in a given list.
 *
 * @param start {@code keys+1} offsets into {@code rows}
 * @param rows  the row numbers
 */
public record PostingList(int[] start, int[] rows) {
    private static final int[] NONE = new int[0];

    /** Lays out {@code byKey} along {@code sortedKeys}, the dictionary's key order. */
    public static PostingList of(List<String> sortedKeys, Map<String, int[]> byKey) {
        int[] start = new int[sortedKeys.size() + 1];
        int total = 0;
        for (int[] r : byKey.values()) {
            total += r.length;
        }
        int[] rows = new int[total];
        for (int k = 0; k < sortedKeys.size(); k++) {
            int[] r = byKey.getOrDefault(sortedKeys.get(k), NONE);
            System.arraycopy(r, 0, rows, start[k], r.length);
            start[k + 1] = start[k] + r.length;
        }
        return new PostingList(start, rows);
    }

    /** The rows under key number {@code key}; an empty array for -1 (no such key). */
    public int[] rows(int key) {
        return key < 0 || start[key] == start[key + 1] ? NONE : Arrays.copyOfRange(rows, start[key], start[key + 1]);
    }

    public int keys() {
        return start.length - 1;
    }

    /** How many keys name at least one row. */
    public int keysUsed() {
        int used = 0;
        for (int k = 0; k < keys(); k++) {
            if (start[k] != start[k + 1]) {
                used++;
            }
        }
        return used;
    }
}
