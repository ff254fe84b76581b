package org.sitrep.ledger.incident;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the incident a new event joins, from the stored events found near it in time and space.
 *
 * <p>An incident qualifies when the event is compatible with more than half of its members and no
 * member known to the day is more than {@link Compatibility#MAX_DAY_GAP} days from it: one compatible
 * member is not enough, or daily reports about the same town would chain into one incident spanning
 * weeks. Among those that qualify, the one with the best-agreeing member wins (the
 * older incident on a tie). Incidents that already hold an event of the same article never qualify:
 * the engine makes one event per incident per article, so two events of one article are two incidents.
 */
public final class IncidentMatcher {
    private IncidentMatcher() {
    }

    /**
     * @param event      the new event
     * @param candidates stored events found by blocking, each with its incident
     * @param members    the number of members of each candidate's incident
     * @param excluded   incidents the event's own article already has an event in
     * @return the incident to join, or null for a new incident
     */
    public static Long choose(EventFacts event, List<EventFacts> candidates, Map<Long, Integer> members,
                              Set<Long> excluded) {
        Map<Long, double[]> byIncident = new HashMap<>();   // incident -> {compatible members, best score}
        for (EventFacts c : candidates) {
            if (c.incidentId() == null || excluded.contains(c.incidentId()) || c.articleId() == event.articleId()) {
                continue;
            }
            double s = Compatibility.score(event, c);
            double[] acc = byIncident.computeIfAbsent(c.incidentId(), k -> new double[] {0, Compatibility.NONE});
            if (c.days().exact() && c.days().gap(event.days()) > Compatibility.MAX_DAY_GAP) {
                acc[0] = Double.NEGATIVE_INFINITY;
            } else if (s != Compatibility.NONE) {
                acc[0]++;
                acc[1] = Math.max(acc[1], s);
            }
        }
        Long best = null;
        double bestScore = Compatibility.NONE;
        for (Map.Entry<Long, double[]> e : byIncident.entrySet()) {
            double[] acc = e.getValue();
            int total = Math.max(1, members.getOrDefault(e.getKey(), (int) acc[0]));
            if (acc[0] <= 0 || acc[0] * 2 <= total) {
                continue;
            }
            if (acc[1] > bestScore || (acc[1] == bestScore && e.getKey() < best)) {
                best = e.getKey();
                bestScore = acc[1];
            }
        }
        return best;
    }
}
