package org.sitrep.ledger.incident;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How independently an incident is corroborated: the number of originating sources behind it, not the
 * number of outlets. Five outlets repeating the Russian defence ministry are one source; a governor and
 * a defence ministry are two. Per side, each named source counts once; vague mentions of a side count
 * once, and only when the side has no named source. A report that cites nobody is its outlet's own
 * reporting, so its outlet counts (wire copies count once: "Reuters (as republished by X)" is Reuters).
 */
public final class Corroboration {
    private Corroboration() {
    }

    /** @param sources the sources of every claim of every member, plus the outlets of members citing nobody */
    public static int count(Collection<SourceKey> sources) {
        Map<String, Set<String>> named = new HashMap<>();
        Set<String> vagueSides = new HashSet<>();
        for (SourceKey s : sources) {
            if (s.vague()) {
                vagueSides.add(s.side());
            } else {
                named.computeIfAbsent(s.side(), k -> new HashSet<>()).add(s.key());
            }
        }
        int n = 0;
        for (Set<String> keys : named.values()) {
            n += keys.size();
        }
        for (String side : vagueSides) {
            if (!named.containsKey(side)) {
                n++;
            }
        }
        return n;
    }
}
