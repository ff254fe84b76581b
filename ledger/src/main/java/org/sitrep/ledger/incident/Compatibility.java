package org.sitrep.ledger.incident;

import java.util.Objects;
import org.sitrep.model.Precision;

/**
 * Whether two events, from different articles, may report the same incident, and how well they agree.
 *
 * <p>They must have the same ACLED event type, days at most {@value #MAX_DAY_GAP} apart (an undated or
 * vaguely dated event spans the days it may have happened on), and places that agree at the precision
 * of the vaguer of the two:
 * <ul>
 *   <li>two towns: the same GeoNames place; two different GeoNames places within {@value #NEIGHBOUR_KM} km
 *       (a village on a city's edge); a place the gazetteer does not know (a plant, "the outskirts") within
 *       {@value #TOWN_KM} km. Kramatorsk and Sloviansk, 15 km apart, are two towns and two incidents;
 *   <li>a region: the same country and first-level division as the other place (a region the gazetteer
 *       could not put in one: the same name, or centres within {@value #REGION_KM} km);
 *   <li>a country: the same country;
 *   <li>places without coordinates: the same GeoNames id or the same name.
 * </ul>
 * Agreement adds to the score: same sub-event type, same GeoNames place, same attacker; distance and a
 * day's gap take from it. Different attackers do not rule a pair out: which side fired is exactly what
 * the sides contradict each other about.
 */
public final class Compatibility {
    public static final int MAX_DAY_GAP = 1;
    public static final double TOWN_KM = 15.0;
    public static final double NEIGHBOUR_KM = 6.0;
    public static final double REGION_KM = 30.0;
    /** A town and a region whose division is unknown: the region's centre within this distance. */
    public static final double TOWN_REGION_KM = 60.0;
    /** Returned for pairs that cannot be the same incident. */
    public static final double NONE = Double.NEGATIVE_INFINITY;

    private Compatibility() {
    }

    /** A score (higher is better, about 0..1.5) or {@link #NONE}. */
    public static double score(EventFacts a, EventFacts b) {
        if (!a.eventType().equals(b.eventType())) {
            return NONE;
        }
        int gap = a.days().gap(b.days());
        if (gap > MAX_DAY_GAP) {
            return NONE;
        }
        double place = placeDistance(a, b);
        if (place == NONE) {
            return NONE;
        }
        double score = 1.0 - 0.4 * place - 0.25 * Math.max(0, gap);
        if (gap < 0) {
            score -= 0.15;
        }
        if (a.subType().equals(b.subType())) {
            score += 0.15;
        }
        if (a.geonameid() != null && a.geonameid().equals(b.geonameid())) {
            score += 0.1;
        }
        if (a.attacker() != null && a.attacker().equals(b.attacker())) {
            score += 0.1;
        }
        return score;
    }

    /** 0 (same place) .. 1 (at the limit), or {@link #NONE}. */
    static double placeDistance(EventFacts a, EventFacts b) {
        Precision pa = a.precision();
        Precision pb = b.precision();
        if (pa == null || pb == null) {
            return pa == pb ? 1.0 : NONE;
        }
        Precision coarser = pa.compareTo(pb) >= 0 ? pa : pb;
        switch (coarser) {
            case COUNTRY:
                return a.country() != null && a.country().equals(b.country()) ? 0.8 : NONE;
            case REGION:
                return regions(a, b);
            default:
                return towns(a, b);
        }
    }

    private static double towns(EventFacts a, EventFacts b) {
        if (a.geonameid() != null && a.geonameid().equals(b.geonameid())) {
            return 0.0;
        }
        if (a.hasCoordinates() && b.hasCoordinates()) {
            double km = Geo.km(a.lat(), a.lon(), b.lat(), b.lon());
            double limit = a.geonameid() != null && b.geonameid() != null ? NEIGHBOUR_KM : TOWN_KM;
            return km <= limit ? km / TOWN_KM : NONE;
        }
        return sameNamedPlace(a, b) ? 0.0 : NONE;
    }

    private static double regions(EventFacts a, EventFacts b) {
        if (!Objects.equals(a.country(), b.country()) && a.country() != null && b.country() != null) {
            return NONE;
        }
        if (a.admin1() != null && b.admin1() != null) {
            return a.admin1().equalsIgnoreCase(b.admin1()) && a.country() != null ? 0.5 : NONE;
        }
        if (sameNamedPlace(a, b)) {
            return 0.3;
        }
        if (a.hasCoordinates() && b.hasCoordinates()) {
            double km = Geo.km(a.lat(), a.lon(), b.lat(), b.lon());
            double limit = a.precision() == b.precision() ? REGION_KM : TOWN_REGION_KM;
            return km <= limit ? 0.5 + 0.5 * km / limit : NONE;
        }
        return NONE;
    }

    private static boolean sameNamedPlace(EventFacts a, EventFacts b) {
        if (a.geonameid() != null && b.geonameid() != null) {
            return a.geonameid().equals(b.geonameid());
        }
        String na = a.foldedName();
        return na != null && !na.isEmpty() && na.equals(b.foldedName());
    }
}
