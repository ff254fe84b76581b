package org.sitrep.ledger.query;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.model.AcledEventType;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.EventKind;

/**
 * Which incidents to list. Every field is optional (null or 0: no condition).
 *
 * @param since      the incident's date on or after this day
 * @param until      on or before this day
 * @param near       within a circle
 * @param type       an ACLED event type or sub-event type label, or a sitrep event kind (case-insensitive)
 * @param side       a side that makes a claim about it (RU, UA, PS, third_party, ...)
 * @param contested  only contested incidents
 * @param minSources at least this many independent sources
 * @param limit      at most this many, latest first; 0 for all
 */
public record IncidentFilter(LocalDate since, LocalDate until, Near near, String type, String side,
                             boolean contested, int minSources, int limit) {

    public static final IncidentFilter ALL = new IncidentFilter(null, null, null, null, null, false, 0, 0);

    public IncidentFilter {
        if (since != null && until != null && until.isBefore(since)) {
            throw new QueryException("--until " + until + " is before --since " + since);
        }
        if (type != null) {
            type = type.strip().toLowerCase(Locale.ROOT);
            if (!types().contains(type)) {
                throw new QueryException("unknown type '" + type + "' (an ACLED event type such as 'Battles', a sub-event"
                        + " type such as 'Air/drone strike', or a kind such as " + kinds() + ")");
            }
        }
        if (minSources < 0) {
            throw new QueryException("--min-sources must be 0 or more");
        }
        if (limit < 0) {
            throw new QueryException("--limit must be 0 (all) or more");
        }
    }

    /** Every value --type accepts, lower case. */
    public static Set<String> types() {
        Set<String> t = new TreeSet<>();
        for (AcledEventType e : AcledEventType.values()) {
            t.add(e.label().toLowerCase(Locale.ROOT));
        }
        for (AcledSubEventType s : AcledSubEventType.values()) {
            t.add(s.label().toLowerCase(Locale.ROOT));
        }
        for (EventKind k : EventKind.values()) {
            t.add(k.code());
        }
        return t;
    }

    private static String kinds() {
        return "missile_strike, shelling, armed_clash, territorial_control";
    }
}
