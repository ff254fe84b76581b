package org.sitrep.ledger.map;

import java.util.Locale;
import java.util.Set;
import org.sitrep.ledger.query.IncidentFilter;
import org.sitrep.ledger.query.QueryException;

/**
 * The map's filter: the listing's filter plus a viewport, words the articles must contain, the review
 * status, and what an analyst narrows a view by. Rejected and dismissed incidents are only shown when
 * asked for. Every field is optional (null: no condition).
 *
 * @param base          dates, type, side, contested, sources (its near and limit are not used)
 * @param bbox          the viewport, or null for the whole world
 * @param text          words an article behind the incident must contain, or null
 * @param review        confirmed, rejected, unreviewed, or null for all but the rejected
 * @param country       ISO 3166-1 alpha-2 code of the incident's country
 * @param admin1        its first-level division, as the ledger names it (case-insensitive)
 * @param actor         a side named as attacker or target by any of its reports (RU, UA, civilians, ...)
 * @param minFatalities at least this many killed by the lowest figure given
 * @param maxFatalities at most this many killed by the lowest figure given (unknown tolls never match)
 * @param afterId       only incidents recorded after this one (ids grow as incidents are recorded)
 */
public record MapFilter(IncidentFilter base, BBox bbox, String text, String review, String country, String admin1,
                        String actor, Integer minFatalities, Integer maxFatalities, Long afterId) {
    public static final Set<String> REVIEWS = Set.of("confirmed", "rejected", "unreviewed");

    public MapFilter {
        if (base == null) {
            base = IncidentFilter.ALL;
        }
        text = blankToNull(text);
        review = blankToNull(review);
        if (review != null) {
            review = review.toLowerCase(Locale.ROOT);
            if (!REVIEWS.contains(review)) {
                throw new QueryException("review is confirmed, rejected or unreviewed, not '" + review + "'");
            }
        }
        country = blankToNull(country);
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
            if (!country.matches("[A-Z]{2}")) {
                throw new QueryException("country is a two-letter ISO code such as UA, not '" + country + "'");
            }
        }
        admin1 = blankToNull(admin1);
        actor = blankToNull(actor);
        if (minFatalities != null && minFatalities < 0 || maxFatalities != null && maxFatalities < 0) {
            throw new QueryException("fatalities are 0 or more");
        }
        if (minFatalities != null && maxFatalities != null && maxFatalities < minFatalities) {
            throw new QueryException("the most fatalities (" + maxFatalities + ") is below the fewest (" + minFatalities + ")");
        }
    }

    /** The filter with only a viewport, words and a review status. */
    public MapFilter(IncidentFilter base, BBox bbox, String text, String review) {
        this(base, bbox, text, review, null, null, null, null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
