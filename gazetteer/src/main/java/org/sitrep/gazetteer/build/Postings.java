package org.sitrep.gazetteer.build;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Collects key-to-row links with a rank each; a row reached by one key several ways keeps its best
 * rank, and each key's rows come out best rank first.
 */
final class Postings {
    private final Map<String, Map<Integer, Long>> byKey = new HashMap<>();

    void add(String key, int row, long rank) {
        byKey.computeIfAbsent(key, k -> new HashMap<>(4)).merge(row, rank, Math::min);
    }

    Set<String> keys() {
        return byKey.keySet();
    }

    Map<String, int[]> ranked() {
        Map<String, int[]> out = new HashMap<>();
        byKey.forEach((key, rows) -> out.put(key, rows.entrySet().stream()
                .sorted(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .mapToInt(Map.Entry::getKey).toArray()));
        return out;
    }

    int maxWords() {
        return byKey.keySet().stream().mapToInt(PlaceNames::words).max().orElse(0);
    }
}
