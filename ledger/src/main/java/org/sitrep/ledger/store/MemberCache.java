package org.sitrep.ledger.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.ledger.incident.EventFacts;
import org.sitrep.ledger.incident.Member;
import org.sitrep.ledger.incident.SourceKey;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;

/**
 * The writer's memory of the members of small incidents: each batch sums up again every incident it
 * added a member to, and reading their members back (rows spread over the whole file) was the largest
 * part of a batch once the candidates were found in memory. An incident's members are read from the
 * database the first time they are needed, then kept up to date as the writer adds members.
 *
 * <p>Like {@link CandidateIndex}, it is only right while nobody else writes: the writer forgets it all
 * when the index is forgotten (another writer, decisions that move events, a rollback).
 */
final class MemberCache {
    /** Bytes one kept member costs, about (the record, its facts, its claims, the list it is in). */
    private static final long BYTES_PER_MEMBER = 320;

    private final EventRows events;
    private final long maxMembers;
    /** In the order last used: when they take too much memory, the incidents used longest ago go first. */
    private final Map<Long, List<Member>> byIncident = new LinkedHashMap<>(1024, 0.75f, true);
    /** Kinds, outlets, sides and source keys repeat: kept once each. */
    private final Map<Object, Object> shared = new HashMap<>();
    private long kept;

    MemberCache(EventRows events) {
        this.events = events;
        this.maxMembers = Math.max(10_000, Runtime.getRuntime().maxMemory() / 5 / BYTES_PER_MEMBER);
    }

    /** The members of each incident, in the order they arrived, as {@link EventRows#members(Collection)} reads them. */
    Map<Long, List<Member>> members(Collection<Long> incidents) throws SQLException {
        List<Long> missing = new ArrayList<>();
        for (long id : incidents) {
            if (!byIncident.containsKey(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            Map<Long, List<Member>> read = events.members(missing);
            for (long id : missing) {
                List<Member> m = read.getOrDefault(id, List.of());
                keep(id, new ArrayList<>(m));
            }
        }
        Map<Long, List<Member>> out = new LinkedHashMap<>();
        for (long id : incidents) {
            List<Member> m = byIncident.get(id);
            if (m != null && !m.isEmpty()) {
                out.put(id, m);
            }
        }
        return out;
    }

    /** A new incident, whose only member is the event just stored. */
    void started(long incident, Member first) {
        List<Member> m = new ArrayList<>(2);
        m.add(first);
        keep(incident, m);
    }

    /** A member stored in an incident: kept when the incident's members are, else read when needed. */
    void joined(long incident, Member member) {
        List<Member> m = byIncident.get(incident);
        if (m != null) {
            m.add(member);
            kept++;
        }
    }

    /** An incident whose members are to be read again (or that became too big to be kept). */
    void forget(long incident) {
        List<Member> m = byIncident.remove(incident);
        if (m != null) {
            kept -= m.size();
        }
    }

    void clear() {
        byIncident.clear();
        shared.clear();
        kept = 0;
    }

    /** Between transactions: past its share of the heap, the incidents used longest ago go until half is left. */
    void trim() {
        if (kept <= maxMembers) {
            return;
        }
        java.util.Iterator<List<Member>> it = byIncident.values().iterator();
        while (kept > maxMembers / 2 && it.hasNext()) {
            kept -= it.next().size();
            it.remove();
        }
    }

    private void keep(long incident, List<Member> m) {
        byIncident.put(incident, m);
        kept += m.size();
    }

    /** A stored event as {@link EventRows#members(Collection)} reads it back. */
    Member member(EventFacts stored, Event e, String outlet) {
        List<Member.MemberClaim> claims = new ArrayList<>(e.claims().size());
        for (Claim c : e.claims()) {
            claims.add(new Member.MemberClaim(one(c.side()), c.stance(), one(SourceKey.of(c.by(), c.side()).key())));
        }
        return new Member(stored, one(e.kind().code()), e.date() == null ? null : (int) e.date().toEpochDay(),
                e.datePrecision() == null ? null : one(e.datePrecision().name().toLowerCase(Locale.ROOT)), one(e.target()),
                one(outlet), e.verification() == null ? null : one(e.verification().name().toLowerCase(Locale.ROOT)),
                e.fatalities() == null ? null : e.fatalities().low(), e.fatalities() == null ? null : e.fatalities().high(),
                claims.isEmpty() ? List.of() : claims);
    }

    @SuppressWarnings("unchecked")
    private <T> T one(T value) {
        return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
    }
}
