package org.sitrep.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.ledger.store.Database;
import org.sitrep.ledger.store.DecisionStore;
import org.sitrep.ledger.store.Fatalities;
import org.sitrep.ledger.store.Json;
import org.sitrep.model.AcledSubEventType;

/**
 * Checks a decision before it is stored: a known incident, a known analyst, a value that fits the kind;
 * and stores values in one normal form, so that applying them later cannot fail.
 */
final class DecisionLog {
    private static final Set<String> REVIEWS = Set.of("confirmed", "rejected", "unreviewed");

    private final DecisionStore store;
    private final Clock clock;

    DecisionLog(Database db, Clock clock) {
        this.store = new DecisionStore(db);
        this.clock = clock;
    }

    Decision record(long incidentId, Decision.Kind kind, String value, String note, String analyst) {
        String who = analyst(analyst);
        String v = value == null ? null : value.strip();
        String stored = switch (kind) {
            case CONTESTED, DISMISS -> {
                String b = v == null ? "" : v.toLowerCase(Locale.ROOT);
                if (!b.equals("true") && !b.equals("false")) {
                    throw new LedgerException("a " + kind.code() + " decision is true or false, not '" + value + "'");
                }
                yield b;
            }
            case NOTE -> {
                if (note == null || note.isBlank()) {
                    throw new LedgerException("a note needs its text (--note TEXT)");
                }
                yield null;
            }
            case REVIEW -> {
                String r = v == null ? "" : v.toLowerCase(Locale.ROOT);
                if (!REVIEWS.contains(r)) {
                    throw new LedgerException("a review is confirmed, rejected or unreviewed, not '" + value + "'");
                }
                yield r;
            }
            case DATE -> {
                try {
                    yield LocalDate.parse(v == null ? "" : v).toString();
                } catch (DateTimeParseException e) {
                    throw new LedgerException("a date is YYYY-MM-DD, not '" + value + "'");
                }
            }
            case TYPE -> type(v);
            case FATALITIES -> {
                Integer[] f = Fatalities.parse(v);
                yield Fatalities.format(f[0], f[1]);
            }
            default -> throw new LedgerException("a " + kind.code() + " decision is made with its own command");
        };
        return store.add(new Decision(0, incidentId, kind, stored, blankToNull(note), who, clock.instant()));
    }

    Decision place(long incidentId, PlaceFix place, String note, String analyst) {
        try {
            return store.add(new Decision(0, incidentId, Decision.Kind.PLACE, Json.MAPPER.writeValueAsString(place),
                    blankToNull(note), analyst(analyst), clock.instant()));
        } catch (JsonProcessingException e) {
            throw new LedgerException("cannot store the place " + place.name(), e);
        }
    }

    void merge(long from, long into, String note, String analyst) {
        store.merge(from, into, blankToNull(note), analyst(analyst), clock.instant());
    }

    long split(long incidentId, List<Long> eventIds, String note, String analyst) {
        return store.split(incidentId, eventIds, blankToNull(note), analyst(analyst), clock.instant());
    }

    private static String type(String v) {
        AcledSubEventType sub;
        try {
            sub = AcledSubEventType.parse(v == null ? "" : v);
        } catch (IllegalArgumentException e) {
            throw new LedgerException("a type is an ACLED sub-event type such as 'Air/drone strike', not '" + v + "'");
        }
        try {
            return Json.MAPPER.writeValueAsString(new TypeFix(sub.parent().label(), sub.label(), null));
        } catch (JsonProcessingException e) {
            throw new LedgerException("cannot store the type " + v, e);
        }
    }

    private static String analyst(String analyst) {
        if (analyst == null || analyst.isBlank()) {
            throw new LedgerException("a decision needs the analyst's name (--by NAME)");
        }
        return analyst.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
