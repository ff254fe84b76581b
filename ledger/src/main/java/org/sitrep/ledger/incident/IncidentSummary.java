package org.sitrep.ledger.incident;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.sitrep.model.Precision;

/**
 * What an incident is, summed up from its members: where (the most precise place reported, the one
 * most members name), when (the day most members give), what (the commonest sub-type), how many
 * articles and independent sources, whether contested, the range of fatality figures (lowest to
 * highest, never an average) and the sides that make claims.
 */
public record IncidentSummary(String eventType, String subType, String kind, String placeName, Long geonameid,
                              Precision precision, Double lat, Double lon, String country, String admin1,
                              Integer cell, Integer day, String datePrecision, Integer dayKey, int members,
                              int articles, int sources, boolean contested, Integer fatalitiesLow,
                              Integer fatalitiesHigh, String sides) {

    public static IncidentSummary of(List<Member> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an incident without members has no summary");
        }
        Member where = place(members);
        EventFacts p = where.facts();
        Integer day = mode(members.stream().map(Member::day).filter(d -> d != null).toList(), Comparator.naturalOrder());
        String datePrecision = day != null ? "day" : mostPreciseVagueDate(members);
        Integer dayKey = day != null ? day : members.stream().map(m -> m.facts().days().lo())
                .filter(d -> d != null).min(Integer::compare).orElse(null);
        Set<Long> articles = new HashSet<>();
        List<SourceKey> sources = new ArrayList<>();
        Set<String> sides = new TreeSet<>();
        for (Member m : members) {
            articles.add(m.facts().articleId());
            if (m.claims().isEmpty()) {
                sources.add(SourceKey.outlet(m.outlet()));
            }
            for (Member.MemberClaim c : m.claims()) {
                sources.add(c.source());
                if (c.side() != null) {
                    sides.add(c.side());
                }
            }
        }
        Integer low = members.stream().map(Member::fatalitiesLow).filter(f -> f != null).min(Integer::compare).orElse(null);
        Integer high = members.stream().flatMap(m -> java.util.stream.Stream.of(m.fatalitiesLow(), m.fatalitiesHigh()))
                .filter(f -> f != null).max(Integer::compare).orElse(null);
        return new IncidentSummary(p.eventType(), mode(members, m -> m.facts().subType()), mode(members, Member::kind),
                p.placeName(), p.geonameid(), p.precision(), p.lat(), p.lon(), p.country(), p.admin1(),
                p.hasCoordinates() ? Geo.cell(p.lat(), p.lon()) : null, day, datePrecision, dayKey, members.size(),
                articles.size(), Corroboration.count(sources), Contest.contested(members), low,
                high != null && low != null && high > low ? high : null, "," + String.join(",", sides) + (sides.isEmpty() ? "" : ","));
    }

    /** The member whose place is the most precise, and among those the place most members name. */
    private static Member place(List<Member> members) {
        Precision finest = members.stream().map(m -> m.facts().precision()).filter(p -> p != null)
                .min(Comparator.naturalOrder()).orElse(null);
        List<Member> finestMembers = members.stream().filter(m -> m.facts().precision() == finest).toList();
        String key = mode(finestMembers, m -> m.facts().geonameid() != null ? "#" + m.facts().geonameid()
                : String.valueOf(m.facts().foldedName()));
        for (Member m : finestMembers) {
            String k = m.facts().geonameid() != null ? "#" + m.facts().geonameid() : String.valueOf(m.facts().foldedName());
            if (k.equals(key)) {
                return m;
            }
        }
        return members.get(0);
    }

    private static String mostPreciseVagueDate(List<Member> members) {
        List<String> order = List.of("week", "month", "unknown");
        for (String p : order) {
            for (Member m : members) {
                if (p.equals(m.datePrecision())) {
                    return p;
                }
            }
        }
        return "unknown";
    }

    /** The commonest value; on a tie the first met. */
    private static <T> String mode(List<T> items, Function<T, String> f) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (T t : items) {
            String v = f.apply(t);
            if (v != null) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        // Stream.max keeps the first of equal elements.
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The commonest value; on a tie the smallest. */
    private static <T> T mode(List<T> items, Comparator<T> order) {
        Map<T, Integer> counts = new LinkedHashMap<>();
        items.forEach(i -> counts.merge(i, 1, Integer::sum));
        T best = null;
        int bestCount = 0;
        for (Map.Entry<T, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || (e.getValue() == bestCount && order.compare(e.getKey(), best) < 0)) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}
