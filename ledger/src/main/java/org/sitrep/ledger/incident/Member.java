package org.sitrep.ledger.incident;

import java.util.List;

/**
 * One stored event as a member of an incident, with what the incident's summary is made of.
 *
 * @param facts          type, place, days
 * @param kind           sitrep's event kind code
 * @param day            the exact day (epoch day) when known to the day, else null
 * @param datePrecision  day, week, month or unknown
 * @param target         civilians, military, infrastructure, mixed or unknown, or null
 * @param outlet         the outlet of its article
 * @param verification   what its text says about verification
 * @param fatalitiesLow  lower bound, or null
 * @param fatalitiesHigh upper bound, or null
 * @param claims         its claims
 */
public record Member(EventFacts facts, String kind, Integer day, String datePrecision, String target, String outlet,
                     String verification, Integer fatalitiesLow, Integer fatalitiesHigh, List<MemberClaim> claims) {

    /**
     * One claim of a member.
     *
     * @param side      side code
     * @param stance    asserts, denies or disputes
     * @param sourceKey the stored {@link SourceKey#key()}
     */
    public record MemberClaim(String side, org.sitrep.model.Stance stance, String sourceKey) {
        public SourceKey source() {
            return new SourceKey(side == null ? "unknown" : side, sourceKey, sourceKey.endsWith(":*"));
        }
    }
}
