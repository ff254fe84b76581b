package org.sitrep.ledger;

import java.time.Instant;
import java.util.Locale;

/**
 * What an analyst decided about an incident: one row of the audit log. Stored apart from machine
 * records and applied on top of them; re-extraction never changes or removes a decision.
 *
 * @param id         its id (0 before it is stored)
 * @param incidentId the incident
 * @param kind       what was decided (see {@link Kind})
 * @param value      the value after the decision, or null
 * @param note       why, in the analyst's words, or null
 * @param analyst    who decided
 * @param decidedAt  when
 * @param before     the incident's value before the decision, as shown to the analyst, or null
 */
public record Decision(long id, long incidentId, Kind kind, String value, String note, String analyst,
                       Instant decidedAt, String before) {

    public Decision(long id, long incidentId, Kind kind, String value, String note, String analyst, Instant decidedAt) {
        this(id, incidentId, kind, value, note, analyst, decidedAt, null);
    }

    /** The kinds of decision, with the form of their value. */
    public enum Kind {
        /** true/false: overrides the machine's contested flag. */
        CONTESTED,
        /** true/false: not an incident; hidden from queries. */
        DISMISS,
        /** Free text in the note; no value. */
        NOTE,
        /** confirmed, rejected or unreviewed. A rejected incident is hidden like a dismissed one. */
        REVIEW,
        /** The place, as JSON {@link PlaceFix}. */
        PLACE,
        /** The day, YYYY-MM-DD. */
        DATE,
        /** The event type, as JSON {@link TypeFix}. */
        TYPE,
        /** "12", "4-21", or "unknown". */
        FATALITIES,
        /** This incident was merged into the incident whose id is the value. */
        MERGE,
        /** The incident whose id is the value was merged into this one. */
        ABSORB,
        /** Some of this incident's reports were split off into the incident whose id is the value. */
        SPLIT,
        /** This incident was split off the incident whose id is the value. */
        SPLIT_FROM;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind of(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }
}
