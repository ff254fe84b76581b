package org.sitrep.ledger;

import java.time.Instant;
import java.util.Locale;

/**
 * What an analyst decided about an incident. Stored apart from machine records and applied on top of
 * them; re-extraction never changes or removes a decision.
 *
 * @param id         its id (0 before it is stored)
 * @param incidentId the incident
 * @param kind       contested (value true/false: overrides the machine's flag), dismiss (value true/false:
 *                   not an incident; hidden from queries), note (free text)
 * @param value      the decision's value, or null
 * @param note       why, in the analyst's words, or null
 * @param analyst    who decided
 * @param decidedAt  when
 */
public record Decision(long id, long incidentId, Kind kind, String value, String note, String analyst,
                       Instant decidedAt) {

    /** The kinds of decision. */
    public enum Kind {
        CONTESTED, DISMISS, NOTE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind of(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }
}
